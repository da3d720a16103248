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
    public void ALiquidSyntaxErrorIsOneLocatedErrorNotBuriedUnderTheLinksItBreaks()
    {
        using var temp = new TempDirectory();
        temp.Write("in/content/index.md", "# Home\n\nSee [about](about.md).\n");
        temp.Write("in/content/about.md", "# About\n\nBack [home](index.md).\n");
        foreach (var i in Enumerable.Range(0, 20))
        {
            temp.Write($"in/content/p{i}.md", $"# Page {i}\n\n[Home](index.md), [about](about.md).\n");
        }

        temp.Write("in/theme/layouts/page.liquid", "<h1>{{ page.title }}</h1>\n{% if page.title %}\n<p>never closed</p>\n");

        var run = Build(temp);

        Assert.Equal(1, run.ExitCode);
        var errors = run.Stderr.Replace('\\', '/').Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal)).ToList();
        var error = Assert.Single(errors);
        Assert.Matches(@"in/theme/layouts/page\.liquid\(\d+,\d+\): error LMB5001: template syntax error: .*endif.*expected$", error.TrimEnd('\r'));
        Assert.DoesNotContain("LMB4040", run.Stderr);
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

    [Fact]
    public void ANewlineInAFileNameDoesNotSplitTheDiagnosticLine()
    {
        using var temp = new TempDirectory();
        temp.Write("in/content/index.md", "# Home\n");
        temp.Write("in/content/two\nlines.md", "---\ntitle: [broken\n---\nBody\n");

        var run = Build(temp);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Stderr.Split('\n'), l => l.Contains("LMB1010"));
        Assert.Contains("content/two\\nlines.md(", line.Replace('\\', '/').Replace("two/nlines", "two\\nlines"));
    }

    [Theory]
    [InlineData("{% for i in (1..1000000000) %}x{% endfor %}", "LMB5006", 3)]
    [InlineData("{% for i in (1..1500000) %}aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa{% endfor %}", "LMB5006", 3)]
    [InlineData("{% for i in (1..4000000) %}{% for j in (1..2) %}x{% endfor %}{% endfor %}", "LMB5006", 3)]
    [InlineData("{{ 10 | divided_by: 0 }}", "LMB5005", 3)]
    [InlineData("{{ page.title | modulo: 0 }}", "LMB5005", 3)]
    public void RunawayOrFailingTemplatesAreLocatedErrorsAndTheLastGoodSiteStays(string body, string code, int line)
    {
        using var temp = new TempDirectory();
        temp.Write("in/content/index.md", "# Home\n");
        temp.Write("in/content/about.md", "# About\n");
        Assert.Equal(0, Build(temp).ExitCode);
        var lastGood = File.ReadAllText(temp.Combine("out", "about", "index.html"));
        temp.Write("in/theme/layouts/page.liquid", $"<h1>{{{{ page.title }}}}</h1>\n<p>x</p>\n{body}\n");
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var run = Build(temp);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"took {watch.Elapsed}");
        Assert.Equal(1, run.ExitCode);
        Assert.Matches($@"in/theme/layouts/page\.liquid\({line},\d+\): error {code}: ", run.Stderr.Replace('\\', '/'));
        Assert.DoesNotContain("LMB9000", run.Stderr);
        Assert.Equal(lastGood, File.ReadAllText(temp.Combine("out", "about", "index.html")));
        AssertNoStackTrace(run);
    }

    [Fact]
    public void NumbersInTheReportAreTheSameUnderAGermanOrTurkishLocale()
    {
        using var temp = new TempDirectory();
        temp.Write("in/content/index.md", "# Home\n");
        temp.Write("in/sources/big.txt", string.Concat(Enumerable.Range(0, 1200).Select(i => $"Passage number {i} about the hip.\n")));
        var reports = new List<string>();
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            foreach (var culture in new[] { "de-DE", "tr-TR", "en-US" })
            {
                System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.DefaultThreadCurrentCulture = new System.Globalization.CultureInfo(culture);
                var report = temp.Combine($"report-{culture}.json");
                Testing.Cli.Invoke("build", "--input", temp.Combine("in"), "--output", temp.Combine("out-" + culture), "--no-cache", "--report", report);
                reports.Add(System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(report), "\"[a-zA-Z]*(Ms|Mb|ms|mb)\": *[0-9.]+", "").Replace(culture, ""));
            }
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
            System.Globalization.CultureInfo.DefaultThreadCurrentCulture = null;
        }

        Assert.DoesNotContain("1,2", reports[0]);
        Assert.DoesNotContain("1.2", reports[0]);
        Assert.Equal(reports[2], reports[0]);
        Assert.Equal(reports[2], reports[1]);
    }
}
