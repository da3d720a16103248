using Limber.Tests.Testing;
using Microsoft.Playwright;

namespace Limber.Tests.Browser;

/// <summary>
/// The reader theme's layout in Chromium: nothing scrolls sideways on a phone, the phone menu is a proper disclosure
/// (keyboard, <c>aria-expanded</c>, focus kept inside, Escape), the sidebar marks the page being read, the contents list
/// moves beside the text on wide screens, and code blocks can be copied.
/// </summary>
[Collection(BrowserCollection.Name)]
public class LayoutBrowserTests(BrowserSite site)
{
    private static readonly int[] Widths = [320, 390, 1280];

    [FactNeeds(Needs.Chromium)]
    public async Task NoPageOfTheSiteOrOfTheDocsFixtureScrollsSidewaysAt320390Or1280Pixels()
    {

        var pages = BrowserSite.PagesOf(site.SiteDirectory).Select(p => site.BaseUrl + p.TrimStart('/'))
            .Concat(BrowserSite.PagesOf(site.DocsDirectory).Select(p => site.DocsUrl + p.TrimStart('/')))
            .ToList();
        Assert.True(pages.Count > 40, $"{pages.Count} pages");
        var page = await site.OpenAsync(pages[0], width: 320);
        var overflowing = new List<string>();
        foreach (var url in pages)
        {
            await page.SetViewportSizeAsync(320, 720);
            await page.GotoAsync(url);
            foreach (var width in Widths)
            {
                await page.SetViewportSizeAsync(width, 720);
                var (scroll, client) = await PageWidth(page);
                if (scroll > client)
                {
                    overflowing.Add($"{url} at {width}px: {scroll} px wide");
                }
            }
        }

        Assert.Empty(overflowing);

        // The fixture's hard parts are really there, and they scroll inside themselves instead of widening the page.
        await page.SetViewportSizeAsync(320, 720);
        await page.GotoAsync(site.DocsUrl);
        Assert.True(await page.EvaluateAsync<bool>("[...document.querySelectorAll('main pre, main table')].some(e => e.scrollWidth > e.clientWidth)"));
        Assert.True(await page.EvaluateAsync<bool>("[...document.querySelectorAll('main pre, main table')].filter(e => e.scrollWidth > e.clientWidth).every(e => e.tabIndex === 0)"), "a region that scrolls can be reached with Tab");
        Assert.True(await page.EvaluateAsync<bool>("(() => { const img = document.querySelector('main img'); return img.naturalWidth > 2000 && img.getBoundingClientRect().width <= document.querySelector('main').clientWidth; })()"));
    }

