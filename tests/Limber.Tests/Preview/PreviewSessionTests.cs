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
