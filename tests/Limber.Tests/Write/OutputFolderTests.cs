using Limber.Diagnostics;
using Limber.Options;
using Limber.Pages;
using Limber.Pipeline;
using Limber.Tests.Testing;
using Limber.Write;

namespace Limber.Tests.Write;

/// <summary>
/// Which output folders Limber refuses, and that listing, sweeping, cleaning and writing never go through a symbolic
/// link. Every link here points at a folder made inside the test's own temporary folder.
/// </summary>
public class OutputFolderTests
{
    private static readonly Site TwoFiles = Site.Empty with
    {
        Outputs = [OutputFile.FromText("index.html", "home"), OutputFile.FromText("docs/index.html", "docs")],
    };

    private static StageContext Context(TempDirectory temp, string output = "out", bool clean = false, params Diagnostic[] reported) =>
        new(new BuildOptions { InputDirectory = temp.Combine("in"), OutputDirectory = temp.Combine(output), Clean = clean }) { Reported = [.. reported] };

    private static TempDirectory WithInput()
    {
        var temp = new TempDirectory();
        temp.Write("in/content/index.md", "# Home\n");
        return temp;
    }

    [Fact]
    public void TheInputFolderItselfIsRefused()
    {
        using var temp = WithInput();
        Assert.Contains("is the input folder", OutputFolder.Refusal(temp.Combine("in"), temp.Combine("in")));
    }

    [Fact]
    public void AFolderHoldingTheInputIsRefused()
    {
        using var temp = WithInput();
        Assert.Contains("contains the input folder", OutputFolder.Refusal(temp.Combine("in"), temp.Path));
    }

    [Fact]
    public void AFolderInsideTheInputIsRefused()
    {
        using var temp = WithInput();
        Assert.Contains("inside the input folder", OutputFolder.Refusal(temp.Combine("in"), temp.Combine("in", "site")));
    }

    [Fact]
    public void ALinkToTheInputFolderIsRecognisedAsTheInput()
    {
        using var temp = WithInput();
        Directory.CreateSymbolicLink(temp.Combine("alias"), temp.Combine("in"));
        Assert.Contains("is the input folder", OutputFolder.Refusal(temp.Combine("in"), temp.Combine("alias")));
    }

    [Fact]
    public void TheRootAndTheHomeFolderAreRefused()
    {
        using var temp = WithInput();
        Assert.Contains("root", OutputFolder.Refusal(temp.Combine("in"), Path.GetPathRoot(temp.Path)!));
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        Assert.Contains("home folder", OutputFolder.Refusal(temp.Combine("in"), home));
    }

