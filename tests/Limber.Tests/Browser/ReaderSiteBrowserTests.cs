using System.Text.Json;
using Limber.Tests.Testing;
using Microsoft.Playwright;

namespace Limber.Tests.Browser;

/// <summary>
/// The reader site's behaviour in a real browser (headless Chromium from Debian, through Playwright): search, filters,
/// the dark-mode toggle, the exercise index without JavaScript, and keyboard-only navigation.
/// Every expectation is derived from the built site (<c>exercises.json</c>, the pages of <c>search-index/</c>).
/// </summary>
[Collection(BrowserCollection.Name)]
public class ReaderSiteBrowserTests(BrowserSite site)
{
    [FactNeeds(Needs.Chromium)]
    public async Task SearchReturnsThePageWhoseTitleHoldsTheQuery()
    {
        // A topic whose title has a word no other page title has: searching that word must put the topic first.
        var entries = SearchIndexPages(site.SiteDirectory);
        static IEnumerable<string> Words(string title) => title.ToLowerInvariant().Split(' ', '-', ',').Where(w => w.Length >= 6 && w.All(char.IsLetter));
        var (word, url) = entries.Where(e => e.Url.StartsWith("/topics/", StringComparison.Ordinal))
            .SelectMany(e => Words(e.Title).Select(w => (Word: w, e.Url)))
            .First(x => entries.Count(e => Words(e.Title).Contains(x.Word)) == 1);

        var page = await site.OpenAsync("/search/");
        await page.FillAsync("#search-q", word);
        await page.WaitForSelectorAsync("#search-results li a");

        Assert.Equal(url, await page.GetAttributeAsync("#search-results li:first-child a", "href"));
        Assert.Equal(site.Engine, await page.GetAttributeAsync("#search-form", "data-engine"));
        Assert.True(await page.IsHiddenAsync("#search-nojs"));
    }

    [FactNeeds(Needs.Chromium)]
    public async Task ABodyAreaFilterNarrowsTheResultsToTheExercisesWithThatArea()
    {
        var exercises = site.Exercises.EnumerateArray().Select(e => (
            Slug: e.GetProperty("slug").GetString()!,
            Areas: e.GetProperty("bodyAreas").EnumerateArray().Select(a => a.GetString()!).ToList())).ToList();
        var area = exercises.SelectMany(e => e.Areas).Distinct().OrderBy(a => a, StringComparer.Ordinal)
            .First(a => exercises.Count(e => e.Areas.Contains(a)) is > 1 and <= 8 and var n && n < exercises.Count); // up to 8: the first screen of results
        var expected = exercises.Where(e => e.Areas.Contains(area)).Select(e => $"/exercises/{e.Slug}/").Order(StringComparer.Ordinal).ToList();

        var page = await site.OpenAsync("/search/");
        await page.SelectOptionAsync("#filter-body_area", area);
        await page.WaitForFunctionAsync($"document.querySelectorAll('#search-results li').length === {expected.Count}");
        var urls = await page.EvalOnSelectorAllAsync<string[]>("#search-results li a", "links => links.map(a => a.getAttribute('href'))");

        Assert.Equal(expected, urls.Order(StringComparer.Ordinal).ToList());
        Assert.True(expected.Count < exercises.Count);

        // A query and a filter together: still only exercises with that area.
        await page.FillAsync("#search-q", "your");
        await page.WaitForTimeoutAsync(600);
        var narrowed = await page.EvalOnSelectorAllAsync<string[]>("#search-results li a", "links => links.map(a => a.getAttribute('href'))");
        Assert.All(narrowed, u => Assert.Contains(u, expected));
    }

    [FactNeeds(Needs.Chromium)]
    public async Task TheDarkModeTogglePersistsAcrossPages()
    {
        var page = await site.OpenAsync("/", scheme: ColorScheme.Light);
        var light = await Background(page);
        Assert.Equal("false", await page.GetAttributeAsync("#theme-toggle", "aria-pressed"));

        await page.ClickAsync("#theme-toggle");
        Assert.Equal("dark", await page.GetAttributeAsync("html", "data-theme"));
        Assert.Equal("true", await page.GetAttributeAsync("#theme-toggle", "aria-pressed"));
        var dark = await Background(page);
        Assert.NotEqual(light, dark);

        await page.GotoAsync(site.BaseUrl + "about/");
        Assert.Equal("dark", await page.GetAttributeAsync("html", "data-theme"));
        Assert.Equal(dark, await Background(page));

        // And back: the choice of light is remembered too, even though the system default is light.
        await page.ClickAsync("#theme-toggle");
        await page.GotoAsync(site.BaseUrl + "topics/");
        Assert.Equal("light", await page.GetAttributeAsync("html", "data-theme"));
        Assert.Equal(light, await Background(page));
    }

