using System.Text.Json;
using Limber.Cli.External;
using Limber.Tests.Testing;
using Microsoft.Playwright;

namespace Limber.Tests.Browser;

/// <summary>
/// The real <c>input/</c> site, built once for the browser tests, indexed by Pagefind when the repository's
/// <c>node_modules</c> has it (<c>.ci/run</c> runs <c>npm ci</c> first; tests never touch the network), served on
/// 127.0.0.1 and driven by Playwright in Debian's Chromium. Playwright never downloads a browser here.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();
    private StaticServer? _server;
    private StaticServer? _docsServer;
    private IPlaywright? _playwright;

    /// <summary>False when chromium is missing on a developer machine: the tests (<see cref="FactNeedsAttribute"/>) are then skipped.</summary>
    public bool Available { get; private set; }

    /// <summary><c>pagefind</c> when the Pagefind index was built, else <c>builtin</c>.</summary>
    public string Engine { get; private set; } = "builtin";

    public string BaseUrl => _server!.BaseUrl;

    public string SiteDirectory => _temp.Combine("site");

    /// <summary>A documentation site written for these tests (<c>Browser/DocsFixture</c>): long code lines, wide tables, a big image.</summary>
    public string DocsDirectory => _temp.Combine("docs");

    public string DocsUrl => _docsServer!.BaseUrl;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The site's own <c>exercises.json</c>: expectations come from the build, never from a hard-coded corpus.</summary>
    public JsonElement Exercises { get; private set; }

    public async Task InitializeAsync()
    {
        if (Requirement.SkipReason(Needs.Chromium) is not null)
        {
            return;
        }

        Requirement.Require(Needs.Chromium);

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var build = Testing.Cli.Invoke("build", "--input", Repo.PathTo("input"), "--output", SiteDirectory, "-v", "quiet", "--search-index", "builtin");
        Assert.True(build.ExitCode == 0, build.Stderr);

        if (Requirement.SkipReason(Needs.Pagefind) is null)
        {
            var result = PagefindIndexer.Run(SearchIndexMode.Pagefind, Repo.PathTo(), SiteDirectory, TimeSpan.FromMinutes(2));
            Assert.True(result.Diagnostic is null, result.Diagnostic?.Message);
            Engine = result.Engine;
            Assert.True(result.Pages > 0, "Pagefind indexed no pages");
        }

        var docs = Testing.Cli.Invoke("build", "--input", Repo.PathTo("tests", "Limber.Tests", "Browser", "DocsFixture"), "--output", DocsDirectory, "-v", "quiet", "--search-index", "builtin");
        Assert.True(docs.ExitCode == 0, docs.Stderr);

        Exercises = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(SiteDirectory, "exercises.json"))).RootElement.Clone();
        _server = new StaticServer(SiteDirectory);
        _docsServer = new StaticServer(DocsDirectory);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Requirement.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
        Available = true;
    }

    public async Task DisposeAsync()
    {
        if (Available)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        _server?.Dispose();
        _docsServer?.Dispose();
        _temp.Dispose();
    }

    public async Task<IPage> OpenAsync(string path, bool javaScript = true, ColorScheme scheme = ColorScheme.Light, int width = 1280, int height = 720)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = javaScript,
            ColorScheme = scheme,
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        await page.GotoAsync(path.StartsWith("http", StringComparison.Ordinal) || path.StartsWith("about:", StringComparison.Ordinal) ? path : BaseUrl + path.TrimStart('/'));
        return page;
    }

    /// <summary>Site paths of every page of a built site (<c>/</c>, <c>/about/</c>, <c>/404.html</c>), without the small pages that redirect elsewhere.</summary>
    public static List<string> PagesOf(string directory) =>
        [.. Directory.GetFiles(directory, "*.html", SearchOption.AllDirectories)
            .Where(f => !File.ReadAllText(f).Contains("http-equiv=\"refresh\"", StringComparison.Ordinal))
            .Select(f => "/" + Path.GetRelativePath(directory, f).Replace('\\', '/'))
            .Select(p => p.EndsWith("/index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p == "/index.html" ? "/" : p)
            .Order(StringComparer.Ordinal)];
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser";
}
