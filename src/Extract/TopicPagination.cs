using System.Collections.Immutable;
using Limber.Pages;

namespace Limber.Extract;

/// <summary>
/// Puts the passages a topic page gathers on it, under <see cref="ExtractStage.FromTheSources"/>, and splits a page that
/// gathers more than <c>passagesPerPage</c> into parts. Part 1 keeps the page's id, address, body, exercises and every
/// authored group, plus the first passages; part n (id <c>topic/page/n</c>, written to
/// <c>topics/topic/page/n/index.html</c>) has the next passages only. Every part is its own page to the rest of the
/// pipeline: searched, checked, listed in the sitemap, and the target of the source pages' links to its passages.
/// </summary>
public static class TopicPagination
{
    /// <param name="page">The topic page, without the gathered passages.</param>
    /// <param name="gathered">The gathered passages, in the order shown.</param>
    /// <param name="perPage">Passages per part; below 1 means never split.</param>
    public static IEnumerable<Page> Split(Page page, IReadOnlyList<Passage> gathered, int perPage)
    {
        const string Index = "index.html";
        if (gathered.Count == 0)
        {
            return [page];
        }

        if (perPage < 1 || gathered.Count <= perPage || !page.Destination.EndsWith(Index, StringComparison.Ordinal))
        {
            return [With(page, gathered)];
        }

        var folder = page.Destination[..^Index.Length];
        var count = (gathered.Count + perPage - 1) / perPage;
        string Destination(int n) => n == 1 ? page.Destination : $"{folder}page/{n}/{Index}";
        var urls = Enumerable.Range(1, count).Select(n => Page.UrlOf(Destination(n))).ToImmutableArray();
        var chunks = gathered.Chunk(perPage).ToList();

        var first = With(page, chunks[0]) with { Pagination = new Pagination(1, urls) };
        var rest = chunks.Skip(1).Select((chunk, i) => With(
            new Page
            {
                Id = $"{page.Id}/page/{i + 2}",
                Kind = page.Kind,
                Source = page.Source,
                Destination = Destination(i + 2),
                FrontMatter = page.FrontMatter with
                {
                    Title = $"{page.Title} (page {i + 2} of {count})",
                    Id = null,
                    Slug = null,
                    Order = null,
                    RedirectFrom = [],
                },
                Pagination = new Pagination(i + 2, urls),
            },
            chunk));
        return [first, .. rest];
    }

    /// <summary>The page with <paramref name="passages"/> as its last group, and their lines in its provenance.</summary>
    private static Page With(Page page, IReadOnlyCollection<Passage> passages) => page with
    {
        Groups = [.. page.Groups, new PassageGroup(ExtractStage.FromTheSources, [.. passages])],
        Provenance = [.. page.Provenance, .. passages.Select(p => new SourceRef(p.File, p.Line, 1))],
    };
}
