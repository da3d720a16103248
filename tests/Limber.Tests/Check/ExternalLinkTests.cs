using System.Net;
using Limber.Check.External;
using Limber.Cli.External;
using Limber.Check.Links;
using Limber.Diagnostics;
using Limber.Options;
using Limber.Pages;
using Limber.Pipeline;

namespace Limber.Tests.Check;

/// <summary>External link checking against a local HttpListener on 127.0.0.1: no traffic leaves the machine.</summary>
public sealed class ExternalLinkTests : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _base;
    private readonly string _cache = Path.Combine(Path.GetTempPath(), $"limber-ext-{Guid.NewGuid():N}.json");
    private int _requests;

    public ExternalLinkTests()
    {
        var port = Testing.Ports.Free();
        _base = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(_base);
        _listener.Start();
        _ = Task.Run(Serve);
    }

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => Handle(context));
        }
    }

    private async Task Handle(HttpListenerContext context)
    {
        {
            Interlocked.Increment(ref _requests);
            var path = context.Request.Url!.AbsolutePath;
            if (path == "/slow")
            {
                await Task.Delay(6000);
            }

            context.Response.StatusCode = path switch { "/ok" => 200, "/missing" => 404, "/busy" => 429, _ => 200 };
            try
            {
                context.Response.Close();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                // the client gave up (time-out test) or the listener is closed
            }
        }
    }

    public void Dispose()
    {
        _listener.Close();
        File.Delete(_cache);
    }

    private HttpExternalLinkChecker Checker() => new(new SocketsHttpHandler(), _cache, TimeSpan.FromHours(1), 4, TimeSpan.FromSeconds(2));

    [Fact]
    public async Task ReportsBrokenRateLimitedAndTimedOutAsWhatTheyAre()
    {
        var urls = new[] { _base + "ok", _base + "missing", _base + "busy", _base + "slow" };
        var results = await Checker().CheckAsync(urls, CancellationToken.None);
        Assert.Equal(ExternalStatus.Ok, results[_base + "ok"].Status);
        Assert.Equal(ExternalStatus.Broken, results[_base + "missing"].Status);
        Assert.Equal(ExternalStatus.RateLimited, results[_base + "busy"].Status);
        Assert.Equal(ExternalStatus.Timeout, results[_base + "slow"].Status);
    }

    [Fact]
    public async Task CachesDefiniteAnswersForTheTtl()
    {
        await Checker().CheckAsync([_base + "ok", _base + "busy"], CancellationToken.None);
        var before = _requests;
        var again = await Checker().CheckAsync([_base + "ok", _base + "busy"], CancellationToken.None);
        Assert.Equal(ExternalStatus.Ok, again[_base + "ok"].Status);
        Assert.Equal(before + 1, _requests); // only the 429 is asked again
    }

    [Fact]
    public void StageReportsExternalProblemsAtTheSourceLine()
    {
        var page = new Page { Id = "a", Kind = PageKind.Content, Source = new SourceRef("content/a.md", 1, 1), Destination = "a/index.html", Body = $"[gone]({_base}missing)\n", BodyLine = 3 };
        var site = Site.Empty with { Pages = [page], Outputs = [OutputFile.FromText("a/index.html", $"<a href=\"{_base}missing\">gone</a><a href=\"{_base}busy\">busy</a>")] };
        var ds = new LinkCheckStage(_ => Checker()).Run(site, new StageContext(new BuildOptions())).Diagnostics;
        var broken = Assert.Single(ds, d => d.Code == DiagnosticCodes.ExternalLinkBroken);
        Assert.Equal(("content/a.md", 3, 1, Severity.Warning), (broken.File, broken.Line, broken.Column, broken.Severity));
        Assert.Single(ds, d => d.Code == DiagnosticCodes.ExternalLinkRateLimited);
    }
}
