using System.Collections.Concurrent;
using Limber.Pages;
using Limber.Pipeline;

namespace Limber.Check.Links;

/// <summary>
/// The first half of one link check run: every output file's path, and each HTML file's ids and links read as it comes
/// (from several threads at once), numbered in one string table for the run. With a cache (preview), a file's links are
/// read again only when its bytes change, and numbered afresh.
/// </summary>
/// <param name="skip">True when nothing is to be checked: files are only passed on.</param>
/// <param name="pages">The number of pages expected, to size the string table (a site has a few distinct URLs and ids per page).</param>
internal sealed class LinkReading(bool skip, int pages, BuildCache? cache)
{
    private readonly ConcurrentBag<string> _files = [];
    private readonly ConcurrentBag<(string Path, PageLinks Links, HtmlDocumentLinks? Cached)> _pages = [];

    public bool Skip { get; } = skip;

    public LinkStrings Strings { get; } = new(capacity: pages * 4);

    public void Read(OutputFile file)
    {
        if (Skip)
        {
            return;
        }

        _files.Add(file.Path);
        if (!file.Path.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        if (cache is null)
        {
            _pages.Add((file.Path, HtmlLinks.Read(file.Text(), Strings), null));
        }
        else
        {
            var read = cache.GetOrAdd("links", file, f => HtmlLinks.Read(f.Text()));
            _pages.Add((file.Path, PageLinks.Number(read, Strings), read));
        }
    }

    /// <summary>Every output path read.</summary>
    public HashSet<string> Files() => new(_files, StringComparer.Ordinal);

    /// <summary>The HTML files read, by path: their paths, their links, and (with a cache) their links as cached.</summary>
    public (string[] Paths, PageLinks[] Links, HtmlDocumentLinks[]? Cached) Pages()
    {
        var pages = _pages.OrderBy(p => p.Path, StringComparer.Ordinal).ToArray();
        return ([.. pages.Select(p => p.Path)], [.. pages.Select(p => p.Links)], cache is null ? null : [.. pages.Select(p => p.Cached!)]);
    }
}
