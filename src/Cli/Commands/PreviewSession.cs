using System.Diagnostics;
using Limber.Cli.Build;
using Limber.Cli.Reporting;
using Limber.Diagnostics;
using Limber.Options;
using Limber.Pipeline;
using Limber.Preview;

namespace Limber.Cli.Commands;

/// <summary>What one rebuild did: the build, what open pages were told, the input files that triggered it, and its duration.</summary>
public sealed record Rebuild(BuildResult Result, LiveEvent Event, IReadOnlyCollection<string> ChangedInputs, long Ms);

/// <summary>
/// One preview: the first build, the server, and (when watching) a watcher that queues rebuilds. One pipeline and one
/// <see cref="BuildCache"/> live for the whole session and every rebuild runs through them, one at a time.
/// </summary>
public sealed class PreviewSession : IAsyncDisposable
{
    private readonly BuildOptions _options;
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;
    private readonly SitePipeline _pipeline;
    private readonly BuildCache _cache = new();
    private readonly Func<string, string> _display;
    private PreviewServer? _server;
    private RebuildQueue? _queue;
    private InputWatcher? _watcher;
    private BuildResult? _last;
    private bool _lastFailed;

    private PreviewSession(BuildOptions options, TextWriter stdout, TextWriter stderr)
    {
        _options = options;
        _stdout = stdout;
        _stderr = stderr;
        _pipeline = SiteStages.Create(options);
        _display = DisplayPath.For(options.InputDirectory);
    }

    /// <summary>Raised after every rebuild that ran to the end (not for the first build, nor for cancelled ones).</summary>
    public event Action<Rebuild>? Rebuilt;

    public string Url => _server!.Url;

    /// <summary>Rebuilds that ran to the end after the first build.</summary>
    public int Rebuilds { get; private set; }

    /// <summary>Rebuilds stopped because another change came in.</summary>
    public int Cancelled => _queue?.Cancelled ?? 0;

    public int Clients => _server?.ClientCount ?? 0;

    public static async Task<PreviewSession> StartAsync(BuildOptions options, PreviewOptions preview, TextWriter stdout, TextWriter stderr)
    {
        var session = new PreviewSession(options, stdout, stderr);
        var first = session.Build(CancellationToken.None);
        ConsoleReporterFor(session, Verbosity.Normal).Print(first, options);
        Directory.CreateDirectory(options.OutputDirectory);
        session._server = await PreviewServer.StartAsync(new PreviewServerOptions
        {
            Root = options.OutputDirectory,
            Host = preview.Host,
            Port = preview.Port,
            BasePath = first.Site.Options.BasePath,
        });
        session._server.Report = session.Report;
        session.Settle(first, []);
        if (preview.Watch)
        {
            session._queue = new RebuildQueue(session.RebuildAsync, session.ReportFailure);
            session._watcher = new InputWatcher([options.InputDirectory], preview.Debounce, session._queue.Request);
        }

        return session;
    }

    /// <summary>Rebuild now, as if these input files had changed (the watcher calls this; so can tests and benchmarks).</summary>
    public void Request(params string[] changedInputs) => _queue?.Request(changedInputs);

    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        _queue?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private static ConsoleReporter ConsoleReporterFor(PreviewSession session, Verbosity verbosity) =>
        new(session._stdout, session._stderr, verbosity, session._options.InputDirectory);

