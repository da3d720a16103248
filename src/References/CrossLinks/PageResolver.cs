using System.Collections.Immutable;
using Limber.Pages;

namespace Limber.References.CrossLinks;

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
    private NearestNames? _nearIds, _nearTitles; // built on the first miss: a site with no broken references never pays

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

        _nearIds ??= new NearestNames(_pages.Select(p => p.Id));
        return new Resolution(null, [], _nearIds.Closest(id));
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
        if (bySlug.Found)
        {
            return bySlug;
        }

        _nearTitles ??= new NearestNames(_pages.Select(p => p.Title).Concat(_pages.Select(p => p.Id)));
        return new Resolution(null, [], _nearTitles.Closest(title));
    }

    /// <summary>Up to three candidates nearest to <paramref name="wanted"/>; see <see cref="NearestNames"/>.</summary>
    public static ImmutableArray<string> Closest(string wanted, IEnumerable<string> candidates) => new NearestNames(candidates).Closest(wanted);

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
