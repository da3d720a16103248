using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Limber.Pages;

namespace Limber.Render.Html;

/// <summary>
/// Site search without a service: <c>/search/</c> (layout <c>search</c>). On first use its script loads Pagefind's index
/// (<c>/pagefind/</c>, built after the write stage when Node is available); when that is missing it falls back to
/// <c>search-index.json</c>, written here, and filters it in the browser. Without JavaScript the page lists the site's
/// sections instead.
/// </summary>
public static partial class SearchPage
{
    public const string IndexPath = "search-index.json";

    /// <summary>Characters of page text kept per entry: enough to match on, small enough to load quickly.</summary>
    private const int TextLength = 600;

    public static Page Page { get; } = new()
    {
        Id = "search",
        Kind = PageKind.List,
        Source = new SourceRef("theme/layouts/search.liquid"),
        Destination = "search/index.html",
        FrontMatter = FrontMatter.Empty with { Title = "Search", Layout = "search", Order = 95 },
    };

    /// <summary>One entry per listed page: title, URL, description and the start of its text.</summary>
    public static OutputFile Index(IEnumerable<Page> pages, IReadOnlyDictionary<string, Passage> passages, Func<string, string> url)
    {
        var entries = pages
            .Where(p => p.FrontMatter.Listed && p.Id != Page.Id)
            .OrderBy(p => p.Url, StringComparer.Ordinal)
            .Select(p =>
            {
                var entry = new Dictionary<string, object>
                {
                    ["t"] = p.Title,
                    ["u"] = url(p.Url),
                    ["d"] = p.FrontMatter.Description ?? "",
                    ["x"] = Excerpt(p, passages),
                };
                if (p.Exercise is { } e)
                {
                    entry["f"] = Filters(e);
                }

                return entry;
            });
        return new OutputFile(IndexPath, JsonSerializer.SerializeToUtf8Bytes(entries));
    }

    /// <summary>
    /// An exercise's filter values, named as the exercise layout's <c>data-pagefind-filter</c> attributes, so the
    /// search page filters the same way with Pagefind or with this index. No equipment is the value "none".
    /// </summary>
    public static Dictionary<string, string[]> Filters(Exercise e) => new()
    {
        ["body_area"] = [.. e.BodyAreas],
        ["equipment"] = e.Equipment.IsEmpty ? ["none"] : [.. e.Equipment],
        ["position"] = e.Position is { } p ? [p] : [],
    };

    private static string Excerpt(Page page, IReadOnlyDictionary<string, Passage> passages)
    {
        var text = WebUtility.HtmlDecode(Tags().Replace(page.Html ?? "", " "));
        var passageText = page.Groups.SelectMany(g => g.Passages)
            .Select(p => passages.TryGetValue(p.Id, out var current) ? current : p)
            .Where(p => p.Status == PassageStatus.Kept)
            .Select(p => p.Text);
        var steps = page.Exercise?.Steps ?? [];
        var all = Spaces().Replace(string.Join(' ', [text, .. steps, .. passageText]), " ").Trim();
        return all.Length <= TextLength ? all : all[..TextLength];
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
