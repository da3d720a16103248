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

/// <summary>Links glossary terms in raw passage text on their first mention on one page (one linker per page).</summary>
public sealed class GlossaryLinker(ReferenceContext context)
{
    private readonly HashSet<string> _linked = new(StringComparer.Ordinal);

    /// <summary>Spans of <paramref name="text"/> to wrap, with the opening tag of each link.</summary>
    public IEnumerable<(int Start, int Length, string Open)> Link(string text)
    {
        if (!context.Options.GlossaryLinks || context.GlossaryUrl is not { } url || context.Glossary.Entries.IsEmpty)
        {
            yield break;
        }

        var (pattern, byForm) = context.GlossaryPattern;
        foreach (System.Text.RegularExpressions.Match m in pattern.Matches(text))
        {
            if (byForm.TryGetValue(m.Value, out var entry) && _linked.Add(entry.Term))
            {
                yield return (m.Index, m.Length, $"<a class=\"glossary-term\" href=\"{WebUtility.HtmlEncode(url)}#{entry.Anchor}\" title=\"{WebUtility.HtmlEncode(entry.Definition)}\">");
            }
        }
    }
}

/// <summary>The mark shown after a claim that needs a source (<c>check: { citationNeeded: false }</c> turns it off).</summary>
public static class CitationNeededMark
{
    public const string Html = "<sup class=\"citation-needed\" title=\"This statement has no source yet\">[citation needed]</sup>";
}
