using Limber.Cli.External;
using Limber.Diagnostics;
using Limber.Tests.Testing;

namespace Limber.Tests.Cli;

public class PagefindIndexerTests
{
    [Fact]
    public void AutoWithoutAPackageJsonUsesTheBuiltInIndexSilently()
    {
        using var temp = new TempDirectory();

        var result = PagefindIndexer.Run(SearchIndexMode.Auto, temp.Path, temp.Combine("site"), TimeSpan.FromSeconds(5));

        Assert.Equal(("builtin", (Diagnostic?)null), (result.Engine, result.Diagnostic));
    }

    [Fact]
    public void WithoutNodeTheBuildGetsOneWarningThatSearchWasSkipped()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.Combine("package.json"), "{ \"devDependencies\": { \"pagefind\": \"1.6.0\" } }");

        var result = PagefindIndexer.Run(SearchIndexMode.Auto, temp.Path, temp.Combine("site"), TimeSpan.FromSeconds(5), searchPath: temp.Combine("empty-bin"));

        Assert.Equal("builtin", result.Engine);
        Assert.Equal((DiagnosticCodes.SearchIndexSkipped, Severity.Warning), (result.Diagnostic!.Code, result.Diagnostic.Severity));
        Assert.Contains("Node.js", result.Diagnostic.Message);
    }

    [Fact]
    public void BuiltinNeverRunsPagefind()
    {
        var result = PagefindIndexer.Run(SearchIndexMode.Builtin, Repo.PathTo(), "does-not-exist", TimeSpan.FromSeconds(5));

        Assert.Equal(("builtin", 0L, (Diagnostic?)null), (result.Engine, result.Ms, result.Diagnostic));
    }
}
