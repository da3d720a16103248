using System.Text.RegularExpressions;
using Limber.Markdown;
using Limber.Pages;
using Markdig.Helpers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Limber.Render.Html;

/// <summary>
/// Renders an authored page's Markdown body with the shared pipeline. Relative links and images, in Markdown and in raw
/// HTML (<c>&lt;a href&gt;</c>, <c>&lt;img src&gt;</c>), are read from the page's source folder (<see cref="SourceLinks"/>):
/// <c>other.md</c> becomes the page's URL, <c>img/a.png</c> the copied file's. Code is never touched.
/// </summary>
public static partial class MarkdownHtml
{
    [GeneratedRegex("""(?<before>\s(?:href|src)\s*=\s*)(?:"(?<dq>[^"]*)"|'(?<sq>[^']*)')""", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlLinkAttribute();

    /// <summary>Renders <paramref name="markdown"/> (the page's body, prepared by the reference pass) as the page's HTML.</summary>
    public static string Render(Page page, string markdown, SourceLinks links, Func<string, string> url)
    {
        var document = Markdig.Markdown.Parse(markdown, SiteMarkdown.Pipeline);
        string? Map(string target) => links.Resolve(page.Source.File, target) is { } resolved ? url(resolved) : null;
        var targetless = new List<LinkInline>();
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case LinkInline { IsImage: false, IsAutoLink: false } link when string.IsNullOrEmpty(link.Url):
                    // A link with no target (one a shortcode made, left out: [text](<{{% url %}}>)) becomes its text.
                    targetless.Add(link);
                    break;
                case LinkInline { Url: { } target } link when Map(target) is { } mapped:
                    link.Url = mapped;
                    break;
                case HtmlInline { Tag: { } tag } inline when RewriteHtml(tag, Map) is { } rewritten:
                    inline.Tag = rewritten;
                    break;
                case HtmlBlock block:
                    RewriteBlock(block, Map);
                    break;
            }
        }

        foreach (var link in targetless)
        {
            Unwrap(link);
        }

        // Markdig's own renderer cache: a renderer set up for the pipeline is reused page after page instead of built per page.
        return Markdig.Markdown.ToHtml(document, SiteMarkdown.Pipeline);
    }

    private static void Unwrap(LinkInline link)
    {
        var at = (Inline)link;
        while (link.FirstChild is { } child)
        {
            child.Remove();
            at.InsertAfter(child);
            at = child;
        }

        link.Remove();
    }

    /// <summary>The raw HTML with every <c>href</c>/<c>src</c> that <paramref name="map"/> maps replaced; null when none is.</summary>
    internal static string? RewriteHtml(string html, Func<string, string?> map)
    {
        if (!html.Contains("href", StringComparison.OrdinalIgnoreCase) && !html.Contains("src", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var changed = false;
        var result = HtmlLinkAttribute().Replace(html, m =>
        {
            var quoted = m.Groups["dq"].Success ? m.Groups["dq"] : m.Groups["sq"];
            var target = System.Net.WebUtility.HtmlDecode(quoted.Value);
            if (map(target) is not { } mapped)
            {
                return m.Value;
            }

            changed = true;
            var quote = m.Groups["dq"].Success ? '"' : '\'';
            return m.Groups["before"].Value + quote + System.Net.WebUtility.HtmlEncode(mapped) + quote;
        });
        return changed ? result : null;
    }

    private static void RewriteBlock(HtmlBlock block, Func<string, string?> map)
    {
        var lines = block.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            ref var line = ref lines.Lines[i];
            if (RewriteHtml(line.Slice.ToString(), map) is { } rewritten)
            {
                line.Slice = new StringSlice(rewritten);
            }
        }
    }
}
