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
        var input = new Option<string>("--input", "-i") { Description = "Input folder", DefaultValueFactory = _ => "input", HelpName = "DIR" };
        var output = new Option<string>("--output", "-o") { Description = "Output folder the server serves", DefaultValueFactory = _ => "output", HelpName = "DIR" };
        var port = new Option<int>("--port", "-p") { Description = "TCP port (0 picks a free one)", DefaultValueFactory = _ => 5080, HelpName = "PORT" };
        var host = new Option<string>("--host") { Description = "Address to listen on (loopback by default)", DefaultValueFactory = _ => "127.0.0.1", HelpName = "ADDRESS" };
        var baseUrl = new Option<string?>("--base-url") { Description = "Use URL instead of site.yml's baseUrl", HelpName = "URL" };
        var strict = new Option<bool>("--strict") { Description = "Treat warnings as errors" };
        var noWatch = new Option<bool>("--no-watch") { Description = "Serve without watching the input for changes" };
        var command = new Command("preview", "Build the site, serve it on 127.0.0.1, and rebuild and update the browser on every change.")
        {
            input, output, port, host, baseUrl, strict, noWatch,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new BuildOptions
            {
                InputDirectory = parse.GetValue(input)!,
                OutputDirectory = parse.GetValue(output)!,
                BaseUrl = parse.GetValue(baseUrl),
                Strict = parse.GetValue(strict),
                KeepSearchIndex = true,
            };
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

            // Shutting down gets a quarter of a second: a rebuild still running or a slow client must not hold the exit.
            await Task.WhenAny(session.DisposeAsync().AsTask(), Task.Delay(250, CancellationToken.None));
            stdout.WriteLine("Stopped.");
            return 0;
        });
        return command;
    }
}
