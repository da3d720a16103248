using Limber.Diagnostics;
using Limber.Write;

namespace Limber.Cli.External;

/// <summary>
/// Pagefind as the write stage's <see cref="ISiteIndexer"/>: it indexes the new site where the write stage stages it,
/// before it replaces the old one, and its <c>pagefind/</c> folder is committed with the rest of the site.
/// </summary>
public sealed class PagefindSearch : ISiteIndexer
{
    private readonly SearchIndexMode _mode;
    private readonly string _tools;
    private readonly TimeSpan _timeout;
    private readonly string? _searchPath;

    private PagefindSearch(SearchIndexMode mode, string toolsDirectory, TimeSpan timeout, string? searchPath)
    {
        _mode = mode;
        _tools = toolsDirectory;
        _timeout = timeout;
        _searchPath = searchPath;
    }

    /// <summary>
    /// The largest site (pages, not counting the small pages that redirect from old addresses) that <see cref="SearchIndexMode.Auto"/> indexes with Pagefind. Above it the built-in
    /// index serves alone: at 10,000 pages Pagefind cost 2.8x the build's CPU and answered 1-4 s after the last keystroke
    /// with up to 350 KB per query, against 1.1x, 9-55 ms and 34-91 KB for the built-in index (README, Search).
    /// </summary>
    public const int AutoMaxPages = 1000;

    /// <summary>What the indexing did (engine, time, pages, warning); null until the write stage ran it.</summary>
    public SearchIndexResult? Result { get; private set; }

    /// <summary>The indexer for <paramref name="mode"/>, or null when the site uses only its built-in index.</summary>
    public static PagefindSearch? For(SearchIndexMode mode, string toolsDirectory, TimeSpan timeout, string? searchPath = null) =>
        PagefindIndexer.Wanted(mode, toolsDirectory) ? new PagefindSearch(mode, toolsDirectory, timeout, searchPath) : null;

    public bool Indexes(int pages)
    {
        if (_mode != SearchIndexMode.Auto || pages <= AutoMaxPages)
        {
            return true;
        }

        Result = new SearchIndexResult("builtin", 0, null, null, null)
        {
            Note = $"{pages.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} pages, more than the {AutoMaxPages.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} Pagefind indexes by default; --search-index pagefind runs it anyway",
        };
        return false;
    }

    public Diagnostic? Unavailable()
    {
        Result = PagefindIndexer.Preflight(_mode, _tools, _searchPath);
        return Result?.Diagnostic;
    }

    public SiteIndex Index(string siteFolder, CancellationToken cancellationToken)
    {
        Result = PagefindIndexer.Run(_mode, _tools, siteFolder, _timeout, _searchPath);
        var folder = Path.Combine(siteFolder, WriteStage.SearchIndexFolder);
        var files = Result.Engine == "pagefind" && Directory.Exists(folder)
            ? OutputFolder.Files(folder).Select(f => Path.GetRelativePath(siteFolder, f).Replace(Path.DirectorySeparatorChar, '/')).Order(StringComparer.Ordinal).ToList()
            : [];
        return new SiteIndex(files, Result.Diagnostic);
    }
}