    private BuildResult Build(CancellationToken cancellationToken)
    {
        // One cache for the whole session: each rebuild redoes only what its changes affect.
        var context = new StageContext(_options, cancellationToken) { Cache = _cache };
        try
        {
            return _pipeline.Run(Site.Empty, context);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A build stopped by a newer change is cancelled, however its stages said so (directly, or wrapped by a
            // parallel loop); anything else is a result with one diagnostic: preview never dies on what it builds.
            cancellationToken.ThrowIfCancellationRequested();
            var error = Diagnostic.Error(DiagnosticCodes.InternalError, $"internal error: {ex.GetType().Name}: {ex.Message}");
            return new BuildResult(Site.Empty, [error], [], 0);
        }
    }

    private Task RebuildAsync(IReadOnlyCollection<string> changed, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var result = Build(cancellationToken);
        var wasFailed = _lastFailed;
        var message = Settle(result, changed);
        Rebuilds++;
        var inputRoot = Path.GetFullPath(_options.InputDirectory);
        var names = changed.Select(p => _display(Path.GetRelativePath(inputRoot, p).Replace('\\', '/'))).ToList();
        var what = names.Count == 0 ? "" : $" after {string.Join(", ", names.Take(3))}{(names.Count > 3 ? $" and {names.Count - 3} more" : "")}";
        if (message is LiveEvent.Errors)
        {
            ConsoleReporterFor(this, Verbosity.Quiet).Print(result, _options);
            _stdout.WriteLine($"Rebuild failed{what} ({watch.ElapsedMilliseconds} ms). Serving the last good build until the errors above are fixed.");
        }
        else
        {
            var action = message switch { LiveEvent.Css => "stylesheet swapped", LiveEvent.Reload => "pages reloaded", _ when wasFailed => "error overlay removed", _ => "nothing to update" };
            _stdout.WriteLine($"Rebuilt{what}: {result.Site.Changed.Length} file(s) changed, {action}, {watch.ElapsedMilliseconds} ms");
        }

        Rebuilt?.Invoke(new Rebuild(result, message, changed, watch.ElapsedMilliseconds));
        return Task.CompletedTask;
    }

    /// <summary>Records the build, tells open pages what to do, and returns what they were told.</summary>
    private LiveEvent Settle(BuildResult result, IReadOnlyCollection<string> changedInputs)
    {
        _last = result;
        var failed = SiteBuild.Failed(result, _options);
        LiveEvent message;
        if (failed)
        {
            message = new LiveEvent.Errors([.. result.Diagnostics
                .Where(d => d.Severity == Severity.Error || (_options.Strict && d.Severity == Severity.Warning))
                .Select(d => new OverlayDiagnostic(AuthorReport.Location(d.File, d.Line, _display), d.Severity.ToString().ToLowerInvariant(), d.Code, d.Message))]);
        }
        else if (result.Site.Changed.IsEmpty)
        {
            message = new LiveEvent.Ok();
        }
        else if (StylesheetsOnly(changedInputs, result.Site.Changed))
        {
            var basePath = result.Site.Options.BasePath;
            message = new LiveEvent.Css([.. result.Site.Outputs.Where(o => o.Path.EndsWith(".css", StringComparison.OrdinalIgnoreCase)).Select(o => basePath + o.Path)]);
        }
        else
        {
            message = new LiveEvent.Reload();
        }

        if (!(message is LiveEvent.Ok && !_lastFailed))
        {
            _server?.Notify(message);
        }

        _lastFailed = failed;
        return message;
    }

    /// <summary>
    /// A stylesheet-only change: every input that changed is a .css file, and the output changed only in stylesheets and in
    /// the HTML that links them (a fingerprinted name changes every page's link).
    /// </summary>
    private static bool StylesheetsOnly(IReadOnlyCollection<string> changedInputs, IReadOnlyCollection<string> changedOutputs)
    {
        // Compressed copies (page.html.gz) change with their originals.
        var outputs = changedOutputs.Select(p => p.EndsWith(".gz", StringComparison.Ordinal) ? p[..^3] : p).ToList();
        return changedInputs.Where(p => !Directory.Exists(p)).ToList() is { Count: > 0 } files &&
               files.All(p => p.EndsWith(".css", StringComparison.OrdinalIgnoreCase)) &&
               outputs.Any(p => p.EndsWith(".css", StringComparison.OrdinalIgnoreCase)) &&
               outputs.All(p => p.EndsWith(".css", StringComparison.OrdinalIgnoreCase) || p.EndsWith(".html", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A rebuild that threw after its build (reporting, notifying pages): said once, and the session carries on.</summary>
    private void ReportFailure(Exception ex) =>
        _stderr.WriteLine(Diagnostic.Error(DiagnosticCodes.InternalError, $"internal error during a rebuild (the preview carries on with the next change): {ex.GetType().Name}: {ex.Message}").Format());

    private string? Report() => _last is null ? null : AuthorReport.Html(_last, _display);
}
