using System.Collections.Immutable;
using System.Net;
using System.Text;
using Limber.Pages;
using Limber.Pipeline;

namespace Limber.References;

/// <summary>
/// Adds the generated bibliography page (every entry of references.yml) and glossary page (every term of
/// glossary.yml) as list pages, so xref links and the render side can point at them. Not a check: it reports
/// nothing (the references stage reports what is wrong with both files).
/// </summary>
public sealed class ReferencePagesStage : IStage
{
    public StageResult Run(Site site, StageContext context)
    {
        var pages = site.Pages.ToBuilder();
        var taken = site.Pages.Select(p => p.Id).Concat(site.Pages.Select(p => p.Destination)).ToHashSet(StringComparer.Ordinal);
        var bibliography = site.References.Bibliography;
        if (bibliography.ById.Count > 0 && !taken.Contains(ReferenceHtml.BibliographyId) && !taken.Contains("bibliography/index.html"))
        {
            var sb = new StringBuilder("<p class=\"lede\">Every source this site cites. Each page lists its own references at the end.</p>\n<ol class=\"bibliography\">\n");
            foreach (var entry in bibliography.ById.Values.OrderBy(e => e.Format(), StringComparer.OrdinalIgnoreCase))
            {
                sb.Append("<li id=\"").Append(ReferenceHtml.RefId(entry.Id)).Append("\">").Append(ReferenceHtml.Entry(entry)).Append("</li>\n");
            }

            sb.Append("</ol>\n");
            pages.Add(Generated(ReferenceHtml.BibliographyId, "Bibliography", "Every source the site cites.", bibliography.File, sb.ToString()));
        }

        var glossary = site.References.Glossary;
        if (glossary.Entries.Length > 0 && !taken.Contains(ReferenceHtml.GlossaryId) && !taken.Contains("glossary/index.html"))
        {
            var sb = new StringBuilder("<dl class=\"glossary\">\n");
            foreach (var entry in glossary.Entries.OrderBy(e => e.Term, StringComparer.OrdinalIgnoreCase))
            {
                sb.Append("<dt id=\"").Append(entry.Anchor).Append("\">").Append(WebUtility.HtmlEncode(entry.Term)).Append("</dt>\n<dd>").Append(WebUtility.HtmlEncode(entry.Definition));
                if (entry.Aliases.Length > 0)
                {
                    sb.Append(" <span class=\"aliases\">Also called: ").Append(WebUtility.HtmlEncode(string.Join(", ", entry.Aliases))).Append(".</span>");
                }

                sb.Append("</dd>\n");
            }

            sb.Append("</dl>\n");
            pages.Add(Generated(ReferenceHtml.GlossaryId, "Glossary", "Terms used on this site, in plain words.", glossary.File, sb.ToString()));
        }

        return new StageResult(site with { Pages = pages.ToImmutable() }, []);
    }

    private static Page Generated(string id, string title, string description, string file, string body) => new()
    {
        Id = id,
        Kind = PageKind.List,
        Source = new SourceRef(file, 1, 1),
        Destination = id + "/index.html",
        FrontMatter = FrontMatter.Empty with { Title = title, Description = description },
        Body = body,
        Provenance = [new SourceRef(file, 1, 1)],
    };
}
