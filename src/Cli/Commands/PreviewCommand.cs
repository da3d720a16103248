using System.CommandLine;
using Limber.Diagnostics;
using Limber.Options;
using Limber.Preview;

namespace Limber.Cli.Commands;

/// <summary><c>limber preview</c>: build, serve on 127.0.0.1, rebuild on every input change and reload open pages.</summary>
public static class PreviewCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = new Option<string>("--input", "-i") { Description = "Input folder", DefaultValueFactory = _ => "input", HelpName = "DIR" };
        var output = new Option<string>("--output", "-o") { Description = "Output folder the server serves", DefaultValueFactory = _ => "output", HelpName = "DIR" };
        var port = new Option<int>("--port", "-p") { Description = "Port on 127.0.0.1", DefaultValueFactory = _ => 5080, HelpName = "PORT" };
        var noWatch = new Option<bool>("--no-watch") { Description = "Serve without watching the input for changes" };
        var command = new Command("preview", "Build the site, serve it on 127.0.0.1, and rebuild and reload the browser on every change.")
        {
            input, output, port, noWatch,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new BuildOptions { InputDirectory = parse.GetValue(input)!, OutputDirectory = parse.GetValue(output)! };
            try
            {
                using var session = new PreviewSession(options, parse.GetValue(port), watch: !parse.GetValue(noWatch), stdout, stderr);
                stdout.WriteLine($"Serving {session.Url} (Ctrl+C to stop){(parse.GetValue(noWatch) ? "" : $"; watching {options.InputDirectory}")}");
                await Task.Delay(Timeout.Infinite, cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
                return 0;
            }
            catch (System.Net.HttpListenerException ex)
            {
                stderr.WriteLine(Diagnostic.Error(DiagnosticCodes.PreviewPortUnavailable, $"cannot listen on port {parse.GetValue(port)}: {ex.Message}; choose another with --port").Format());
                return 1;
            }
        });
        return command;
    }
}

/// <summary>One preview: an initial build, the server, and (optionally) a watcher that rebuilds and reloads.</summary>
public sealed class PreviewSession : IDisposable
{
    private readonly BuildOptions _options;
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;
    private readonly PreviewServer _server;
    private readonly InputWatcher? _watcher;
    private readonly Lock _building = new();

    public PreviewSession(BuildOptions options, int port, bool watch, TextWriter stdout, TextWriter stderr)
    {
        _options = options;
        _stdout = stdout;
        _stderr = stderr;
        Rebuild(initial: true);
        Directory.CreateDirectory(options.OutputDirectory);
        _server = new PreviewServer(options.OutputDirectory, port);
        if (watch)
        {
            _watcher = new InputWatcher([options.InputDirectory], TimeSpan.FromMilliseconds(300), () => Rebuild(initial: false));
        }
    }

    public string Url => _server.Url;

    /// <summary>Number of completed rebuilds after the first build (for tests and the console).</summary>
    public int Rebuilds { get; private set; }

    public void Dispose()
    {
        _watcher?.Dispose();
        _server.Dispose();
    }

    private void Rebuild(bool initial)
    {
        lock (_building)
        {
            var code = BuildCommand.Execute(_options, reportPath: null, Verbosity.Normal, _stdout, _stderr);
            if (initial)
            {
                return;
            }

            Rebuilds++;
            if (code == 0)
            {
                _server.Reload();
            }
            else
            {
                _stdout.WriteLine("Serving the last good build until the errors above are fixed.");
            }
        }
    }
}
