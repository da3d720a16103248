using System.Text.Json;
using Limber.Tests.Testing;

namespace Limber.Tests.Cli;

/// <summary><c>limber build</c> skips a rebuild whose inputs, options and output are unchanged (Incremental/UpToDateCheck).</summary>
public class UpToDateTests
{
    private static string Input(TempDirectory temp)
    {
        temp.Write("in/sources/notes.txt", "Up to 85% of adults have back pain at some point.\n\nLie on your back and bend your knees. Hold for five seconds.\n");
        temp.Write("in/content/about.md", "---\ntitle: About\n---\nA page about this site.\n");
        return temp.Combine("in");
    }

    private static Dictionary<string, DateTime> Stamps(string directory) =>
        Directory.GetFiles(directory, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);

    private static Testing.Cli.Run Build(TempDirectory temp, params string[] extra) =>
        Testing.Cli.Invoke(["build", "--input", temp.Combine("in"), "--output", temp.Combine("out"), .. extra]);

    [Fact]
    public void ASecondBuildWithNothingChangedIsSkippedWritesNothingAndRepeatsTheDiagnostics()
    {
        using var temp = new TempDirectory();
        Input(temp);
        var first = Build(temp);
        var before = Stamps(temp.Combine("out"));

        var second = Build(temp);

        Assert.Equal(0, second.ExitCode);
        Assert.DoesNotContain("up to date", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("(up to date: inputs unchanged since the last build, nothing written)", second.Stdout, StringComparison.Ordinal);
        Assert.Equal(first.Stderr, second.Stderr);
        Assert.Contains("LMB40", second.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, Stamps(temp.Combine("out")));
    }

    [Fact]
    public void AnEditedInputFileRunsTheWholeBuild()
    {
        using var temp = new TempDirectory();
        Input(temp);
        Build(temp);

        temp.Write("in/content/about.md", "---\ntitle: About\n---\nA page about this site, edited.\n");
        var second = Build(temp);

        Assert.DoesNotContain("up to date", second.Stdout, StringComparison.Ordinal);
        Assert.Contains("edited", File.ReadAllText(temp.Combine("out", "about", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void AnOutputFileChangedOrDeletedSinceTheLastBuildIsRestored()
    {
        using var temp = new TempDirectory();
        Input(temp);
        Build(temp);
        var page = temp.Combine("out", "about", "index.html");
        var good = File.ReadAllText(page);

        File.WriteAllText(page, "tampered");
        var afterEdit = Build(temp);
        File.Delete(page);
        var afterDelete = Build(temp);

        Assert.DoesNotContain("up to date", afterEdit.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("up to date", afterDelete.Stdout, StringComparison.Ordinal);
        Assert.Equal(good, File.ReadAllText(page));
    }

    [Fact]
    public void DifferentOptionsOrNoCacheRunTheWholeBuild()
    {
        using var temp = new TempDirectory();
        Input(temp);
        Build(temp);

        var strict = Build(temp, "--strict");
        var noCache = Build(temp, "--no-cache");

        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("Build failed (--strict", strict.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("up to date", noCache.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void AReplayedBuildWritesTheSameReportWithItsOwnTiming()
    {
        using var temp = new TempDirectory();
        Input(temp);
        Build(temp, "--report", temp.Combine("r1.json"));

        var second = Build(temp, "--report", temp.Combine("r2.json"));

        Assert.Contains("up to date", second.Stdout, StringComparison.Ordinal);
        using var first = JsonDocument.Parse(File.ReadAllText(temp.Combine("r1.json")));
        using var replay = JsonDocument.Parse(File.ReadAllText(temp.Combine("r2.json")));
        Assert.Equal(first.RootElement.GetProperty("diagnostics").GetRawText(), replay.RootElement.GetProperty("diagnostics").GetRawText());
        Assert.Equal(first.RootElement.GetProperty("pages").GetRawText(), replay.RootElement.GetProperty("pages").GetRawText());
        Assert.Equal("up-to-date", replay.RootElement.GetProperty("stages")[0].GetProperty("name").GetString());
    }

    [Fact]
    public void AReportWrittenInsideTheOutputFolderIsPartOfTheRecordedOutput()
    {
        // The output folder is listed for the record while the report is written, unless the report goes inside it.
        using var temp = new TempDirectory();
        Input(temp);
        Build(temp, "--report", temp.Combine("out", "build-report.json"));

        var second = Build(temp, "--report", temp.Combine("out", "build-report.json"));

        Assert.Equal(0, second.ExitCode);
        Assert.Contains("up to date", second.Stdout, StringComparison.Ordinal);
    }
}
