using System.CommandLine;
using Limber.Cli.Commands;

namespace Limber.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        ProcessSettings.Apply();
        return Run(args, Console.Out, Console.Error);
    }

    /// <summary>Runs the CLI with the given writers (tests pass their own). Exit codes: 0 ok, 1 build failed, 2 usage error.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        // Every number Limber writes (messages, the JSON report, SARIF) reads the same under every locale: 1000, not 1,000 or 1.000.
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
        System.Globalization.CultureInfo.DefaultThreadCurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
        var root = new RootCommand("Limber: a static site generator that turns raw source passages and Markdown into a checked reference site.")
        {
            BuildCommand.Create(stdout, stderr),
            ExtractCommand.Create(stdout, stderr),
            PreviewCommand.Create(stdout, stderr),
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine($"error: {error.Message}");
            }

            stderr.WriteLine("Run 'limber --help' for usage.");
            return 2;
        }

        // No process-termination handling by System.CommandLine: its handler holds Ctrl+C up to two seconds after the command
        // has finished. `preview` handles Ctrl+C itself; the other commands stop at once, as any program does.
        return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });
    }
}
