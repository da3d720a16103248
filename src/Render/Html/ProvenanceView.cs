using Limber.Pages;

namespace Limber.Render.Html;

/// <summary>
/// The decision behind every line of a source file, for its source page: kept (and on which pages it appears),
/// duplicate (of which passage, with the edits seen), or debris (by which rule). Passages are shown once, on their
/// exercise or topic page; the source page links to them instead of repeating them.
/// </summary>
public sealed class ProvenanceView
{
    private const int ExcerptLength = 110;
    private readonly ILookup<string, Passage> _byFile;
    private readonly Dictionary<string, List<(string Title, string Url)>> _shownOn = new(StringComparer.Ordinal);
    private readonly Func<string, string> _url;

    public ProvenanceView(IEnumerable<Page> pages, IEnumerable<Passage> passages, Func<string, string> url)
    {
        _url = url;
        _byFile = passages.ToLookup(p => p.File, StringComparer.Ordinal);
        foreach (var page in pages.Where(p => p.Kind != PageKind.Source))
        {
            foreach (var passage in page.Groups.SelectMany(g => g.Passages).DistinctBy(p => p.Id))
            {
                if (!_shownOn.TryGetValue(passage.Id, out var list))
                {
                    _shownOn[passage.Id] = list = [];
                }

                list.Add((page.Title, url(page.Url) + "#" + passage.Id));
            }
        }
    }

    public List<Dictionary<string, object?>> For(string file) => _byFile[file]
        .OrderBy(p => p.Line)
        .Select(p => new Dictionary<string, object?>
        {
            ["id"] = p.Id,
            ["line"] = p.Line,
            ["status"] = p.Status.ToString().ToLowerInvariant(),
            ["reason"] = p.Reason,
            ["excerpt"] = Excerpt(p.Text),
            ["places"] = Places(p.Id),
            ["duplicate_of"] = p.DuplicateOf,
            ["duplicate_of_places"] = p.DuplicateOf is { } original ? Places(original) : null,
            ["similarity"] = p.Similarity is { } s ? s.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : null,
        })
        .ToList();

    private List<Dictionary<string, object?>> Places(string id) =>
        _shownOn.TryGetValue(id, out var list)
            ? list.Select(l => new Dictionary<string, object?> { ["title"] = l.Title, ["url"] = l.Url }).ToList()
            : [];

    private static string Excerpt(string text)
    {
        var t = text.Trim();
        return t.Length <= ExcerptLength ? t : t[..ExcerptLength].TrimEnd() + "…";
    }
}
