using Limber.Tests.Testing;

namespace Limber.Tests.Cli;

/// <summary>Each kind of bad input gets a diagnostic naming the file (and line), exit code 1, and never a stack trace.</summary>
public class BadInputTests
{
    private static Testing.Cli.Run Build(TempDirectory temp, string input = "in") =>
        Testing.Cli.Invoke("build", "--input", temp.Combine(input), "--output", temp.Combine("out"));

    private static void AssertNoStackTrace(Testing.Cli.Run run)
    {
        Assert.DoesNotContain("   at ", run.Stdout + run.Stderr);
        Assert.DoesNotContain("Exception", run.Stdout + run.Stderr);
    }

    [Fact]
    public void BrokenYamlNamesFileAndLineAndOtherProblemsAreStillReported()
    {
        using var temp = new TempDirectory();
        temp.Write("in/content/one.md", "---\ntitle: One\ntags: [a, b\n---\nBody\n");
        temp.Write("in/sources/latin1.txt", [0x63, 0x61, 0x66, 0xE9, 0x0A]);

        var run = Build(temp);

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"content/one\.md\(\d+,\d+\): error LMB1010", run.Stderr.Replace('\\', '/'));
        Assert.Matches(@"sources/latin1\.txt\(1,4\): error LMB1004: file is not valid UTF-8", run.Stderr.Replace('\\', '/'));
        AssertNoStackTrace(run);
    }

    [Fact]
    public void AFiftyMegabyteSourceFileIsRefusedByName()
    {
        using var temp = new TempDirectory();
        temp.Write("in/sources/ok.txt", "A fine passage.\n");
        var huge = temp.Combine("in", "sources", "huge.txt");
        using (var stream = File.Create(huge))
        {
            stream.SetLength(50L * 1024 * 1024);
        }

        var run = Build(temp);

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"sources/huge\.txt: error LMB1003: file is 50\.0 MB, over the 16 MB limit", run.Stderr.Replace('\\', '/'));
        AssertNoStackTrace(run);
    }

    [Fact]
    public void MissingInputFolderIsOneClearLine()
    {
        using var temp = new TempDirectory();

        var run = Build(temp, "nope");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error LMB1001: input folder", run.Stderr);
        Assert.Single(run.Stderr.Trim().Split('\n'));
        AssertNoStackTrace(run);
    }

    [Fact]
    public void EmptyInputFolderIsOneClearLine()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.Combine("in"));

        var run = Build(temp);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error LMB1002", run.Stderr);
        Assert.False(Directory.Exists(temp.Combine("out")));
    }

    [Fact]
    public void UnwritableOutputFolderIsOneClearLine()
    {
        using var temp = new TempDirectory();
        temp.Write("in/sources/a.txt", "text\n");
        var blocker = temp.Write("blocker", "a file, not a folder");

        var run = Testing.Cli.Invoke("build", "--input", temp.Combine("in"), "--output", Path.Combine(blocker, "site"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error LMB6001: cannot write output folder", run.Stderr);
        AssertNoStackTrace(run);
    }

    [Fact]
    public void TemplateWithUnknownVariableNamesTheTemplateLineAndKeepsTheLastGoodSite()
    {
        using var temp = new TempDirectory();
        temp.Write("in/sources/a.txt", "text\n");
        Assert.Equal(0, Build(temp).ExitCode);
        var lastGood = File.ReadAllText(temp.Combine("out", "index.html"));
        temp.Write("in/theme/layouts/page.liquid", "<h1>{{ page.title }}</h1>\n{{ page.summary }}\n");

        var run = Build(temp);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("in/theme/layouts/page.liquid(2,4): error LMB5002: unknown variable 'page.summary'", run.Stderr.Replace('\\', '/'));
        Assert.Equal(lastGood, File.ReadAllText(temp.Combine("out", "index.html")));
        AssertNoStackTrace(run);
    }

    [Fact]
    public void YamlNestedFiftyThousandLevelsDeepIsALocatedErrorInEveryReader()
    {
        using var temp = new TempDirectory();
        var deep = new string('[', 50_000) + new string(']', 50_000);
        temp.Write("in/sources/a.txt", "A passage about hips.\n");
        temp.Write("in/content/deep.md", $"---\ntitle: Deep\ntags: {deep}\n---\nBody\n");
        temp.Write("in/references.yml", $"- id: a\n  title: {deep}\n");
        temp.Write("in/glossary.yml", $"- term: a\n  aliases: {deep}\n");
        temp.Write("in/exercises/bridge.yml", $"steps: {deep}\n");

        var run = Build(temp);

        Assert.Equal(1, run.ExitCode);
        var stderr = run.Stderr.Replace('\\', '/');
        Assert.Matches(@"content/deep\.md\(3,\d+\): error LMB1010: front matter is not valid YAML: nested more than 100 levels deep", stderr);
        Assert.Matches(@"references\.yml\(2,\d+\): error LMB\d+: bibliography is not valid CSL-YAML/JSON: nested more than 100", stderr);
        Assert.Matches(@"glossary\.yml\(2,\d+\): error LMB\d+: glossary is not valid YAML: nested more than 100", stderr);
        Assert.Matches(@"exercises/bridge\.yml\(1,\d+\): error LMB\d+: exercise sidecar is not valid YAML: nested more than 100", stderr);
        Assert.DoesNotContain("LMB9000", stderr);
        AssertNoStackTrace(run);
    }
}
