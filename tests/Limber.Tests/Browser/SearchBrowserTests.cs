using System.IO.Compression;
using System.Text.RegularExpressions;
using Limber.Tests.Testing;
using Microsoft.Playwright;

namespace Limber.Tests.Browser;

/// <summary>
/// Search as a reader uses it: results while typing, fast, with the query's words highlighted; the keyboard (<c>/</c>
/// to reach the box, arrows through the results, Escape back); excerpts whose words are not glued together. Run
/// against Pagefind (when the fixture built its index) and against Limber's own index (Pagefind's files blocked).
/// </summary>
[Collection(BrowserCollection.Name)]
public partial class SearchBrowserTests(BrowserSite site, Xunit.Abstractions.ITestOutputHelper output)
{
    /// <summary>The issue's bound: results on screen within 300 ms of the last keystroke, on a page whose search is loaded.</summary>
    public const double LatencyBudgetMs = 300;

    /// <summary>The page at <paramref name="path"/>, searching with <paramref name="engine"/> (builtin: Pagefind's files blocked).</summary>
    private async Task<IPage> SearchPage(string engine, string path)
    {
        var page = await site.OpenAsync("about:blank");
        if (engine == "builtin")
        {
            await page.RouteAsync("**/pagefind/**", route => route.AbortAsync());
        }

        await page.GotoAsync(site.BaseUrl + path);
        return page;
    }

    [FactNeeds(Needs.Chromium, Needs.Pagefind)]
    public Task PagefindResultsWithTheQueryHighlightedAppearWithin300MsOfTheLastKeystroke() => ResultsWithin300Ms("pagefind");

    [FactNeeds(Needs.Chromium)]
    public Task BuiltinResultsWithTheQueryHighlightedAppearWithin300MsOfTheLastKeystroke() => ResultsWithin300Ms("builtin");

