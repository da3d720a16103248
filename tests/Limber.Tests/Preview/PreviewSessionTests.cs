using System.Net;
using Limber.Cli.Commands;
using Limber.Options;
using Limber.Tests.Testing;

namespace Limber.Tests.Preview;

/// <summary>Runs a real preview: Kestrel on 127.0.0.1, a file watcher, and the Server-Sent Events stream.</summary>
public class PreviewSessionTests
{
    private static readonly PreviewOptions Loopback = new() { Port = 0 };

    [Fact]
    public async Task ServesCleanUrlsWithTheReloadScriptAndReloadsAfterAnEdit()
    {
        using var temp = new TempDirectory();
        temp.Write("in/content/index.md", "---\ntitle: Home\n---\nFirst version.\n");
        var options = new BuildOptions { InputDirectory = temp.Combine("in"), OutputDirectory = temp.Combine("out") };
        await using var session = await PreviewSession.StartAsync(options, Loopback, TextWriter.Null, TextWriter.Null);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };

        var home = await http.GetStringAsync(session.Url);
        Assert.Contains("First version.", home);
        Assert.Contains("<script src=\"/_limber/live.js\" defer></script></body>", home);
        Assert.DoesNotContain("/_limber/", File.ReadAllText(temp.Combine("out", "index.html")));
        Assert.Contains("EventSource", await http.GetStringAsync(session.Url + "_limber/live.js"));
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(session.Url + "missing/")).StatusCode);

        using var events = await OpenEventsAsync(http, session.Url);
        temp.Write("in/content/index.md", "---\ntitle: Home\n---\nSecond version.\n");

        Assert.Equal("reload", await NextEventAsync(events, TimeSpan.FromSeconds(15)));
        Assert.Contains("Second version.", await http.GetStringAsync(session.Url));
    }

    [Fact]
    public async Task AFolderAddressGetsItsSlashAndLeadingSlashesCollapseSoTheRedirectStaysOnThisHost()
    {
        using var temp = new TempDirectory();
        temp.Write("in/content/index.md", "# Home\n");
        temp.Write("in/content/about.md", "# About\n");
        var options = new BuildOptions { InputDirectory = temp.Combine("in"), OutputDirectory = temp.Combine("out") };
        await using var session = await PreviewSession.StartAsync(options, Loopback, TextWriter.Null, TextWriter.Null);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(20) };
        var root = session.Url.TrimEnd('/');

        foreach (var path in new[] { "/about", "//about", "///about" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, root + path);
            var response = await http.SendAsync(request);
            Assert.Equal(HttpStatusCode.Found, response.StatusCode);
            Assert.Equal("/about/", response.Headers.Location?.OriginalString);
        }
    }

    [Fact]
    public async Task ABrokenEditShowsItsDiagnosticsAndKeepsServingTheLastGoodBuildUntilFixed()
    {
        using var temp = new TempDirectory();
        temp.Write("in/content/index.md", "---\ntitle: Home\n---\nGood.\n");
        var options = new BuildOptions { InputDirectory = temp.Combine("in"), OutputDirectory = temp.Combine("out") };
        var console = new StringWriter();
        await using var session = await PreviewSession.StartAsync(options, Loopback, TextWriter.Synchronized(console), TextWriter.Null);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        using var events = await OpenEventsAsync(http, session.Url);

        temp.Write("in/content/index.md", "---\ntitle: [broken\n---\nBad.\n");
        Assert.Equal("errors", await NextEventAsync(events, TimeSpan.FromSeconds(15)));
        var data = await events.ReadLineAsync();
        Assert.Contains("index.md:2", data);
        Assert.Contains("LMB1010", data);
        Assert.Contains("Good.", await http.GetStringAsync(session.Url));
        Assert.Contains("last good build", console.ToString());

        // A page opened while the build is broken gets the errors at once.
        using (var late = await OpenEventsAsync(http, session.Url))
        {
            Assert.Equal("errors", await NextEventAsync(late, TimeSpan.FromSeconds(5)));
        }

        temp.Write("in/content/index.md", "---\ntitle: Home\n---\nFixed.\n");
        Assert.Equal("reload", await NextEventAsync(events, TimeSpan.FromSeconds(15)));
        Assert.Contains("Fixed.", await http.GetStringAsync(session.Url));
    }

    [Fact]
    public async Task AStylesheetOnlyChangeSwapsTheStylesheetInsteadOfReloading()
    {
        using var temp = new TempDirectory();
        temp.Write("in/content/index.md", "---\ntitle: Home\n---\nText.\n");
        temp.Write("in/theme/assets/site.css", "body { color: black; }\n");
        var options = new BuildOptions { InputDirectory = temp.Combine("in"), OutputDirectory = temp.Combine("out") };
        await using var session = await PreviewSession.StartAsync(options, Loopback, TextWriter.Null, TextWriter.Null);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        using var events = await OpenEventsAsync(http, session.Url);

        temp.Write("in/theme/assets/site.css", "body { color: green; }\n");

        Assert.Equal("css", await NextEventAsync(events, TimeSpan.FromSeconds(15)));
        var data = (await events.ReadLineAsync())!;
        var stylesheet = System.Text.RegularExpressions.Regex.Match(data, "/assets/site\\.[0-9a-f]+\\.css").Value;
        Assert.Contains("green", await http.GetStringAsync(session.Url.TrimEnd('/') + stylesheet));
    }

    [Fact]
    public async Task TheAuthorReportListsDuplicatesDebrisExercisesAndDiagnosticsWithTheirSourceLines()
    {
        using var temp = new TempDirectory();
        temp.Write("in/content/index.md", "---\ntitle: Home\n---\nSee [missing](missing.md).\n");
        temp.Write("in/sources/web.txt",
            "Start in a standing position with your feet hip-width apart. Bend your knees and sit your hips back into a squat. Do 8 reps.\n" +
            "×\n" +
            "Start in a standing position with your feet hip-width apart. Bend your knees and sit your hips back into a squat. Do 8 reps.\n");
        var options = new BuildOptions { InputDirectory = temp.Combine("in"), OutputDirectory = temp.Combine("out") };
        await using var session = await PreviewSession.StartAsync(options, Loopback, TextWriter.Null, TextWriter.Null);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };

        var report = await http.GetStringAsync(session.Url + "_limber/");

        Assert.Contains("Duplicates removed (1)", report);
        Assert.Contains("web.txt:3</code>", report);
        Assert.Contains("Debris set aside (1)", report);
        Assert.Contains("web.txt:2</code>", report);
        Assert.Contains("Exercises extracted (1)", report);
        Assert.Contains("&quot;steps&quot;", report);
        Assert.Contains("index.md:4</code>", report);
        Assert.Contains("LMB4040", report);
        Assert.False(Directory.Exists(temp.Combine("out", "_limber")));
    }

    [Fact]
    public async Task ARebuildStillRunningIsCancelledByANewerChangeAndTheNewestInputIsServed()
    {
        using var temp = new TempDirectory();
        foreach (var i in Enumerable.Range(0, 60))
        {
            temp.Write($"in/content/p{i}.md", $"# Page {i}\n");
        }

        temp.Write("in/content/index.md", "# Home\n");
        // Every page runs a loop, so a rebuild after a layout change takes a while and the next change lands during it.
        string Layout(int version) => $"<h1>{{{{ page.title }}}}</h1>\n{{% for i in (1..150000) %}}{{% endfor %}}<p>version {version}</p>\n";
        temp.Write("in/theme/layouts/page.liquid", Layout(0));
        var options = new BuildOptions { InputDirectory = temp.Combine("in"), OutputDirectory = temp.Combine("out") };
        var console = new StringWriter();
        var output = TextWriter.Synchronized(console);
        await using var session = await PreviewSession.StartAsync(options, Loopback, output, output);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };

        var version = 0;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (session.Cancelled == 0 && DateTime.UtcNow < deadline)
        {
            version++;
            session.Request(temp.Write("in/theme/layouts/page.liquid", Layout(version)));
            await Task.Delay(150);
        }

        Assert.True(session.Cancelled > 0, $"no rebuild was cancelled after {version} changes: {console}");
        var served = "";
        while (DateTime.UtcNow < deadline && !served.Contains($"version {version}<", StringComparison.Ordinal))
        {
            await Task.Delay(100);
            served = await http.GetStringAsync(session.Url + "p1/");
        }

        Assert.Contains($"version {version}<", served);
        Assert.DoesNotContain("LMB9000", console.ToString());
        Assert.DoesNotContain("Rebuild failed", console.ToString());
    }

    [Fact]
    public async Task BadInputNeverStopsThePreviewEachIsReportedAndTheFixIsPickedUp()
    {
        using var temp = new TempDirectory();
        const string goodLayout = "<h1>{{ page.title }}</h1>\n<p>good layout</p>\n";
        const string goodPage = "---\ntitle: Home\n---\nGood.\n";
        temp.Write("in/content/index.md", goodPage);
        temp.Write("in/content/about.md", "# About\n");
        temp.Write("in/theme/layouts/page.liquid", goodLayout);
        var options = new BuildOptions { InputDirectory = temp.Combine("in"), OutputDirectory = temp.Combine("out") };
        var console = new StringWriter();
        var output = TextWriter.Synchronized(console);
        await using var session = await PreviewSession.StartAsync(options, Loopback, output, output);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        using var events = await OpenEventsAsync(http, session.Url);
        var deep = new string('[', 50_000) + new string(']', 50_000);

        var cases = new (string File, string Text, string Code)[]
        {
            ("in/theme/layouts/page.liquid", "<h1>{{ page.title }}</h1>\n{% for i in (1..1000000000) %}x{% endfor %}\n", "LMB5006"),
            ("in/theme/layouts/page.liquid", "<h1>{{ page.title }}</h1>\n{% for i in (1..4000000) %}{% for j in (1..2) %}x{% endfor %}{% endfor %}\n", "LMB5006"),
            ("in/theme/layouts/page.liquid", "<h1>{{ page.title }}</h1>\n{{ 10 | divided_by: 0 }}\n", "LMB5005"),
            ("in/theme/layouts/page.liquid", "<h1>{{ page.title }}</h1>\n{% if page.title %}\n", "LMB5001"),
            ("in/content/index.md", $"---\ntitle: Home\ntags: {deep}\n---\nDeep.\n", "LMB1010"),
        };
        foreach (var (file, text, code) in cases)
        {
            temp.Write("in/theme/layouts/page.liquid", goodLayout);
            temp.Write("in/content/index.md", goodPage);
            temp.Write(file, text);
            Assert.True(await ErrorsWithAsync(events, code, TimeSpan.FromSeconds(60)), $"no error {code} for {file}: {console}");
            Assert.Contains("About", await http.GetStringAsync(session.Url + "about/")); // still serving
        }

        temp.Write("in/theme/layouts/page.liquid", goodLayout);
        temp.Write("in/content/index.md", "---\ntitle: Home\n---\nFixed.\n");
        var deadline = DateTime.UtcNow.AddSeconds(60);
        var home = "";
        while (DateTime.UtcNow < deadline && !home.Contains("Fixed.", StringComparison.Ordinal))
        {
            await Task.Delay(100);
            home = await http.GetStringAsync(session.Url);
        }

        Assert.Contains("Fixed.", home);
        Assert.DoesNotContain("LMB9000", console.ToString());
        Assert.DoesNotContain("   at ", console.ToString());
    }

    /// <summary>Reads events until an "errors" event whose data names <paramref name="code"/>; false on timeout.</summary>
    private static async Task<bool> ErrorsWithAsync(StreamReader events, string code, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (await NextEventAsync(events, deadline - DateTime.UtcNow) is not { } name)
            {
                return false;
            }

            var data = await events.ReadLineAsync();
            if (name == "errors" && data is not null && data.Contains(code, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    internal static async Task<StreamReader> OpenEventsAsync(HttpClient http, string url)
    {
        var stream = await http.GetStreamAsync(url + "_limber/events");
        var reader = new StreamReader(stream);
        Assert.Equal(": connected", await reader.ReadLineAsync());
        Assert.Equal("", await reader.ReadLineAsync());
        return reader;
    }

    /// <summary>The name of the next event on the stream (its data line is left to read), or null on timeout.</summary>
    internal static async Task<string?> NextEventAsync(StreamReader reader, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            while (await reader.ReadLineAsync(cts.Token) is { } line)
            {
                if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    return line["event: ".Length..];
                }
            }
        }
        catch (OperationCanceledException)
        {
        }

        return null;
    }
}
