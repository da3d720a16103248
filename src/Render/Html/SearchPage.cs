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

    /// <summary>
    /// The index entry of one rendered page (title, URL, description, the start of its text and, for exercises, its
    /// filter values), or null for pages search does not list. Made while the page renders, so the rendered body need
    /// not be kept for the index.
    /// </summary>
    public static SearchEntry? Entry(Page page, string bodyHtml, IReadOnlyDictionary<string, Passage> passages, Func<string, string> url) =>
        page.FrontMatter.Listed && page.Id != Page.Id
            ? new SearchEntry(page.Title, url(page.Url), page.FrontMatter.Description ?? "", Limber.Text.Utf8Text.From(Excerpt(page, bodyHtml, passages)), page.Exercise is { } e ? Filters(e) : null)
            : null;

    /// <summary>One entry per listed page, in URL order.</summary>
    public static OutputFile Index(IEnumerable<SearchEntry> entries) =>
        new(IndexPath, JsonSerializer.SerializeToUtf8Bytes(entries.OrderBy(e => e.Url, StringComparer.Ordinal).Select(e =>
        {
            var entry = new Dictionary<string, object>
            {
                ["t"] = e.Title,
                ["u"] = e.Url,
                ["d"] = e.Description,
                ["x"] = e.Text.ToString(),
            };
            if (e.Filters is { } filters)
            {
                entry["f"] = filters;
            }

            return entry;
        })));

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

    private static string Excerpt(Page page, string bodyHtml, IReadOnlyDictionary<string, Passage> passages)
    {
        var text = VisibleText(bodyHtml);
        var passageText = page.Groups.SelectMany(g => g.Passages)
            .Select(p => passages.TryGetValue(p.Id, out var current) ? current : p)
            .Where(p => p.Status == PassageStatus.Kept)
            .Select(p => p.Text);
        var steps = page.Exercise?.Steps ?? [];
        var all = Spaces().Replace(string.Join(' ', [text, .. steps, .. passageText]), " ").Trim();
        return all.Length <= TextLength ? all : all[..TextLength];
    }

    /// <summary>
    /// The page's text (tags as spaces, entities decoded), read only as far as the excerpt needs: a growing prefix of
    /// the HTML until it yields comfortably more than <see cref="TextLength"/> characters. Cutting the HTML can only
    /// change the end of the text (a cut tag or entity), which the excerpt never reaches.
    /// </summary>
    private static string VisibleText(string html)
    {
        for (var length = 4 * 1024; ; length *= 4)
        {
            if (length >= html.Length)
            {
                return WebUtility.HtmlDecode(Tags().Replace(html, " "));
            }

            var text = WebUtility.HtmlDecode(Tags().Replace(html[..length], " "));
            if (Spaces().Replace(text, " ").TrimStart().Length >= TextLength + 200)
            {
                return text;
            }
        }
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

/// <summary>A page as the search index lists it.</summary>
public sealed record SearchEntry(string Title, string Url, string Description, Limber.Text.Utf8Text Text, Dictionary<string, string[]>? Filters = null);