    private async Task ResultsWithin300Ms(string engine)
    {
        var page = await SearchPage(engine, "search/");

        // Warm: the engine loaded and one query answered (its index files fetched), as after a reader's first search.
        await page.FocusAsync("#search-q");
        await page.WaitForFunctionAsync("document.getElementById('search-form').dataset.engine");
        Assert.Equal(engine, await page.GetAttributeAsync("#search-form", "data-engine"));
        await page.FillAsync("#search-q", "hip");
        await page.WaitForSelectorAsync("#search-results li a");

        // A word of an exercise step, typed key by key; the page measures keystroke to results with performance.now().
        var word = site.Exercises.EnumerateArray().SelectMany(e => e.GetProperty("steps").EnumerateArray())
            .SelectMany(s => Regex.Split(s.GetString()!.ToLowerInvariant(), "[^a-z]+")).First(w => w.Length >= 7);
        await page.FillAsync("#search-q", "");
        await page.Locator("#search-q").PressSequentiallyAsync(word, new LocatorPressSequentiallyOptions { Delay = 60 });
        await page.WaitForFunctionAsync($"[...document.querySelectorAll('#search-results mark')].some(m => m.textContent.toLowerCase().startsWith('{word}'))");
        await page.WaitForTimeoutAsync(400); // the last keystroke's search has finished and measured itself
        var ms = double.Parse(await page.GetAttributeAsync("#search-results", "data-ms") ?? "NaN", System.Globalization.CultureInfo.InvariantCulture);

        output.WriteLine($"{engine}: '{word}' typed, results {ms} ms after the last keystroke");
        Assert.True(ms <= LatencyBudgetMs, $"{engine}: {ms} ms from the last keystroke to results");
        var marks = await page.EvalOnSelectorAllAsync<string[]>("#search-results mark", "m => m.map(x => x.textContent)");
        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.StartsWith(word[..4], m.Trim().ToLowerInvariant(), StringComparison.Ordinal)); // Pagefind also marks other forms of the word (its stem)
    }

    [FactNeeds(Needs.Chromium, Needs.Pagefind)]
    public Task PagefindExcerptsLeaveOutTheTitleShownAboveThemAndMarkWholeWordsOnly() => ExcerptsWithoutTheTitle("pagefind");

    [FactNeeds(Needs.Chromium)]
    public Task BuiltinExcerptsLeaveOutTheTitleShownAboveThemAndMarkWholeWordsOnly() => ExcerptsWithoutTheTitle("builtin");

    private async Task ExcerptsWithoutTheTitle(string engine)
    {
        var page = await SearchPage(engine, "search/?q=hip");
        await page.WaitForSelectorAsync("#search-results li a");
        Assert.Equal(engine, await page.GetAttributeAsync("#search-form", "data-engine"));

        var results = await page.EvalOnSelectorAllAsync<string[][]>("#search-results a", "a => a.map(x => [x.querySelector('.title').textContent, x.querySelector('.excerpt')?.textContent ?? ''])");
        Assert.True(results.Length >= 5, $"{results.Length} results");
        Assert.All(results, r => Assert.False(r[1].StartsWith(r[0] + ".", StringComparison.OrdinalIgnoreCase), $"'{r[1]}' repeats the title '{r[0]}'"));
        var marks = await page.EvalOnSelectorAllAsync<string[]>("#search-results mark", "m => m.map(x => x.textContent)");
        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.Matches(@"^[\p{L}\p{N}](.*[\p{L}\p{N}])?$", m)); // "hips", never "hips." or "hip,"
    }

    [FactNeeds(Needs.Chromium)]
    public async Task SlashFocusesTheHeaderSearchWhoseResultsArrowKeysAndEscapeNavigate()
    {

        var page = await site.OpenAsync("/topics/");
        await page.Keyboard.PressAsync("/");
        Assert.Equal("site-q", await page.EvaluateAsync<string>("document.activeElement.id"));

        await page.Keyboard.TypeAsync("hip");
        await page.WaitForSelectorAsync("#site-results li a");
        Assert.True(await page.IsVisibleAsync("#site-results"));
        // Results for "h" and "hi" may still be replaced by those for "hip": wait until the list stops changing.
        var hrefs = await page.EvalOnSelectorAllAsync<string[]>("#site-results li a", "a => a.map(x => x.getAttribute('href'))");
        for (var tries = 0; tries < 20; tries++)
        {
            await Task.Delay(150);
            var again = await page.EvalOnSelectorAllAsync<string[]>("#site-results li a", "a => a.map(x => x.getAttribute('href'))");
            if (again.SequenceEqual(hrefs))
            {
                break;
            }

            hrefs = again;
        }

        Assert.True(hrefs.Length >= 2);

        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal(hrefs[0], await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')"));
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal(hrefs[1], await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')"));
        await page.Keyboard.PressAsync("ArrowUp");
        await page.Keyboard.PressAsync("ArrowUp");
        Assert.Equal("site-q", await page.EvaluateAsync<string>("document.activeElement.id"));

        await page.Keyboard.PressAsync("Escape");
        Assert.False(await page.IsVisibleAsync("#site-results"));
        Assert.Equal("site-q", await page.EvaluateAsync<string>("document.activeElement.id"));

        // Typing "/" in the box is just a character (Escape in a search box also cleared it, as browsers do).
        await page.Keyboard.PressAsync("/");
        Assert.EndsWith("/", await page.InputValueAsync("#site-q"), StringComparison.Ordinal);
    }

    [FactNeeds(Needs.Chromium, Needs.Pagefind)]
    public async Task PagefindReadsTermsAndDefinitionsTableHeadersAndCaptionsAsSeparateWords()
    {

        // The glossary is a definition list: each term must reach the index apart from its definition.
        var html = await File.ReadAllTextAsync(Path.Combine(site.SiteDirectory, "glossary", "index.html"));
        var pairs = DefinitionPairs().Matches(html).Select(m => (Term: m.Groups[1].Value.Trim(), Start: m.Groups[2].Value)).ToList();
        Assert.NotEmpty(pairs);
        var content = Fragments(site.SiteDirectory).Single(f => f.Contains("\"url\":\"/glossary/\"", StringComparison.Ordinal));

        Assert.All(pairs, p => Assert.DoesNotContain(p.Term + p.Start, content));
        Assert.All(pairs, p => Assert.Contains(p.Term, content));
    }

    /// <summary>The JSON of every Pagefind fragment (gzip; Pagefind's files start with a signature before the JSON).</summary>
    private static IEnumerable<string> Fragments(string siteDirectory)
    {
        foreach (var file in Directory.GetFiles(Path.Combine(siteDirectory, "pagefind", "fragment")))
        {
            using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
            using var reader = new StreamReader(gzip);
            var text = reader.ReadToEnd();
            yield return text[text.IndexOf('{', StringComparison.Ordinal)..];
        }
    }

    [GeneratedRegex("<dt[^>]*>(?:<[^>]+>)*([^<]+)(?:<[^>]+>)*</dt>\\s*<dd[^>]*>(?:<[^>]+>)*([A-Za-z]{3})")]
    private static partial Regex DefinitionPairs();
}
