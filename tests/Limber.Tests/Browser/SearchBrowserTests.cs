using System.Diagnostics;
using Limber.Tests.Testing;

namespace Limber.Tests.Browser;

/// <summary>
/// Runs the built site's search in Debian's headless Chromium against a real HTTP server on 127.0.0.1.
/// .ci/run installs chromium; on a developer machine without it the test says so and passes without checking.
/// </summary>
public class SearchBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public void SearchFindsAPageByAWordOfItsTextAndHidesTheNoScriptFallback()
    {
        if (!File.Exists(Chromium))
        {
            Assert.True(Environment.GetEnvironmentVariable("CI") != "true", "CI must install chromium (see .ci/run)");
            return;
        }

        using var temp = new TempDirectory();
        var build = Testing.Cli.Invoke("build", "--input", Repo.PathTo("tests", "Limber.Tests", "Golden", "basic", "input"), "--output", temp.Combine("site"), "-v", "quiet");
        Assert.Equal(0, build.ExitCode);
        using var server = new StaticServer(temp.Combine("site"));

        var dom = DumpDom(server.BaseUrl + "search/?q=footnote", temp.Combine("profile"));

        Assert.Contains("<a href=\"/guide/\">Guide</a>", dom);
        Assert.Contains("1 page found", dom);
        Assert.Matches("id=\"search-nojs\"[^>]*hidden", dom);
    }

    private static string DumpDom(string url, string profile)
    {
        var start = new ProcessStartInfo(Chromium)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--no-first-run", "--disable-sync", "--disable-quic", $"--user-data-dir={profile}", "--virtual-time-budget=5000", "--dump-dom", url,
        })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var dom = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
        }

        Assert.False(string.IsNullOrWhiteSpace(dom), "chromium printed no DOM: " + stderr.Result);
        return dom;
    }
}
