using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Limber.Pages;

namespace Limber.Render.Html;

/// <summary>
/// Site search without a service: <c>/search/</c> (layout <c>search</c>) loads <c>search-index.json</c> on first use
/// and filters it in the browser. Without JavaScript the page lists the site's sections instead.
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
    /// The index entry of one rendered page (title, URL, description, the start of its text), or null for pages
    /// search does not list. Made while the page renders, so the rendered body need not be kept for the index.
    /// </summary>
    public static SearchEntry? Entry(Page page, string bodyHtml, IReadOnlyDictionary<string, Passage> passages, Func<string, string> url) =>
        page.FrontMatter.Listed && page.Id != Page.Id
            ? new SearchEntry(page.Title, url(page.Url), page.FrontMatter.Description ?? "", Limber.Text.Utf8Text.From(Excerpt(page, bodyHtml, passages)))
            : null;

    /// <summary>One entry per listed page, in URL order.</summary>
    public static OutputFile Index(IEnumerable<SearchEntry> entries) =>
        OutputFile.Compressible(IndexPath, JsonSerializer.SerializeToUtf8Bytes(entries.OrderBy(e => e.Url, StringComparer.Ordinal).Select(e => new Dictionary<string, string>
        {
            ["t"] = e.Title,
            ["u"] = e.Url,
            ["d"] = e.Description,
            ["x"] = e.Text.ToString(),
        })));

    private static string Excerpt(Page page, string bodyHtml, IReadOnlyDictionary<string, Passage> passages)
    {
        var text = WebUtility.HtmlDecode(Tags().Replace(bodyHtml, " "));
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

/// <summary>A page as the search index lists it.</summary>
public sealed record SearchEntry(string Title, string Url, string Description, Limber.Text.Utf8Text Text);
