using System.Net;
using Limber.Cli.Commands;
using Limber.Options;
using Limber.Tests.Testing;

namespace Limber.Tests.Preview;

/// <summary>Runs a real preview: HTTP on 127.0.0.1, a file watcher, and the Server-Sent Events reload stream.</summary>
public class PreviewSessionTests
{
    [Fact]
    public async Task ServesCleanUrlsWithTheReloadScriptAndReloadsAfterAnEdit()
    {
        using var temp = new TempDirectory();
        temp.Write("in/content/index.md", "---\ntitle: Home\n---\nFirst version.\n");
        var options = new BuildOptions { InputDirectory = temp.Combine("in"), OutputDirectory = temp.Combine("out") };
        using var session = new PreviewSession(options, Ports.Free(), watch: true, TextWriter.Null, TextWriter.Null);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };

        var home = await http.GetStringAsync(session.Url);
        Assert.Contains("First version.", home);
        Assert.Contains("/__limber/events", home);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(session.Url + "missing/")).StatusCode);

        using var events = await http.GetStreamAsync(session.Url + "__limber/events");
        using var reader = new StreamReader(events);
        Assert.Equal(": connected", await reader.ReadLineAsync());

        temp.Write("in/content/index.md", "---\ntitle: Home\n---\nSecond version.\n");
        var reload = await ReadUntilAsync(reader, "event: reload", TimeSpan.FromSeconds(15));

        Assert.True(reload, "no reload event within 15 s of the edit");
        Assert.Contains("Second version.", await http.GetStringAsync(session.Url));
    }

    [Fact]
    public async Task ABrokenEditKeepsServingTheLastGoodBuild()
    {
        using var temp = new TempDirectory();
        temp.Write("in/content/index.md", "---\ntitle: Home\n---\nGood.\n");
        var options = new BuildOptions { InputDirectory = temp.Combine("in"), OutputDirectory = temp.Combine("out") };
        var console = new StringWriter();
        using var session = new PreviewSession(options, Ports.Free(), watch: true, TextWriter.Synchronized(console), TextWriter.Null);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };

        temp.Write("in/content/index.md", "---\ntitle: [broken\n---\nBad.\n");
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (session.Rebuilds == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.True(session.Rebuilds > 0, "no rebuild after the edit");
        Assert.Contains("Good.", await http.GetStringAsync(session.Url));
        Assert.Contains("last good build", console.ToString());
    }

    private static async Task<bool> ReadUntilAsync(StreamReader reader, string line, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            while (await reader.ReadLineAsync(cts.Token) is { } next)
            {
                if (next == line)
                {
                    return true;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }

        return false;
    }
}
