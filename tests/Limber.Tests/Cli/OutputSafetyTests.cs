using Limber.Tests.Testing;
using Limber.Write;

namespace Limber.Tests.Cli;

/// <summary>
/// The command line as an operator uses it, with dangerous settings: Limber refuses (exit 2, one line and a usage
/// line) before reading or writing anything, never writes outside the output folder, and never reads through a link
/// out of the input folder. Temporary folders only; links point inside them.
/// </summary>
public class OutputSafetyTests
{
    private static TempDirectory Site()
    {
        var temp = new TempDirectory();
        temp.Write("in/content/index.md", "---\ntitle: Home\n---\nHello.\n");
        temp.Write("in/content/about.md", "---\ntitle: About\n---\nAbout us.\n");
        return temp;
    }

    private static Testing.Cli.Run Build(TempDirectory temp, params string[] args) =>
        Testing.Cli.Invoke(["build", "--input", temp.Combine("in"), "--no-cache", "--search-index", "builtin", .. args]);

    private static void AssertRefused(Testing.Cli.Run run, string why)
    {
        Assert.Equal(2, run.ExitCode);
        var lines = run.Stderr.Trim().Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("error: ", lines[0]);
        Assert.Contains(why, lines[0]);
        Assert.StartsWith("Usage: limber build", lines[1]);
        Assert.DoesNotContain("   at ", run.Stderr);
    }

    private static Dictionary<string, string> Files(string directory) =>
        Directory.GetFiles(directory, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText);

    [Fact]
    public void OutputEqualToTheInputIsRefusedAndTheInputIsUntouched()
    {
        using var temp = Site();
        var before = Files(temp.Combine("in"));

        AssertRefused(Build(temp, "--output", temp.Combine("in")), "is the input folder");
        Assert.Equal(before, Files(temp.Combine("in")));
    }

    [Fact]
    public void OutputDotInARepositoryIsRefusedAndNothingIsDeleted()
    {
        // As `--output .` run from a repository: the folder holds the input, .git, src/ and a README.
        using var temp = Site();
        temp.Write(".git/HEAD", "ref: refs/heads/main\n");
        temp.Write("src/Program.cs", "// code\n");
        temp.Write("README.md", "# Readme\n");
        var before = Files(temp.Path);

        AssertRefused(Build(temp, "--output", temp.Path), "contains the input folder");
        Assert.Equal(before, Files(temp.Path));
    }

    [Fact]
    public void OutputInsideTheInputIsRefused()
    {
        using var temp = Site();
        AssertRefused(Build(temp, "--output", temp.Combine("in", "site")), "inside the input folder");
        Assert.False(Directory.Exists(temp.Combine("in", "site")));
    }

    [Fact]
    public void ANonEmptyFolderNotWrittenByLimberIsRefusedAndAMarkedOneIsUpdated()
    {
        using var temp = Site();
        temp.Write("mine/notes.txt", "mine");
        AssertRefused(Build(temp, "--output", temp.Combine("mine")), "not written by Limber");
        Assert.Equal(["notes.txt"], Directory.GetFiles(temp.Combine("mine")).Select(Path.GetFileName));

        Assert.Equal(0, Build(temp, "--output", temp.Combine("out")).ExitCode);
        Assert.True(File.Exists(temp.Combine("out", OutputFolder.MarkerName)));
        Assert.Equal(0, Build(temp, "--output", temp.Combine("out")).ExitCode);
    }

    [Theory]
    [InlineData("--report")]
    [InlineData("--sarif")]
    public void AReportPointingIntoTheInputIsRefusedAndTheFileKept(string option)
    {
        using var temp = Site();
        var page = temp.Combine("in", "content", "about.md");
        var before = File.ReadAllText(page);

        AssertRefused(Build(temp, "--output", temp.Combine("out"), option, page), "inside the input folder");
        Assert.Equal(before, File.ReadAllText(page));
        Assert.False(Directory.Exists(temp.Combine("out")));
    }

