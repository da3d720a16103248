using Limber.Diagnostics;
using Limber.Options;
using Limber.Pages;
using Limber.Pipeline;
using Limber.Write;

namespace Limber.Tests.Write;

/// <summary>The write stage over a site kept in memory: the same files, replacements, sweeps and refusals as on disk.</summary>
public class MemoryOutputStoreTests
{
    private static readonly StageContext Context = new(new BuildOptions { InputDirectory = "in", OutputDirectory = "out" });

    private static Site SiteOf(params (string Path, string Text)[] files) => Site.Empty with { Outputs = [.. files.Select(f => OutputFile.FromText(f.Path, f.Text))] };

    [Fact]
    public void WritesTheSiteThenReplacesChangedFilesAndSweepsTheOnesNoLongerBuilt()
    {
        var store = new MemoryOutputStore();
        var stage = new WriteStage(store);

        var first = stage.Run(SiteOf(("index.html", "home"), ("a/index.html", "a"), ("b/index.html", "b")), Context);
        Assert.Empty(first.Diagnostics);
        Assert.Equal(["a/index.html", "b/index.html", "index.html"], first.Site.Changed.ToArray());

        var second = stage.Run(SiteOf(("index.html", "home 2"), ("a/index.html", "a")), Context);

        Assert.Empty(second.Diagnostics);
        Assert.Equal(["b/index.html", "index.html"], second.Site.Changed.ToArray()); // one replaced, one swept; a/ unchanged
        Assert.Equal(["a/index.html", "index.html"], store.Contents.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("home 2", System.Text.Encoding.UTF8.GetString(store.Contents["index.html"]));
    }

    [Theory]
    [InlineData("index.html", "index.html", DiagnosticCodes.OutputPathConflict)]
    [InlineData("about", "about/index.html", DiagnosticCodes.OutputPathConflict)]
    [InlineData("../escape.html", "index.html", DiagnosticCodes.OutputPathConflict)]
    public void AConflictOrADestinationOutsideTheSiteChangesNothing(string one, string other, string code)
    {
        var store = new MemoryOutputStore();
        var stage = new WriteStage(store);
        Assert.Empty(stage.Run(SiteOf(("index.html", "home")), Context).Diagnostics);

        var result = stage.Run(SiteOf((one, "x"), (other, "y")), Context);

        Assert.Equal(code, Assert.Single(result.Diagnostics).Code);
        Assert.Equal("home", System.Text.Encoding.UTF8.GetString(Assert.Single(store.Contents).Value));
    }

    [Fact]
    public void AFailedBuildWithCleanEmptiesTheStoreAndWithoutItKeepsTheLastGoodSite()
    {
        var store = new MemoryOutputStore();
        var stage = new WriteStage(store);
        Assert.Empty(stage.Run(SiteOf(("index.html", "home")), Context).Diagnostics);
        var failed = Diagnostic.Error(DiagnosticCodes.TemplateSyntax, "broken");

        stage.Run(SiteOf(("index.html", "broken")), Context with { Reported = [failed] });
        Assert.Equal("home", System.Text.Encoding.UTF8.GetString(store.Contents["index.html"]));

        stage.Run(SiteOf(("index.html", "broken")), new StageContext(Context.Build with { Clean = true }) { Reported = [failed] });
        Assert.Empty(store.Contents);
        Assert.False(store.Exists);
    }
}
