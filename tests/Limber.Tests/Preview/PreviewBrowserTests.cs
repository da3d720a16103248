using System.Diagnostics;
using Limber.Cli.Commands;
using Limber.Options;
using Limber.Tests.Testing;
using Microsoft.Playwright;

namespace Limber.Tests.Preview;

/// <summary>
/// The preview in a real browser: Debian's headless Chromium driven by Playwright (never a downloaded browser), an open
/// page, edits on disk, and what the page does: reload with the new text, swap the stylesheet in place, show the error
/// overlay and take it down once fixed. The page gets the site's Content-Security-Policy, so the injected script must
/// work without inline script or style. .ci/run installs chromium; without it locally the test reports as skipped.
/// </summary>
public class PreviewBrowserTests
{
    private const string Csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'";

    [FactNeeds(Needs.Chromium)]
    public async Task AnOpenPageReloadsOnEditsSwapsStylesheetsAndShowsBuildErrorsUntilFixed()
    {
        Requirement.Require(Needs.Chromium);
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        using var temp = new TempDirectory();
        temp.Write("in/content/index.md", "---\ntitle: Home\n---\nFirst version.\n");
        temp.Write("in/theme/assets/site.css", "body { color: rgb(0, 0, 0); }\n");
        var options = new BuildOptions { InputDirectory = temp.Combine("in"), OutputDirectory = temp.Combine("out") };
        await using var session = await PreviewSession.StartAsync(options, new PreviewOptions { Port = 0 }, TextWriter.Null, TextWriter.Null);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Requirement.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
        var page = await browser.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                violations.Add(message.Text);
            }
        };
        await page.RouteAsync("**/*", async route =>
        {
            if (route.Request.ResourceType != "document")
            {
                await route.ContinueAsync();
                return;
            }

            var response = await route.FetchAsync();
            var headers = new Dictionary<string, string>(response.Headers) { ["content-security-policy"] = Csp };
            await route.FulfillAsync(new RouteFulfillOptions { Response = response, Headers = headers });
        });

        await page.GotoAsync(session.Url);
        await ListeningAsync(page);
        Assert.Contains("First version.", await page.InnerTextAsync("body"));
        Assert.False(await page.EvaluateAsync<bool>(
            "() => { const s = document.createElement('script'); s.textContent = 'window.inlineRan = true'; document.body.append(s); return window.inlineRan === true; }"),
            "the CSP is not in force: an inline script ran");
        for (var i = 0; i < 100 && violations.Count == 0; i++)
        {
            await Task.Delay(20);
        }

        Assert.Single(violations); // that probe, and nothing else so far
        violations.Clear();

        // An edit to the text: the page reloads (the marker set on the old page is gone) and shows the new text.
        await page.EvaluateAsync("() => { window.limberMarker = 1; }");
        var saved = Stopwatch.StartNew();
        temp.Write("in/content/index.md", "---\ntitle: Home\n---\nSecond version.\n");
        await page.WaitForFunctionAsync("() => document.body.innerText.includes('Second version.')", null, new() { Timeout = 15_000 });
        saved.Stop();
        Assert.Null(await page.EvaluateAsync<int?>("() => window.limberMarker ?? null"));
        await ListeningAsync(page);

        // A stylesheet-only edit: the new colour applies without a reload (the marker survives).
        await page.EvaluateAsync("() => { window.limberMarker = 2; }");
        temp.Write("in/theme/assets/site.css", "body { color: rgb(0, 128, 0); }\n");
        await page.WaitForFunctionAsync("() => getComputedStyle(document.body).color === 'rgb(0, 128, 0)'", null, new() { Timeout = 15_000 });
        Assert.Equal(2, await page.EvaluateAsync<int>("() => window.limberMarker"));

        // A broken edit: the overlay lists file:line and the message; the last good page stays underneath.
        temp.Write("in/content/index.md", "---\ntitle: [broken\n---\nThird version.\n");
        var overlay = await page.WaitForSelectorAsync("#limber-overlay", new() { Timeout = 15_000 });
        var text = await overlay!.InnerTextAsync();
        Assert.Contains("in/content/index.md:2", text);
        Assert.Contains("LMB1010", text);
        Assert.Contains("Second version.", await page.InnerTextAsync("body"));

        // Fixed: the page reloads with the new text and no overlay.
        temp.Write("in/content/index.md", "---\ntitle: Home\n---\nFourth version.\n");
        await page.WaitForFunctionAsync("() => document.body.innerText.includes('Fourth version.')", null, new() { Timeout = 15_000 });
        Assert.Equal(0, await page.Locator("#limber-overlay").CountAsync());
        Assert.Empty(violations);
        Assert.True(saved.ElapsedMilliseconds < 10_000, $"reload took {saved.ElapsedMilliseconds} ms");
    }

    /// <summary>Waits until the page's event stream is open, so an edit cannot slip in before it listens.</summary>
    private static Task ListeningAsync(IPage page) =>
        page.WaitForSelectorAsync("html[data-limber-live=open]", new() { Timeout = 10_000, State = WaitForSelectorState.Attached });
}
