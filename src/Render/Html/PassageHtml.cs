using System.Net;
using Limber.Pages;

namespace Limber.Render.Html;

/// <summary>Raw passages are untrusted text: they are HTML-encoded, never parsed as Markdown or HTML.</summary>
public static class PassageHtml
{
    public static string Render(Passage passage) => WebUtility.HtmlEncode(passage.Text.Trim());
}
