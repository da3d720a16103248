using System.Diagnostics;
using Limber.Tests.Testing;

namespace Limber.Tests.Cli;

/// <summary>
/// The repository's <c>./limber</c> launcher (the README's first command), run from a copy in a temporary folder with a
/// stand-in for <c>dotnet</c> (LIMBER_DOTNET): it says it is compiling before it compiles, compiles only when a source
/// changed, passes arguments and exit codes through, and shows the compiler's output when compiling fails.
/// </summary>
public class LauncherTests
{
    // The stand-in: "build …" writes the dll (or fails when FAIL_BUILD is set) and logs it; "<dll> args…" logs the
    // arguments and exits with RUN_EXIT.
    private const string FakeDotnet = """
        #!/usr/bin/env bash
        here="$(cd "$(dirname "$0")" && pwd)"
        if [ "$1" = build ]; then
          echo "build $*" >> "$here/calls.log"
          if [ -n "${FAIL_BUILD:-}" ]; then echo "src/Cli/Program.cs(1,1): error CS1002: ; expected"; exit 1; fi
          mkdir -p "$here/repo/src/Cli/bin/Release/net10.0" && echo dll > "$here/repo/src/Cli/bin/Release/net10.0/limber.dll"
          exit 0
        fi
        shift
        echo "run $*" >> "$here/calls.log"
        exit "${RUN_EXIT:-0}"
        """;

    [Fact]
    public void SaysItIsCompilingOnFirstUseThenStartsAtOnceAndPassesExitCodesThrough()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var temp = Setup();

        var first = Run(temp, ["build", "--output", "my site"], ("RUN_EXIT", "1"));
        Assert.Equal(1, first.ExitCode);
        Assert.StartsWith("Compiling Limber (first run", first.Stderr);
        var calls = Calls(temp);
        Assert.Equal(2, calls.Length);
        Assert.StartsWith("build build ", calls[0]);
        Assert.Contains("-c Release", calls[0]);
        Assert.Equal("run build --output my site", calls[1]);

        File.Delete(temp.Combine("calls.log"));
        var second = Run(temp, ["--help"], ("RUN_EXIT", "2"));
        Assert.Equal(2, second.ExitCode);
        Assert.DoesNotContain("Compiling", second.Stderr);
        Assert.Equal(["run --help"], Calls(temp));

        // An edited source file makes the next run compile again, and say why.
        File.Delete(temp.Combine("calls.log"));
        var source = temp.Combine("repo", "src", "Cli", "Program.cs");
        File.SetLastWriteTimeUtc(source, DateTime.UtcNow.AddMinutes(1));
        var third = Run(temp, ["build"]);
        Assert.Equal(0, third.ExitCode);
        Assert.StartsWith("Compiling Limber (sources changed", third.Stderr);
        Assert.Equal(2, Calls(temp).Length);
    }

    [Fact]
    public void AFailedCompileShowsTheCompilerOutputAndExitsWith1WithoutRunning()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var temp = Setup();
        var result = Run(temp, ["build"], ("FAIL_BUILD", "1"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error CS1002", result.Stderr);
        Assert.Contains("compiling failed", result.Stderr);
        Assert.DoesNotContain(Calls(temp), c => c.StartsWith("run", StringComparison.Ordinal));
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static TempDirectory Setup()
    {
        var temp = new TempDirectory();
        Directory.CreateDirectory(temp.Combine("repo"));
        File.Copy(Repo.PathTo("limber"), temp.Combine("repo", "limber"));
        temp.Write("repo/src/Cli/Program.cs", "// a source file\n");
        temp.Write("repo/theme/layouts/base.liquid", "<html></html>\n");
        temp.Write("dotnet", FakeDotnet.Replace("\r\n", "\n") + "\n");
        File.SetUnixFileMode(temp.Combine("dotnet"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.SetUnixFileMode(temp.Combine("repo", "limber"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var old = DateTime.UtcNow.AddMinutes(-10);
        File.SetLastWriteTimeUtc(temp.Combine("repo", "src", "Cli", "Program.cs"), old);
        File.SetLastWriteTimeUtc(temp.Combine("repo", "theme", "layouts", "base.liquid"), old);
        return temp;
    }

    private static string[] Calls(TempDirectory temp) =>
        File.Exists(temp.Combine("calls.log")) ? File.ReadAllLines(temp.Combine("calls.log")) : [];

    private static (int ExitCode, string Stderr) Run(TempDirectory temp, string[] args, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo(temp.Combine("repo", "limber")) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["LIMBER_DOTNET"] = temp.Combine("dotnet");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(30_000), "the launcher did not finish");
        return (process.ExitCode, stderr.Result);
    }
}
