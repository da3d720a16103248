using Limber.Cli;

namespace Limber.Tests.Testing;

/// <summary>Runs the limber CLI in-process, capturing what it prints.</summary>
public static class Cli
{
    public sealed record Run(int ExitCode, string Stdout, string Stderr);

    public static Run Invoke(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Program.Run(args, stdout, stderr);
        return new Run(code, stdout.ToString(), stderr.ToString());
    }
}
