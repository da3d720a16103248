using Limber.Pages;

namespace Limber.Render.Html;

/// <summary>
/// Site search without a service: <c>/search/</c> (layout <c>search</c>), with filters for exercises. Its script (also
/// loaded by the header's search box on every page) uses Pagefind's index (<c>/pagefind/</c>, built after the write
/// stage when chosen) or else Limber's own (<c>/search-index/</c>, <see cref="Search.SearchIndex"/>). Without
/// JavaScript the page lists the site's sections instead.
/// </summary>
public static class SearchPage
{
    public static Page Page { get; } = new()
    {
        Id = "search",
        Kind = PageKind.List,
        Source = new SourceRef("theme/layouts/search.liquid"),
        Destination = "search/index.html",
        FrontMatter = FrontMatter.Empty with { Title = "Search", Layout = "search", Order = 95 },
    };

    /// <summary>
    /// Whether search lists the page: every listed page but the search page itself and the source pages (an author's
    /// view of every passage, which would match almost any query and crowd out the pages those passages are shown on).
    /// </summary>
    public static bool Lists(Page page) => page.FrontMatter.Listed && page.Id != Page.Id && page.Kind != PageKind.Source;
}
