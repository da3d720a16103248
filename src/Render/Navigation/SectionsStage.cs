using System.Collections.Immutable;
using Limber.Navigation;
using Limber.Pages;
using Limber.Pipeline;

namespace Limber.Render.Navigation;

/// <summary>
/// Builds the section tree once every page exists (after extraction and the reference pages) and makes every section
/// reachable by links: a section's page that lists nothing of its own (an authored <c>_index.md</c>, or the page
/// ingest made for a folder without an index file) lists the section's entries, as Hugo's list pages do. Pure; reports
/// nothing.
/// </summary>
public sealed class SectionsStage : IStage
{
    /// <summary>The heading above the entries a section's authored page lists after its own text.</summary>
    public const string ListingHeading = "In this section";

    public StageResult Run(Site site, StageContext context)
    {
        var tree = SectionTree.Build(site.Pages);
        var pages = site.Pages.ToBuilder();
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            if (!page.Items.IsEmpty || !IsSectionPage(page) || tree.Find(page.Url) is not { IsSection: true } node || node.PageId != page.Id)
            {
                continue;
            }

            var generated = page.Kind == PageKind.List;
            pages[i] = page with
            {
                Items = [.. node.Children.Select(c => new PageLink(c.Title, c.Url, c.Summary) { Section = generated ? null : ListingHeading })],
            };
        }

        return new StageResult(site with { Pages = pages.ToImmutable(), Sections = tree }, []);
    }

    /// <summary>An authored page, or the list page ingest generates for a content folder without an index file.</summary>
    private static bool IsSectionPage(Page page) =>
        page.Kind == PageKind.Content || (page.Kind == PageKind.List && page.Source.File.StartsWith("content/", StringComparison.Ordinal));
}