    [Fact]
    public void ANonEmptyFolderNotWrittenByLimberIsRefusedAndKept()
    {
        using var temp = WithInput();
        temp.Write("out/notes.txt", "mine");

        var result = new WriteStage().Run(TwoFiles, Context(temp));

        Assert.Equal(DiagnosticCodes.OutputRefused, Assert.Single(result.Diagnostics).Code);
        Assert.Contains("touch", result.Diagnostics[0].Message);
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(temp.Combine("out")).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ANewOrEmptyFolderIsWrittenAndMarked(bool exists)
    {
        using var temp = WithInput();
        if (exists)
        {
            Directory.CreateDirectory(temp.Combine("out"));
        }

        Assert.Empty(new WriteStage().Run(TwoFiles, Context(temp)).Diagnostics);

        Assert.True(OutputFolder.IsMarked(temp.Combine("out")));
        Assert.Null(OutputFolder.Refusal(temp.Combine("in"), temp.Combine("out")));
    }

    [Fact]
    public void TheSweepNeverFollowsOrDeletesThroughALink()
    {
        using var temp = WithInput();
        Assert.Empty(new WriteStage().Run(TwoFiles, Context(temp)).Diagnostics);
        var precious = temp.Write("elsewhere/precious.txt", "keep me");
        temp.Write("elsewhere/sub/deep.txt", "keep me too");
        Directory.CreateSymbolicLink(temp.Combine("out", "linked-folder"), temp.Combine("elsewhere"));
        File.CreateSymbolicLink(temp.Combine("out", "linked-file.txt"), precious);

        Assert.Empty(new WriteStage().Run(TwoFiles, Context(temp)).Diagnostics);
        Assert.Empty(Streamed(TwoFiles with { Outputs = [TwoFiles.Outputs[0]] }, Context(temp)).Diagnostics);

        Assert.Equal("keep me", File.ReadAllText(precious));
        Assert.Equal("keep me too", File.ReadAllText(temp.Combine("elsewhere", "sub", "deep.txt")));
    }

    [Fact]
    public void NothingIsWrittenThroughALinkedFolderInTheOutput()
    {
        using var temp = WithInput();
        Assert.Empty(new WriteStage().Run(TwoFiles, Context(temp)).Diagnostics);
        Directory.Delete(temp.Combine("out", "docs"), recursive: true);
        Directory.CreateDirectory(temp.Combine("elsewhere"));
        Directory.CreateSymbolicLink(temp.Combine("out", "docs"), temp.Combine("elsewhere"));

        var result = new WriteStage().Run(TwoFiles with { Outputs = [OutputFile.FromText("index.html", "home 2"), OutputFile.FromText("docs/index.html", "docs")] }, Context(temp));

        Assert.Equal(DiagnosticCodes.OutputPathConflict, Assert.Single(result.Diagnostics).Code);
        Assert.Contains("symbolic link", result.Diagnostics[0].Message);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Combine("elsewhere")));
        Assert.Equal("home", File.ReadAllText(temp.Combine("out", "index.html"))); // all or nothing
    }

    [Fact]
    public void CleanDeletesOnlyAMarkedOutputAndNeverThroughLinks()
    {
        using var temp = WithInput();
        Assert.Empty(new WriteStage().Run(TwoFiles, Context(temp)).Diagnostics);
        var precious = temp.Write("elsewhere/precious.txt", "keep me");
        Directory.CreateSymbolicLink(temp.Combine("out", "linked"), temp.Combine("elsewhere"));
        temp.Write("mine/notes.txt", "mine");
        var failed = Diagnostic.Error("LMB1010", "broken");

        new WriteStage().Run(TwoFiles, Context(temp, clean: true, reported: failed));
        var unmarked = new WriteStage().Run(TwoFiles, Context(temp, output: "mine", clean: true, reported: failed));

        Assert.False(Directory.Exists(temp.Combine("out")));
        Assert.Equal("keep me", File.ReadAllText(precious));
        Assert.Equal("mine", File.ReadAllText(temp.Combine("mine", "notes.txt")));
        Assert.Contains("left 'mine' alone", Assert.Single(unmarked.Diagnostics).Message.Replace(temp.Path + Path.DirectorySeparatorChar, ""));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AConflictFoundAtTheEndLeavesThePreviousSiteByteIdentical(bool streamed)
    {
        using var temp = WithInput();
        var many = Enumerable.Range(0, 60).Select(i => OutputFile.FromText($"p{i}/index.html", $"v1 {i}")).ToList();
        Assert.Empty(new WriteStage().Run(Site.Empty with { Outputs = [.. many] }, Context(temp)).Diagnostics);
        var before = Snapshot(temp.Combine("out"));

        // Version 2 changes every page, and a static file lands on the same path as the last page.
        var next = Site.Empty with { Outputs = [.. many.Select(f => OutputFile.FromText(f.Path, "v2")), OutputFile.FromText("p59/index.html", "static")] };
        var result = streamed ? Streamed(next, Context(temp)) : new WriteStage().Run(next, Context(temp));

        Assert.Equal(DiagnosticCodes.OutputPathConflict, Assert.Single(result.Diagnostics).Code);
        Assert.Equal(before, Snapshot(temp.Combine("out")));
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path, "*tmp-*", SearchOption.AllDirectories));
    }

    [Fact]
    public void AFileAndAFolderOnOnePathIsAConflictBeforeAnythingIsWritten()
    {
        using var temp = WithInput();
        var result = new WriteStage().Run(Site.Empty with { Outputs = [OutputFile.FromText("about", "file"), OutputFile.FromText("about/index.html", "page")] }, Context(temp));

        Assert.Equal(DiagnosticCodes.OutputPathConflict, Assert.Single(result.Diagnostics).Code);
        Assert.False(Directory.Exists(temp.Combine("out")));
    }

    [Fact]
    public void ADestinationOutsideTheOutputIsRefusedAndNothingIsWritten()
    {
        using var temp = WithInput();
        var result = Streamed(Site.Empty with { Outputs = [OutputFile.FromText("index.html", "home"), OutputFile.FromText("../escaped.html", "x")] }, Context(temp));

        Assert.Equal(DiagnosticCodes.OutputPathConflict, Assert.Single(result.Diagnostics).Code);
        Assert.False(File.Exists(temp.Combine("escaped.html")));
        Assert.False(Directory.Exists(temp.Combine("out")));
    }

    [Fact]
    public void LeftoversOfAKilledBuildAreRemovedByTheNextBuild()
    {
        using var temp = WithInput();
        Assert.Empty(new WriteStage().Run(TwoFiles, Context(temp)).Diagnostics);

        // A build killed while staging a new folder (pid 2147483 is not running), and one killed while replacing files.
        temp.Write(".out.tmp-2147483/" + OutputFolder.MarkerName, OutputFolder.MarkerContent);
        temp.Write(".out.tmp-2147483/index.html", "half");
        temp.Write("out/docs/index.html.tmp-2147483", "half");
        temp.Write(".other.tmp-2147483/keep.txt", "not Limber's");

        Assert.Empty(new WriteStage().Run(TwoFiles, Context(temp)).Diagnostics);

        Assert.False(Directory.Exists(temp.Combine(".out.tmp-2147483")));
        Assert.False(File.Exists(temp.Combine("out", "docs", "index.html.tmp-2147483")));
        Assert.True(File.Exists(temp.Combine(".other.tmp-2147483", "keep.txt")));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void APreviewKeepsTheSearchIndexABuildWroteAndABuildSweepsIt(bool keep)
    {
        using var temp = WithInput();
        Assert.Empty(new WriteStage().Run(TwoFiles, Context(temp)).Diagnostics);
        temp.Write("out/pagefind/pagefind.js", "index");
        var context = Context(temp) with { Build = Context(temp).Build with { KeepSearchIndex = keep } };

        Assert.Empty(new WriteStage().Run(TwoFiles with { Outputs = [OutputFile.FromText("index.html", "home 2")] }, context).Diagnostics);

        Assert.Equal(keep, File.Exists(temp.Combine("out", "pagefind", "pagefind.js")));
        Assert.False(File.Exists(temp.Combine("out", "docs", "index.html")));
    }

    private static List<string> Snapshot(string directory) =>
        [.. Directory.GetFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => Path.GetRelativePath(directory, f) + "=" + Convert.ToHexString(File.ReadAllBytes(f)) + "@" + File.GetLastWriteTimeUtc(f).Ticks)];

    private static StageResult Streamed(Site site, StageContext context)
    {
        var pass = new WriteStage().Begin(site, context);
        foreach (var file in site.Outputs)
        {
            pass.Take(file, []);
        }

        return pass.End(site, context);
    }
}
