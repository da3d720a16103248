using System.CommandLine;
using System.Net;
using Limber.Diagnostics;
using Limber.Options;
using Limber.Preview;

namespace Limber.Cli.Commands;

/// <summary><c>limber preview</c>: build, serve with Kestrel on loopback, rebuild on every input change and update open pages.</summary>
public static class PreviewCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var shared = new SharedOptions();
        var port = new Option<int>("--port", "-p") { Description = "TCP port (0 picks a free one)", DefaultValueFactory = _ => 5080, HelpName = "PORT" };
        var host = new Option<string>("--host") { Description = "Address to listen on (loopback by default)", DefaultValueFactory = _ => "127.0.0.1", HelpName = "ADDRESS" };
        var noWatch = new Option<bool>("--no-watch") { Description = "Serve without watching the input for changes" };
        var command = new Command("preview", "Build the site, serve it on 127.0.0.1, and rebuild and update the browser on every change.");
        shared.AddTo(command);
        foreach (var option in new Option[] { port, host, noWatch })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = shared.Read(parse) with { KeepSearchIndex = true };
            var preview = new PreviewOptions { Host = parse.GetValue(host)!, Port = parse.GetValue(port), Watch = !parse.GetValue(noWatch) };
            if (preview.Host != "localhost" && !IPAddress.TryParse(preview.Host, out _))
            {
                return CommandLineChecks.Refuse(stderr, "preview", $"--host must be an IP address or 'localhost', not '{preview.Host}'");
            }

            if (preview.Port is < 0 or > 65535)
            {
                return CommandLineChecks.Refuse(stderr, "preview", $"--port {preview.Port} is not a TCP port: use 1-65535, or 0 for a free one");
            }

            if (CommandLineChecks.Problem(options.InputDirectory, options.OutputDirectory, options.BaseUrl) is { } problem)
            {
                return CommandLineChecks.Refuse(stderr, "preview", problem);
            }

            // Listening for Ctrl+C and SIGTERM starts before anything else, so a signal during the first build or just
            // after the "Serving" line stops the preview cleanly instead of killing it with the default action.
            using var stop = new StopSignal(cancellationToken);
            PreviewSession session;
            try
            {
                session = await PreviewSession.StartAsync(options, preview, stdout, stderr);
            }
            catch (PreviewPortException ex)
            {
                stderr.WriteLine(Diagnostic.Error(DiagnosticCodes.PreviewPortUnavailable, $"{ex.Message}; stop the other server or choose another port with --port").Format());
                return 1;
            }

            if (preview.Host != "localhost" && !IPAddress.IsLoopback(IPAddress.Parse(preview.Host)))
            {
                stderr.WriteLine($"warning: listening on {preview.Host}: other machines that can reach it can see the preview");
            }

            stdout.WriteLine($"Serving {session.Url} (Ctrl+C to stop){(preview.Watch ? $"; watching {options.InputDirectory}" : "")}; author report at {session.Url.TrimEnd('/')}{ScriptInjector.Prefix}");
            await stop.Stopped;

            // Shutting down gets a tenth of a second, on another thread: a rebuild still running (a page's template can
            // take a while to notice it was cancelled), a slow client or a busy machine must not hold the exit. What a
            // cut-short rebuild staged is all-or-nothing and its temporary files are removed by the next build.
            await Task.WhenAny(Task.Run(() => session.DisposeAsync().AsTask()), Task.Delay(100, CancellationToken.None));
            stdout.WriteLine("Stopped.");
            return 0;
        });
        return command;
    }
}
