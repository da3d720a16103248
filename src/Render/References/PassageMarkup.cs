using System.Net;
using System.Text;
using Limber.Check.Claims;
using Limber.Check.Raw;
using Limber.Options;
using Limber.Pages;

namespace Limber.Render.References;

/// <summary>
/// A raw passage as HTML: encoded text (never parsed), with dangling footnote digits and "BACK TO TEXT" return
/// links left out, and a discreet "citation needed" mark after unsourced statistics and study claims. Uses the
/// same detectors as the checks, so what is reported is exactly what is changed.
/// </summary>
public static class PassageMarkup
{
    public static string Html(Passage passage, CheckOptions options)
    {
        var text = DanglingFootnoteDigits.Strip(passage.Text.Trim());
        if (!options.CitationNeeded)
        {
            return WebUtility.HtmlEncode(text);
        }

        var claims = CitationClaims.Find(text);
        if (claims.Count == 0)
        {
            return WebUtility.HtmlEncode(text);
        }

        var sb = new StringBuilder();
        var at = 0;
        foreach (var claim in claims)
        {
            var end = claim.Sentence.End;
            sb.Append(WebUtility.HtmlEncode(text[at..end])).Append(CitationNeededMark.Html);
            at = end;
        }

        sb.Append(WebUtility.HtmlEncode(text[at..]));
        return sb.ToString();
    }
}

/// <summary>The mark shown after a claim that needs a source (<c>check: { citationNeeded: false }</c> turns it off).</summary>
public static class CitationNeededMark
{
    public const string Html = "<sup class=\"citation-needed\" title=\"This statement has no source yet\">[citation needed]</sup>";
}
