using System.Net;
using System.Text;
using Limber.Options;
using Limber.Pages;
using Limber.References.Claims;
using Limber.References.Footnotes;

namespace Limber.Render.References;

/// <summary>
/// A raw passage as HTML: encoded text (never parsed), with dangling footnote digits and "BACK TO TEXT" return
/// links left out, and a discreet "citation needed" mark after unsourced statistics and study claims. Uses the
/// same detectors as the checks, so what is reported is exactly what is changed.
/// </summary>
public static class PassageMarkup
{
    /// <param name="glossary">Links glossary terms on their first mention on the page; null for none.</param>
    public static string Html(Passage passage, CheckOptions options, GlossaryLinker? glossary = null)
    {
        var text = DanglingFootnoteDigits.Strip(passage.Text.Trim());
        var inserts = new List<(int At, int Length, string Open, string Close)>();
        if (options.CitationNeeded)
        {
            foreach (var claim in CitationClaims.Find(text))
            {
                inserts.Add((claim.Sentence.End, 0, CitationNeededMark.Html, ""));
            }
        }

        if (glossary is not null)
        {
            foreach (var (start, length, open) in glossary.Link(text))
            {
                inserts.Add((start, length, open, "</a>"));
            }
        }

        if (inserts.Count == 0)
        {
            return WebUtility.HtmlEncode(text);
        }

        var sb = new StringBuilder();
        var at = 0;
        foreach (var (start, length, open, close) in inserts.OrderBy(i => i.At))
        {
            if (start < at)
            {
                continue;
            }

            sb.Append(WebUtility.HtmlEncode(text[at..start])).Append(open).Append(WebUtility.HtmlEncode(text.Substring(start, length))).Append(close);
            at = start + length;
        }

        sb.Append(WebUtility.HtmlEncode(text[at..]));
        return sb.ToString();
    }
}
