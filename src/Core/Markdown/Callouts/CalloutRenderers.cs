using Markdig.Extensions.Alerts;
using Markdig.Helpers;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Limber.Markdown.Callouts;

/// <summary>
/// Writes admonitions with the markup Markdig gives GitHub alerts (<c>markdown-alert markdown-alert-KIND</c>, a
/// <c>markdown-alert-title</c>), so one set of styles covers both; a collapsible one is a <c>details</c> element whose
/// <c>summary</c> is the title.
/// </summary>
public sealed class AdmonitionRenderer : HtmlObjectRenderer<AdmonitionBlock>
{
    protected override void Write(HtmlRenderer renderer, AdmonitionBlock block)
    {
        var element = block.Collapsible ? "details" : "div";
        renderer.EnsureLine();
        renderer.Write('<').Write(element).Write(" class=\"markdown-alert markdown-alert-").Write(CalloutKind.Of(block.Type))
            .Write(" admonition-").WriteEscape(block.Type.ToLowerInvariant()).Write('"');
        if (block.Open)
        {
            renderer.Write(" open");
        }

        renderer.WriteLine(">");
        if (block.Collapsible)
        {
            renderer.Write("<summary class=\"markdown-alert-title\">").WriteEscape(block.Title.Length == 0 ? CalloutKind.DefaultTitle(block.Type) : block.Title).WriteLine("</summary>");
        }
        else if (block.Title.Length > 0)
        {
            renderer.Write("<p class=\"markdown-alert-title\">").WriteEscape(block.Title).WriteLine("</p>");
        }

        renderer.WriteChildren(block);
        renderer.Write("</").Write(element).WriteLine(">");
    }
}

/// <summary>How a GitHub alert's kind is written: its word alone (<c>[!WARNING]</c> → <c>Warning</c>); the look comes from the stylesheet, not an inline icon.</summary>
public static class AlertTitle
{
    public static void Write(HtmlRenderer renderer, StringSlice kind) =>
        renderer.Write("<p class=\"markdown-alert-title\">").WriteEscape(CalloutKind.DefaultTitle(kind.ToString())).WriteLine("</p>");
}