    private static async Task<(int Scroll, int Client)> PageWidth(IPage page)
    {
        var w = await page.EvaluateAsync<int[]>("[document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        return (w[0], w[1]);
    }

    [FactNeeds(Needs.Chromium)]
    public async Task ThePhoneMenuOpensFromTheKeyboardKeepsFocusInsideAndClosesWithEscape()
    {

        var exercise = "/exercises/" + site.Exercises[0].GetProperty("slug").GetString() + "/";
        var page = await site.OpenAsync(exercise, width: 390, height: 800);
        Assert.True(await page.IsVisibleAsync("#menu-button"));
        Assert.False(await page.IsVisibleAsync("#sidebar"));
        Assert.Equal("false", await page.GetAttributeAsync("#menu-button", "aria-expanded"));

        await page.FocusAsync("#menu-button");
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("true", await page.GetAttributeAsync("#menu-button", "aria-expanded"));
        Assert.True(await page.IsVisibleAsync("#sidebar"));
        var links = await page.EvalOnSelectorAllAsync<int>("#sidebar a", "a => a.length");

        // Round and round: Tab and Shift+Tab never leave the button and the sidebar.
        for (var i = 0; i < links + 3; i++)
        {
            await page.Keyboard.PressAsync(i % 4 == 3 ? "Shift+Tab" : "Tab");
            Assert.True(await page.EvaluateAsync<bool>("document.activeElement.id === 'menu-button' || document.activeElement.closest('#sidebar') !== null"), $"focus left the menu after {i + 1} presses");
        }

        await page.Keyboard.PressAsync("Escape");
        Assert.Equal("false", await page.GetAttributeAsync("#menu-button", "aria-expanded"));
        Assert.Equal("menu-button", await page.EvaluateAsync<string>("document.activeElement.id"));
        Assert.False(await page.IsVisibleAsync("#sidebar"));

        // Space opens it too; at desktop width there is no button and the sidebar is always there.
        await page.Keyboard.PressAsync(" ");
        Assert.Equal("true", await page.GetAttributeAsync("#menu-button", "aria-expanded"));
        await page.SetViewportSizeAsync(1280, 800);
        Assert.False(await page.IsVisibleAsync("#menu-button"));
        Assert.True(await page.IsVisibleAsync("#sidebar"));

        // The media query's change event that closes the menu comes with the next rendering update, not with the resize
        // (a loaded machine read "true" here), so it is awaited; it fails after the timeout if the menu stays open.
        await page.WaitForFunctionAsync("document.getElementById('menu-button').getAttribute('aria-expanded') === 'false'", null, new() { Timeout = 10_000 });
        Assert.Equal("false", await page.GetAttributeAsync("#menu-button", "aria-expanded"));
    }

    [FactNeeds(Needs.Chromium)]
    public async Task TheSidebarMarksThePageBeingReadAndOpensItsSection()
    {

        var exercise = "/exercises/" + site.Exercises[0].GetProperty("slug").GetString() + "/";
        foreach (var path in new[] { exercise, "/topics/", "/about/" })
        {
            var page = await site.OpenAsync(path);
            var current = await page.EvalOnSelectorAllAsync<string[]>("#sidebar a[aria-current='page']", "a => a.map(x => x.getAttribute('href'))");
            Assert.Equal([path], current);
            Assert.NotEqual("rgba(0, 0, 0, 0)", await page.EvalOnSelectorAsync<string>("#sidebar a[aria-current='page']", "a => getComputedStyle(a).backgroundColor"));
            await page.Context.CloseAsync();
        }

        // An exercise's section is open: its sibling exercises are listed, other sections' pages are not.
        var open = await site.OpenAsync(exercise);
        var listed = await open.EvalOnSelectorAllAsync<string[]>("#sidebar a", "a => a.map(x => x.getAttribute('href'))");
        Assert.All(site.Exercises.EnumerateArray().Select(e => $"/exercises/{e.GetProperty("slug").GetString()}/"), u => Assert.Contains(u, listed));
        Assert.DoesNotContain(listed, u => u.StartsWith("/topics/", StringComparison.Ordinal) && u != "/topics/");
    }

    [FactNeeds(Needs.Chromium)]
    public async Task TheContentsListSitsBesideTheTextOnWideScreensAndUnderTheTitleOnPhones()
    {

        var page = await site.OpenAsync(site.DocsUrl, width: 1440, height: 900);
        var toc = await page.EvalOnSelectorAsync<double[]>(".toc", "t => { const r = t.getBoundingClientRect(), m = document.querySelector('main h2').getBoundingClientRect(); return [r.left, m.right]; }");
        Assert.True(toc[0] >= toc[1], $"contents at x={toc[0]}, text ends at x={toc[1]}");

        await page.SetViewportSizeAsync(390, 800);
        var narrow = await page.EvalOnSelectorAsync<double[]>(".toc", "t => { const r = t.getBoundingClientRect(), h = document.querySelector('main h1').getBoundingClientRect(); return [r.top, h.bottom]; }");
        Assert.True(narrow[0] >= narrow[1], "on a phone the contents list follows the title");
    }

    [FactNeeds(Needs.Chromium)]
    public async Task ACodeBlockHasACopyButtonThatCopiesItsCode()
    {

        var page = await site.OpenAsync(site.DocsUrl);
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        var code = await page.EvalOnSelectorAsync<string>("main pre code", "c => c.innerText");
        await page.ClickAsync("main .code-block .copy");

        Assert.Equal("Copied", await page.TextContentAsync("main .code-block .copy"));
        Assert.Equal(code, await page.EvaluateAsync<string>("navigator.clipboard.readText()"));
    }
}
