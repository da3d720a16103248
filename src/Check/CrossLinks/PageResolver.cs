using System.Collections.Immutable;
using Limber.Pages;

namespace Limber.Check.CrossLinks;

/// <summary>What a cross-reference resolved to: one page, or nothing with the closest candidates, or several.</summary>
public sealed record Resolution(Page? Page, ImmutableArray<Page> Ambiguous, ImmutableArray<string> Suggestions)
{
    public bool Found => Page is not null;
}

/// <summary>Resolves xref ids and wiki titles against every page of the site, once all pages are known.</summary>
public sealed class PageResolver
{
    private readonly Dictionary<string, Page> _byId;
    private readonly Dictionary<string, List<Page>> _byIdIgnoreCase;
    private readonly Dictionary<string, List<Page>> _byTitle;
    private readonly ImmutableArray<Page> _pages;

    public PageResolver(IEnumerable<Page> pages)
    {
        _pages = [.. pages];
        _byId = new Dictionary<string, Page>(StringComparer.Ordinal);
        _byIdIgnoreCase = new Dictionary<string, List<Page>>(StringComparer.OrdinalIgnoreCase);
        _byTitle = new Dictionary<string, List<Page>>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in _pages)
        {
            _byId.TryAdd(p.Id, p);
            Add(_byIdIgnoreCase, p.Id, p);
            Add(_byTitle, NormalizeTitle(p.Title), p);
        }
    }

    public Resolution ResolveId(string id)
    {
        if (_byId.TryGetValue(id, out var page))
        {
            return new Resolution(page, [], []);
        }

        if (_byIdIgnoreCase.TryGetValue(id, out var list))
        {
            return list.Count == 1 ? new Resolution(list[0], [], []) : new Resolution(null, [.. list], []);
        }

        return new Resolution(null, [], Closest(id, _pages.Select(p => p.Id)));
    }

    public Resolution ResolveTitle(string title)
    {
        if (_byTitle.TryGetValue(NormalizeTitle(title), out var list))
        {
            return list.Count == 1 ? new Resolution(list[0], [], []) : new Resolution(null, [.. list], []);
        }

        // [[sciatica]] may name an id or slug as well as a title.
        var byId = ResolveId(title);
        if (byId.Found)
        {
            return byId;
        }

        var slug = Limber.Text.Slug.From(title);
        var bySlug = ResolveId(slug);
        return bySlug.Found ? bySlug : new Resolution(null, [], Closest(title, _pages.Select(p => p.Title).Concat(_pages.Select(p => p.Id))));
    }

    /// <summary>
    /// Up to three candidates nearest by edit distance (case-insensitive), nearest first. A candidate that contains the
    /// wanted text, or is contained in it, counts as distance 1. The allowed distance grows with the length but is capped,
    /// so a suggestion is always a near miss, and long lists (10,000 pages) are searched quickly.
    /// </summary>
    public static ImmutableArray<string> Closest(string wanted, IEnumerable<string> candidates)
    {
        var w = wanted.ToLowerInvariant();
        var max = Math.Min(Math.Max(3, w.Length / 2), 8);
        return [.. candidates
            .Distinct(StringComparer.Ordinal)
            .Select(c => (c, d: Near(w, c.ToLowerInvariant(), max)))
            .Where(x => x.d <= max)
            .OrderBy(x => x.d)
            .ThenBy(x => x.c, StringComparer.Ordinal)
            .Take(3)
            .Select(x => x.c)];
    }

    // One containing the other ("nope" in "nope-not") counts as near as a one-letter typo.
    private static int Near(string wanted, string candidate, int max) =>
        wanted.Length >= 3 && (candidate.Contains(wanted, StringComparison.Ordinal) || wanted.Contains(candidate, StringComparison.Ordinal)) ? 1 : Distance(wanted, candidate, max);

    /// <summary>Edit distance, or any value above <paramref name="max"/> as soon as it is certain to exceed it.</summary>
    public static int Distance(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            var rowMin = cur[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.Min(rowMin, cur[j]);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            (prev, cur) = (cur, prev);
        }

        return prev[b.Length];
    }

    private static string NormalizeTitle(string title) => string.Join(' ', title.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static void Add(Dictionary<string, List<Page>> map, string key, Page page)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(page);
    }
}
