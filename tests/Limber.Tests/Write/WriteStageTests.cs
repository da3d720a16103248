using Limber.Diagnostics;
using Limber.Options;
using Limber.Pages;
using Limber.Pipeline;
using Limber.Tests.Testing;
using Limber.Write;

namespace Limber.Tests.Write;

/// <summary>
/// Each test runs the write stage both ways: on its own over the whole site (<c>streamed: false</c>, as in preview) and
/// streamed through <see cref="SitePipeline"/> behind a producer (<c>true</c>, as in a full build).
/// </summary>
public class WriteStageTests
{
    /// <summary>Hands the given files on as a render stage would, and reports the given diagnostics.</summary>
    private sealed class Producer(System.Collections.Immutable.ImmutableArray<OutputFile> files, Diagnostic[] reported) : IOutputProducer
    {
        public StageResult Run(Site site, StageContext context) => Run(site, context, f => f);

        public StageResult Run(Site site, StageContext context, Func<OutputFile, OutputFile> emit) =>
            new(site with { Outputs = [.. files.Select(emit)] }, [.. reported]);
    }

    /// <summary>The write stage's own diagnostics.</summary>
    private static List<Diagnostic> Write(Site site, StageContext context, bool streamed)
    {
        if (!streamed)
        {
            return [.. new WriteStage().Run(site, context).Diagnostics];
        }

        var result = new SitePipeline([new Producer(site.Outputs, [.. context.Reported]), new WriteStage()])
            .Run(site with { Outputs = [] }, context with { Reported = [] });
        Assert.All(result.Site.Outputs, f => Assert.True(f.IsReleased));
        return [.. result.Diagnostics.Except(context.Reported)];
    }

    private static readonly Site TwoFiles = Site.Empty with
    {
        Outputs = [OutputFile.FromText("index.html", "home"), OutputFile.FromText("a/b/index.html", "deep")],
    };

    private static void MarkAsLimbers(TempDirectory temp) => temp.Write("out/" + OutputFolder.MarkerName, OutputFolder.MarkerContent);

    private static StageContext Context(string output, bool clean = false, params Diagnostic[] reported) =>
        new(new BuildOptions { OutputDirectory = output, Clean = clean }) { Reported = [.. reported] };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void WritesEveryOutputAndReplacesTheOldSiteWhole(bool streamed)
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("out");
        MarkAsLimbers(temp); // an earlier build of this folder (issue #20: an unmarked, non-empty folder is refused)
        temp.Write("out/stale.html", "old");

        var result = Write(TwoFiles, Context(output), streamed);

        Assert.Empty(result);
        Assert.Equal("deep", File.ReadAllText(Path.Combine(output, "a", "b", "index.html")));
        Assert.False(File.Exists(Path.Combine(output, "stale.html")));
        Assert.Equal(["out"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void UnchangedFilesAreNotRewritten(bool streamed)
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("out");
        Write(TwoFiles, Context(output), streamed);
        var index = Path.Combine(output, "index.html");
        var past = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(index, past);
        File.SetLastWriteTimeUtc(Path.Combine(output, "a", "b", "index.html"), past);

        Write(TwoFiles with { Outputs = [TwoFiles.Outputs[0], OutputFile.FromText("a/b/index.html", "changed")] }, Context(output), streamed);

        Assert.Equal(past, File.GetLastWriteTimeUtc(index));
        Assert.Equal("changed", File.ReadAllText(Path.Combine(output, "a", "b", "index.html")));
        Assert.Empty(Directory.GetFiles(output, "*.tmp-*", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void StaleFilesAndEmptiedFoldersAreRemoved(bool streamed)
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("out");
        MarkAsLimbers(temp); // an earlier build of this folder (issue #20: an unmarked, non-empty folder is refused)
        temp.Write("out/old/page/index.html", "gone");

        Write(TwoFiles, Context(output), streamed);

        Assert.False(Directory.Exists(Path.Combine(output, "old")));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AFailedBuildLeavesTheLastGoodSiteInPlace(bool streamed)
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("out");
        temp.Write("out/index.html", "last good");

        var result = Write(TwoFiles, Context(output, clean: false, Diagnostic.Error("LMB1010", "broken")), streamed);

        Assert.Equal(DiagnosticCodes.OutputNotWrittenBuildFailed, Assert.Single(result).Code);
        Assert.Equal("last good", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path, "*tmp-*", SearchOption.AllDirectories)); // a streamed build wrote, then discarded
        Assert.False(File.Exists(Path.Combine(output, "a", "b", "index.html")));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void CleanRemovesTheOutputWhenTheBuildFails(bool streamed)
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("out");
        MarkAsLimbers(temp); // an earlier build of this folder (issue #20: an unmarked, non-empty folder is refused)
        temp.Write("out/index.html", "last good");

        Write(TwoFiles, Context(output, clean: true, Diagnostic.Error("LMB1010", "broken")), streamed);

        Assert.False(Directory.Exists(output));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AnOutputFolderThatCannotBeCreatedIsOneClearError(bool streamed)
    {
        using var temp = new TempDirectory();
        var blocker = temp.Write("file.txt", "I am a file");

        var result = Write(TwoFiles, Context(Path.Combine(blocker, "out")), streamed);

        var d = Assert.Single(result);
        Assert.Equal(DiagnosticCodes.OutputNotWritable, d.Code);
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Null(d.File);
    }

    [Fact]
    public void InPreviewASessionTrustsWhatItWroteAndStillRemovesWhatTheBuildNoLongerMakes()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("out");
        var cache = new BuildCache();
        var context = Context(output) with { Cache = cache };
        new WriteStage().Run(TwoFiles, context);

        // Only index.html remains in the build; a.html appears. The session's own listing says what to delete.
        var next = TwoFiles with { Outputs = [TwoFiles.Outputs[0], OutputFile.FromText("a.html", "new")] };
        var result = new WriteStage().Run(next, context);

        Assert.Equal(["a.html", "a/b/index.html"], result.Site.Changed.ToArray());
        Assert.False(Directory.Exists(Path.Combine(output, "a", "b")));
        Assert.Equal("new", File.ReadAllText(Path.Combine(output, "a.html")));
        Assert.Equal("home", File.ReadAllText(Path.Combine(output, "index.html")));
    }
}
