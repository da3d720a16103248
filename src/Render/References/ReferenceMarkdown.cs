using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Limber.Pages;
using Limber.References;
using Limber.References.Citations;
using Limber.References.Claims;
using Limber.References.CrossLinks;
using Limber.References.Text;

namespace Limber.Render.References;

/// <summary>
/// Rewrites a page's Markdown before Markdig renders it: <c>[@key]</c> citations become numbered links to a
/// reference list added at the end of the page; <c>xref:id</c> and <c>[[Wiki Links]]</c> become page URLs;
/// unsourced claims get a "citation needed" mark; glossary terms are linked on their first mention. Uses the
/// same detectors as the checks. Line structure is kept, so Markdig's line numbers still match the source.
/// </summary>
public static partial class ReferenceMarkdown
{
    private sealed record Edit(int Start, int Length, string Text);

    public static string Prepare(Page page, ReferenceContext context)
    {
        var body = page.Body.ToString();
        if (body.Length == 0 || !page.Source.File.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return body;
        }

        var masked = MarkdownMask.Mask(body);
        var edits = new List<Edit>();
        var cited = new List<BibEntry>();
        foreach (var group in CitationKeys.Find(masked))
        {
            var parts = group.Keys.Select(k =>
            {
                if (!context.Bibliography.ById.TryGetValue(k.Key, out var entry))
                {
                    return WebUtility.HtmlEncode("@" + k.Key + "?");
                }

                var n = cited.IndexOf(entry) + 1;
                if (n == 0)
                {
                    cited.Add(entry);
                    n = cited.Count;
                }

                var locator = k.Locator is null ? "" : ", " + WebUtility.HtmlEncode(k.Locator);
                return $"<a href=\"#{ReferenceHtml.RefId(entry.Id)}\" title=\"{WebUtility.HtmlEncode(entry.Format())}\">{n}</a>{locator}";
            });
            edits.Add(new Edit(group.Start, group.Length, $"<sup class=\"citation\">[{string.Join("; ", parts)}]</sup>"));
        }

        foreach (var x in CrossRefs.Find(masked))
        {
            var r = x.Kind == CrossRefKind.Xref ? context.Resolver.ResolveId(x.Target) : context.Resolver.ResolveTitle(x.Target);
            var fragment = string.IsNullOrEmpty(x.Fragment) ? "" : "#" + (x.Kind == CrossRefKind.Wiki ? Limber.Text.Slug.From(x.Fragment) : x.Fragment);
            if (x.Kind == CrossRefKind.Xref)
            {
                if (r.Page is { } target)
                {
                    edits.Add(new Edit(x.Start, x.Length, context.Url(target.Url) + fragment));
                }
            }
            else
            {
                var label = EscapeLabel(x.Label ?? r.Page?.Title ?? x.Target);
                edits.Add(new Edit(x.Start, x.Length, r.Page is { } target ? $"[{label}]({context.Url(target.Url)}{fragment})" : label));
            }
        }

        if (context.Options.CitationNeeded && context.Options.ClaimsApplyTo(page.Source.File))
        {
            foreach (var claim in CitationClaims.Find(masked))
            {
                edits.Add(new Edit(claim.Sentence.End, 0, CitationNeededMark.Html));
            }
        }

        if (context.Options.GlossaryLinks && context.GlossaryUrl is { } glossaryUrl && context.Glossary.Entries.Length > 0)
        {
            AddGlossaryLinks(masked, context, glossaryUrl, edits);
        }

        if (edits.Count == 0 && cited.Count == 0)
        {
            return body;
        }

        var sb = new StringBuilder(body.Length + 256);
        var at = 0;
        foreach (var e in edits.OrderBy(e => e.Start).ThenBy(e => e.Length))
        {
            if (e.Start < at)
            {
                continue;
            }

            sb.Append(body, at, e.Start - at).Append(e.Text);
            at = e.Start + e.Length;
        }

        sb.Append(body, at, body.Length - at);
        if (cited.Count > 0)
        {
            AppendReferenceList(sb, cited, context);
        }

        return sb.ToString();
    }

    private static void AppendReferenceList(StringBuilder sb, List<BibEntry> cited, ReferenceContext context)
    {
        sb.Append("\n\n<section class=\"references\" aria-labelledby=\"cited-references\">\n<h2 id=\"cited-references\">References</h2>\n<ol>\n");
        foreach (var entry in cited)
        {
            sb.Append("<li id=\"").Append(ReferenceHtml.RefId(entry.Id)).Append("\">").Append(ReferenceHtml.Entry(entry));
            if (context.BibliographyUrl is { } bib)
            {
                sb.Append(" <a class=\"bibliography-link\" href=\"").Append(bib).Append('#').Append(ReferenceHtml.RefId(entry.Id)).Append("\">All references</a>");
            }

            sb.Append("</li>\n");
        }

        sb.Append("</ol>\n</section>\n");
    }

    private static void AddGlossaryLinks(string masked, ReferenceContext context, string glossaryUrl, List<Edit> edits)
    {
        var prose = ProseOnly(masked);
        var (pattern, byForm) = context.GlossaryPattern;
        var linked = new HashSet<GlossaryEntry>();
        foreach (Match m in pattern.Matches(prose))
        {
            if (!byForm.TryGetValue(m.Value, out var entry) || !linked.Add(entry))
            {
                continue;
            }

            if (edits.Any(e => e.Start < m.Index + m.Length && m.Index < e.Start + Math.Max(e.Length, 1)))
            {
                linked.Remove(entry);
                continue;
            }

            var title = entry.Definition.Replace("\"", "'", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
            edits.Add(new Edit(m.Index, m.Length, $"[{EscapeLabel(m.Value)}]({glossaryUrl}#{entry.Anchor} \"{title}\")"));
        }
    }

    /// <summary>The masked body with headings, links, images, HTML tags, autolinks, wiki links, citations and footnotes blanked too.</summary>
    private static string ProseOnly(string masked)
    {
        var chars = masked.ToCharArray();
        foreach (Match m in NotProse().Matches(masked))
        {
            for (var i = m.Index; i < m.Index + m.Length; i++)
            {
                if (chars[i] != '\n')
                {
                    chars[i] = ' ';
                }
            }
        }

        return new string(chars);
    }

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s.*$|^\s{0,3}\[[^\]\n]+\]:.*$|!?\[[^\]\n]*\]\([^)\n]*\)|\[[^\]\n]*\]\[[^\]\n]*\]|\[\[[^\]\n]*\]\]|\[[@^][^\]\n]*\]|<[^>\n]+>", RegexOptions.Multiline)]
    private static partial Regex NotProse();

    private static string EscapeLabel(string label) => label.Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal);
}
