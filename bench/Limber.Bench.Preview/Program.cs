using System.Diagnostics;
using Limber.Cli.Commands;
using Limber.Options;
using Microsoft.Playwright;

// Preview latency: a real preview session on a copy of an input folder, N edits of one page, and per edit
//   saved → rebuilt:  from the file write until the rebuild has written the output (watcher + debounce + build + write)
//   saved → reloaded: from the file write until an open headless-Chromium page shows the new text (with --browser)
// Usage: Limber.Bench.Preview INPUT_COPY OUTPUT PAGE_FILE RUNS [--browser]
// The input folder is edited in place: pass a copy.
if (args.Length < 4)
{
    Console.Error.WriteLine("usage: Limber.Bench.Preview INPUT_COPY OUTPUT PAGE_FILE RUNS [--browser]");
    return 2;
}

Limber.Cli.ProcessSettings.Apply(); // as the limber process does
var (input, output, pageFile, runs, browserToo) = (args[0], args[1], args[2], int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture), args.Contains("--browser"));
var options = new BuildOptions { InputDirectory = input, OutputDirectory = output };
var first = Stopwatch.StartNew();
await using var session = await PreviewSession.StartAsync(options, new PreviewOptions { Port = 0 }, TextWriter.Null, Console.Error);
Console.WriteLine($"first build + server start: {first.ElapsedMilliseconds} ms");
var rebuilt = new SemaphoreSlim(0);
Rebuild? last = null;
session.Rebuilt += r =>
{
    last = r;
    rebuilt.Release();
};

IPlaywright? playwright = null;
IBrowser? browser = null;
IPage? page = null;
string? pageUrl = null;
if (browserToo)
{
    Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
    playwright = await Playwright.CreateAsync();
    browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = "/usr/bin/chromium",
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
    });
    page = await browser.NewPageAsync();
}

var original = File.ReadAllText(pageFile);
var rebuildMs = new List<double>();
var reloadMs = new List<double>();
var buildMs = new List<long>();
for (var i = 0; i <= runs; i++)
{
    var marker = $"Latency marker {i} {Guid.NewGuid():N}.";
    if (page is not null && pageUrl is not null)
    {
        await page.GotoAsync(pageUrl);
        await page.WaitForSelectorAsync("html[data-limber-live=open]", new() { State = WaitForSelectorState.Attached });
    }

    var watch = Stopwatch.StartNew();
    File.WriteAllText(pageFile, original + "\n\n" + marker + "\n");
    var reloaded = page is not null && pageUrl is not null
        ? page.WaitForFunctionAsync($"() => document.body.innerText.includes('{marker}')", null, new() { Timeout = 30_000, PollingInterval = 5 })
        : Task.CompletedTask;
    if (!await rebuilt.WaitAsync(TimeSpan.FromSeconds(60)))
    {
        Console.Error.WriteLine("no rebuild within 60 s");
        return 1;
    }

    var toRebuilt = watch.Elapsed.TotalMilliseconds;
    await reloaded;
    var toReloaded = watch.Elapsed.TotalMilliseconds;
    if (i == 0)
    {
        // Warm-up edit (JIT); also finds the page's URL from the pages the build wrote.
        var relative = Path.GetRelativePath(Path.GetFullPath(input), Path.GetFullPath(pageFile)).Replace('\\', '/');
        var built = last!.Result.Site.Pages.First(p => p.Source.File == relative);
        pageUrl = session.Url.TrimEnd('/') + built.Url;
        continue;
    }

    rebuildMs.Add(toRebuilt);
    buildMs.Add(last!.Ms);
    if (page is not null)
    {
        reloadMs.Add(toReloaded);
    }

    Console.WriteLine($"edit {i}: saved→rebuilt {toRebuilt:0} ms (build {last.Ms} ms, {last.Result.Site.Changed.Length} files changed, stages: " +
                      string.Join(' ', last.Result.Stages.Select(s => $"{s.Name}={s.Ms}")) + ")" +
                      (page is null ? "" : $", saved→reloaded {toReloaded:0} ms"));
}

File.WriteAllText(pageFile, original);
static string Stats(List<double> xs) => xs.Count == 0 ? "n/a" : $"median {Percentile(xs, 0.5):0} ms, p90 {Percentile(xs, 0.9):0} ms, min {xs.Min():0}, max {xs.Max():0}";
static double Percentile(List<double> xs, double p)
{
    var sorted = xs.Order().ToList();
    return sorted[(int)Math.Clamp(Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}

Console.WriteLine($"saved→rebuilt: {Stats(rebuildMs)} (build alone: median {Percentile([.. buildMs.Select(b => (double)b)], 0.5):0} ms)");
Console.WriteLine($"saved→reloaded: {Stats(reloadMs)}");
if (browser is not null)
{
    await browser.DisposeAsync();
}

playwright?.Dispose();
return 0;
