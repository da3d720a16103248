using System.Text.Json;
using Limber.Tests.Testing;

namespace Limber.Tests.Cli;

public class BuildCommandTests
{
    private static string MinimalInput(TempDirectory temp)
    {
        temp.Write("in/sources/notes.txt", "First passage about the hips.\n\nSecond passage about the back.\n");
        return temp.Combine("in");
    }

    [Fact]
    public void SucceedsWithExitCodeZeroAndPrintsOneSummaryLine()
    {
        using var temp = new TempDirectory();

        var run = Testing.Cli.Invoke("build", "--input", MinimalInput(temp), "--output", temp.Combine("out"));

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"Built \d+ pages \(\d+ files\) into .*: 0 error\(s\), 0 warning\(s\), \d+ ms", run.Stdout);
        Assert.Equal("", run.Stderr);
        Assert.True(File.Exists(temp.Combine("out", "index.html")));
    }

    [Fact]
    public void PagefindThatCannotRunIsOneWarningTheSiteStillBuildsAndTheReportSaysWhichSearchItHas()
    {
        using var temp = new TempDirectory();
        Assert.False(File.Exists("package.json"), "the test runs where no package.json names pagefind");

        var run = Testing.Cli.Invoke("build", "-i", MinimalInput(temp), "-o", temp.Combine("out"), "--search-index", "pagefind", "--report", temp.Combine("r.json"));

        Assert.Equal(0, run.ExitCode);
        var warning = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("warning LMB6010: search indexing skipped", warning);
        Assert.Matches(@"Built \d+ pages .*0 error\(s\), 1 warning\(s\)", run.Stdout);
        Assert.Contains("Search: Pagefind skipped (LMB6010); the built-in index is used", run.Stdout);
        Assert.True(File.Exists(temp.Combine("out", "search-index", "meta.json")));
        using var report = System.Text.Json.JsonDocument.Parse(File.ReadAllText(temp.Combine("r.json")));
        Assert.Equal("builtin", report.RootElement.GetProperty("search").GetProperty("engine").GetString());
    }

    [Fact]
    public void VerboseAddsPerStageTimings()
    {
        using var temp = new TempDirectory();

        var run = Testing.Cli.Invoke("build", "-i", MinimalInput(temp), "-o", temp.Combine("out"), "-v");

        Assert.Matches(@"(?m)^\s+ingest\s+\d+ ms\s+cpu\s+\d+ ms\s+pages 0 -> \d+", run.Stdout);
        Assert.Matches(@"(?m)^\s+write\s+\d+ ms", run.Stdout);
        Assert.Matches(@"(?m)^\s+gc: \d+ collections .* ms paused, \d+ MB allocated; last gen 2: heap \d+ MB, committed \d+ MB", run.Stdout);
    }

    [Fact]
    public void ReportHasTheDocumentedSchema()
    {
        using var temp = new TempDirectory();
        var input = MinimalInput(temp);
        temp.Write("in/content/bad.md", "---\ntitle: [oops\n---\n");
        var report = temp.Combine("report.json");

        var run = Testing.Cli.Invoke("build", "--input", input, "--output", temp.Combine("out"), "--report", report);

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        var d = json.RootElement.GetProperty("diagnostics").EnumerateArray().Single(e => e.GetProperty("code").GetString() == "LMB1010");
        Assert.Equal("LMB1010", d.GetProperty("code").GetString());
        Assert.Equal("error", d.GetProperty("severity").GetString());
        Assert.EndsWith("content/bad.md", d.GetProperty("file").GetString());
        Assert.Equal(2, d.GetProperty("line").GetInt32());
        Assert.True(d.GetProperty("column").GetInt32() > 0);
        Assert.False(string.IsNullOrEmpty(d.GetProperty("message").GetString()));
        var stage = json.RootElement.GetProperty("stages")[0];
        Assert.Equal("ingest", stage.GetProperty("name").GetString());
        foreach (var key in new[] { "ms", "pagesIn", "pagesOut" })
        {
            Assert.Equal(JsonValueKind.Number, stage.GetProperty(key).ValueKind);
        }

        var pages = json.RootElement.GetProperty("pages");
        Assert.Contains(pages.EnumerateArray(), p => p.GetProperty("destination").GetString() == "sources/notes/index.html");
        var passage = json.RootElement.GetProperty("passages")[1];
        Assert.Equal(3, passage.GetProperty("line").GetInt32());
        Assert.Equal("kept", passage.GetProperty("status").GetString());
    }

    [Fact]
    public void WarningsFailTheBuildOnlyWithStrict()
    {
        using var temp = new TempDirectory();
        var input = MinimalInput(temp);
        temp.Write("in/content/page.md", "---\ntitle: P\nauthor: someone\n---\nText.\n");

        var relaxed = Testing.Cli.Invoke("build", "--input", input, "--output", temp.Combine("out"));
        var strict = Testing.Cli.Invoke("build", "--input", input, "--output", temp.Combine("out"), "--strict");

        Assert.Equal(0, relaxed.ExitCode);
        Assert.Contains("warning LMB1011", relaxed.Stderr);
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("--strict", strict.Stdout);
    }

    [Fact]
    public void DiagnosticsArePrintedLikeACompiler()
    {
        using var temp = new TempDirectory();
        var input = MinimalInput(temp);
        temp.Write("in/content/a.md", "---\ntitle: A\n  bad: indent\n---\n");

        var run = Testing.Cli.Invoke("build", "--input", input, "--output", temp.Combine("out"));

        Assert.Matches(@"(?m)^.*in/content/a\.md\(\d+,\d+\): error LMB1010: .+$", run.Stderr.Replace('\\', '/'));
    }

    [Theory]
    [InlineData("build", "--no-such-option")]
    [InlineData("build", "--verbosity", "loud")]
    [InlineData("frobnicate")]
    public void UsageErrorsExitWithTwo(params string[] args)
    {
        var run = Testing.Cli.Invoke(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error:", run.Stderr);
    }

    [Fact]
    public void VersionAndHelpWork()
    {
        var version = Testing.Cli.Invoke("--version");
        var help = Testing.Cli.Invoke("build", "--help");

        Assert.Equal(0, version.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", version.Stdout.Trim());
        Assert.Equal(0, help.ExitCode);
        foreach (var option in new[] { "--input", "--output", "--report", "--strict", "--clean", "--verbosity" })
        {
            Assert.Contains(option, help.Stdout);
        }
    }
}
