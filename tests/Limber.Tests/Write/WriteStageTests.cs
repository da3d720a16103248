using Limber.Diagnostics;
using Limber.Options;
using Limber.Pages;
using Limber.Pipeline;
using Limber.Tests.Testing;
using Limber.Write;

namespace Limber.Tests.Write;

public class WriteStageTests
{
    private static readonly Site TwoFiles = Site.Empty with
    {
        Outputs = [OutputFile.FromText("index.html", "home"), OutputFile.FromText("a/b/index.html", "deep")],
    };

    private static StageContext Context(string output, bool clean = false, params Diagnostic[] reported) =>
        new(new BuildOptions { OutputDirectory = output, Clean = clean }) { Reported = [.. reported] };

    [Fact]
    public void WritesEveryOutputAndReplacesTheOldSiteWhole()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("out");
        temp.Write("out/stale.html", "old");

        var result = new WriteStage().Run(TwoFiles, Context(output));

        Assert.Empty(result.Diagnostics);
        Assert.Equal("deep", File.ReadAllText(Path.Combine(output, "a", "b", "index.html")));
        Assert.False(File.Exists(Path.Combine(output, "stale.html")));
        Assert.Equal(["out"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void ACompressibleFileIsWrittenWithAGzipCopyThatInflatesToIt()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("out");
        var page = string.Concat(Enumerable.Repeat("<p>Lie on your back and bend your knees.</p>\n", 60));
        var site = Site.Empty with { Outputs = [OutputFile.Compressible("page/index.html", page), OutputFile.Compressible("tiny.html", "<p>x</p>")] };

        new WriteStage().Run(site, Context(output));

        Assert.Equal(page, File.ReadAllText(Path.Combine(output, "page", "index.html")));
        using var gzip = new System.IO.Compression.GZipStream(File.OpenRead(Path.Combine(output, "page", "index.html.gz")), System.IO.Compression.CompressionMode.Decompress);
        Assert.Equal(page, new StreamReader(gzip).ReadToEnd());
        Assert.True(new FileInfo(Path.Combine(output, "page", "index.html.gz")).Length < page.Length / 4);
        Assert.False(File.Exists(Path.Combine(output, "tiny.html.gz")));
    }

    [Fact]
    public void UnchangedFilesAreNotRewritten()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("out");
        new WriteStage().Run(TwoFiles, Context(output));
        var index = Path.Combine(output, "index.html");
        var past = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(index, past);
        File.SetLastWriteTimeUtc(Path.Combine(output, "a", "b", "index.html"), past);

        new WriteStage().Run(TwoFiles with { Outputs = [TwoFiles.Outputs[0], OutputFile.FromText("a/b/index.html", "changed")] }, Context(output));

        Assert.Equal(past, File.GetLastWriteTimeUtc(index));
        Assert.Equal("changed", File.ReadAllText(Path.Combine(output, "a", "b", "index.html")));
        Assert.Empty(Directory.GetFiles(output, "*.tmp-*", SearchOption.AllDirectories));
    }

    [Fact]
    public void StaleFilesAndEmptiedFoldersAreRemoved()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("out");
        temp.Write("out/old/page/index.html", "gone");

        new WriteStage().Run(TwoFiles, Context(output));

        Assert.False(Directory.Exists(Path.Combine(output, "old")));
    }

    [Fact]
    public void AFailedBuildLeavesTheLastGoodSiteInPlace()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("out");
        temp.Write("out/index.html", "last good");

        var result = new WriteStage().Run(TwoFiles, Context(output, clean: false, Diagnostic.Error("LMB1010", "broken")));

        Assert.Equal(DiagnosticCodes.OutputNotWrittenBuildFailed, Assert.Single(result.Diagnostics).Code);
        Assert.Equal("last good", File.ReadAllText(Path.Combine(output, "index.html")));
    }

    [Fact]
    public void CleanRemovesTheOutputWhenTheBuildFails()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("out");
        temp.Write("out/index.html", "last good");

        new WriteStage().Run(TwoFiles, Context(output, clean: true, Diagnostic.Error("LMB1010", "broken")));

        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void AnOutputFolderThatCannotBeCreatedIsOneClearError()
    {
        using var temp = new TempDirectory();
        var blocker = temp.Write("file.txt", "I am a file");

        var result = new WriteStage().Run(TwoFiles, Context(Path.Combine(blocker, "out")));

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.OutputNotWritable, d.Code);
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Null(d.File);
    }
}