    [FactNeeds(Needs.Chromium)]
    public async Task TheExerciseIndexFiltersWithoutJavaScript()
    {
        var slugs = site.Exercises.EnumerateArray().Select(e => "/exercises/" + e.GetProperty("slug").GetString() + "/").ToHashSet(StringComparer.Ordinal);
        var page = await site.OpenAsync("/exercises/", javaScript: false);
        var all = await ExerciseLinks(page, slugs);
        Assert.Equal(slugs.Count, all.Count);

        var facet = await page.EvalOnSelectorAsync<string>("a[href^='/exercises/body-area/']", "a => a.getAttribute('href')");
        await page.ClickAsync($"a[href='{facet}']");
        Assert.EndsWith(facet, page.Url, StringComparison.Ordinal);
        var area = site.Exercises.EnumerateArray()
            .Where(e => e.GetProperty("bodyAreas").EnumerateArray().Any(a => facet.EndsWith("/" + Text.Slug.From(a.GetString()!) + "/", StringComparison.Ordinal)))
            .Select(e => "/exercises/" + e.GetProperty("slug").GetString() + "/")
            .Order(StringComparer.Ordinal).ToList();
        var shown = await ExerciseLinks(page, slugs);

        Assert.Equal(area, shown);
        Assert.True(shown.Count < all.Count);
        Assert.True(await page.IsHiddenAsync("#theme-toggle"), "without JavaScript the toggle cannot work, so it is not shown");
    }

    [FactNeeds(Needs.Chromium)]
    public async Task KeyboardAloneReachesContentAndSearch()
    {
        var page = await site.OpenAsync("/");

        // First Tab: the skip link, visibly focused; Enter jumps to the content; the next Tab stays in <main>.
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("skip", await page.EvaluateAsync<string>("document.activeElement.className"));
        Assert.NotEqual("none", await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle"));
        await page.Keyboard.PressAsync("Enter");
        // A key press does not wait for the same-page navigation it starts (a loaded CI machine saw the old address),
        // so the address is awaited; it fails after the timeout if Enter never reaches #main.
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("#main$"), new() { Timeout = 10_000 });
        Assert.EndsWith("#main", page.Url, StringComparison.Ordinal);
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("document.activeElement.closest('main') !== null"));

        // From the top, Tab reaches the header's search box; typing and Enter shows results.
        await page.Context.CloseAsync();
        page = await site.OpenAsync("/");
        var tabs = 0;
        while (await page.EvaluateAsync<string>("document.activeElement.id") != "site-q")
        {
            Assert.True(++tabs <= 30, "the search box is not reachable with Tab");
            await page.Keyboard.PressAsync("Tab");
        }

        await page.Keyboard.TypeAsync("stretch");
        await page.Keyboard.PressAsync("Enter");
        // Waiting for the results (not for the navigation, whose events may pass before a wait starts) then the address.
        await page.WaitForSelectorAsync("#search-results li a");
        Assert.Matches(@"/search/\?q=stretch$", page.Url);
        Assert.Equal("stretch", await page.InputValueAsync("#search-q"));

        // Tab from the search box reaches the first result.
        await page.FocusAsync("#search-q");
        var first = await page.GetAttributeAsync("#search-results li:first-child a", "href");
        for (var i = 0; i < 10 && await page.EvaluateAsync<string?>("document.activeElement.getAttribute('href')") != first; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Equal(first, await page.EvaluateAsync<string?>("document.activeElement.getAttribute('href')"));
    }

    [FactNeeds(Needs.Chromium)]
    public async Task TheLongestExercisePrintsOnOneSheet()
    {
        var longest = site.Exercises.EnumerateArray().MaxBy(e => e.GetProperty("steps").EnumerateArray().Sum(s => s.GetString()!.Length));
        var page = await site.OpenAsync($"/exercises/{longest.GetProperty("slug").GetString()}/");

        var pdf = System.Text.Encoding.Latin1.GetString(await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = false }));

        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(pdf, @"/Type\s*/Page(?![s\w])"));
    }

    /// <summary>Title and URL of every page in the built-in search index (its page chunks).</summary>
    public static List<(string Title, string Url)> SearchIndexPages(string siteDirectory) =>
        [.. Directory.GetFiles(Path.Combine(siteDirectory, "search-index", "d"), "*.json")
            .SelectMany(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement.EnumerateArray())
            .Select(d => (d[0].GetString()!, d[1].GetString()!))];

    private static Task<string> Background(IPage page) => page.EvaluateAsync<string>("getComputedStyle(document.documentElement).backgroundColor");

    private static async Task<List<string>> ExerciseLinks(IPage page, HashSet<string> slugs)
    {
        var hrefs = await page.EvalOnSelectorAllAsync<string[]>("main a", "links => links.map(a => a.getAttribute('href'))");
        return [.. hrefs.Where(slugs.Contains).Distinct().Order(StringComparer.Ordinal)];
    }
}