    [Theory]
    [InlineData("slug: ../index", "'..'")]
    [InlineData("slug: ../../../escaped", "'..'")]
    [InlineData("redirectFrom: [/../../../x/]", "'..'")]
    [InlineData("redirectFrom: [\"/a/\\n/b/\"]", "control character")]
    public void DestinationsLeadingOutOfTheOutputAreErrorsAtTheFrontMatterLine(string field, string why)
    {
        using var temp = Site();
        temp.Write("in/content/escape.md", $"---\ntitle: Escape\n{field}\n---\nText.\n");

        var run = Build(temp, "--output", temp.Combine("site", "out"));

        Assert.Equal(1, run.ExitCode);
        var error = Assert.Single(run.Stderr.Split('\n'), l => l.Contains("error LMB1012"));
        Assert.Contains("content/escape.md(3,", error.Replace('\\', '/'));
        Assert.Contains(why, error);
        Assert.Equal(["in"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
        Assert.False(Directory.Exists(temp.Combine("site", "out")));
        Assert.DoesNotContain(Directory.GetFiles(temp.Path, "*.html", SearchOption.AllDirectories), f => !f.StartsWith(temp.Combine("in"), StringComparison.Ordinal));
    }

    [Fact]
    public void AnAbsoluteSlugIsAnAddressFromTheSitesRoot()
    {
        using var temp = Site();
        temp.Write("in/content/guide.md", "---\ntitle: Guide\nslug: /docs/guide/\n---\nText.\n");

        Assert.Equal(0, Build(temp, "--output", temp.Combine("out")).ExitCode);
        Assert.True(File.Exists(temp.Combine("out", "docs", "guide", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(Path.GetPathRoot(temp.Path)!, "docs", "guide")) && File.Exists(Path.Combine(Path.GetPathRoot(temp.Path)!, "docs", "guide", "index.html")));
    }

    [Fact]
    public void LinksOutOfTheInputAreNotFollowedAndLinksInsideItAre()
    {
        using var temp = Site();
        var secret = temp.Write("private/secret.txt", "A secret passage from outside the input.\n");
        temp.Write("private/folder/key.txt", "key");
        temp.Write("in/sources/shared.txt", "A passage shared inside the input.\n");
        Directory.CreateDirectory(temp.Combine("in", "static"));
        File.CreateSymbolicLink(temp.Combine("in", "sources", "leak.txt"), secret);
        Directory.CreateSymbolicLink(temp.Combine("in", "static", "leak"), temp.Combine("private", "folder"));
        File.CreateSymbolicLink(temp.Combine("in", "static", "copy.txt"), temp.Combine("in", "sources", "shared.txt"));

        var run = Build(temp, "--output", temp.Combine("out"));

        Assert.Equal(0, run.ExitCode);
        var stderr = run.Stderr.Replace('\\', '/');
        Assert.Contains("sources/leak.txt: warning LMB1005: symbolic link leads out of the input folder", stderr);
        Assert.Contains("static/leak: warning LMB1005", stderr);
        Assert.DoesNotContain("static/copy.txt", stderr);
        Assert.False(Directory.Exists(temp.Combine("out", "leak")));
        Assert.True(File.Exists(temp.Combine("out", "copy.txt")));
        Assert.DoesNotContain(Directory.GetFiles(temp.Combine("out"), "*", SearchOption.AllDirectories), f => File.ReadAllText(f).Contains("secret passage", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--port", "99999", "not a TCP port")]
    [InlineData("--port", "-1", "not a TCP port")]
    [InlineData("--base-url", "javascript:alert(1)", "--base-url")]
    [InlineData("--base-url", "https://example.org/a b/", "--base-url")]
    [InlineData("--base-url", "//evil.example/", "--base-url")]
    public void PreviewOptionsAreValidatedWithAUsageLine(string option, string value, string why)
    {
        using var temp = Site();
        var run = Testing.Cli.Invoke("preview", "--input", temp.Combine("in"), "--output", temp.Combine("out"), option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(why, run.Stderr);
        Assert.Contains("Usage: limber preview", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
    }

    [Theory]
    [InlineData("ftp://example.org/", false)]
    [InlineData("https://example.org/docs/?x=1", false)]
    [InlineData("https://example.org/docs/", true)]
    [InlineData("/docs/", true)]
    public void BuildValidatesTheBaseUrl(string baseUrl, bool fine)
    {
        using var temp = Site();
        var run = Build(temp, "--output", temp.Combine("out"), "--base-url", baseUrl);
        Assert.Equal(fine ? 0 : 2, run.ExitCode);
    }
}
