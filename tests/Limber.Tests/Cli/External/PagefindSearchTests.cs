using Limber.Cli.External;
using Limber.Tests.Testing;

namespace Limber.Tests.Cli.External;

/// <summary>
/// Which sites Pagefind indexes: by default (<c>auto</c>) only those up to <see cref="PagefindSearch.AutoMaxPages"/>
/// pages, larger ones keep the built-in index with a note instead of a warning; <c>pagefind</c> indexes any size.
/// </summary>
public class PagefindSearchTests
{
    private static TempDirectory ToolsFolder()
    {
        var temp = new TempDirectory();
        File.WriteAllText(temp.Combine("package.json"), "{ \"devDependencies\": { \"pagefind\": \"1.5.2\" } }");
        return temp;
    }

    [Fact]
    public void AutoIndexesASiteUpToTheLimitAndLeavesALargerOneToTheBuiltInIndexWithANote()
    {
        using var tools = ToolsFolder();
        var search = PagefindSearch.For(SearchIndexMode.Auto, tools.Path, TimeSpan.FromSeconds(5))!;

        Assert.True(search.Indexes(PagefindSearch.AutoMaxPages));
        Assert.Null(search.Result);

        Assert.False(search.Indexes(10_749));
        Assert.Equal("builtin", search.Result!.Engine);
        Assert.Null(search.Result.Diagnostic);
        Assert.Contains("10,749 pages", search.Result.Note);
        Assert.Contains("--search-index pagefind", search.Result.Note);
    }

    [Fact]
    public void PagefindModeIndexesASiteOfAnySize()
    {
        using var tools = ToolsFolder();
        var search = PagefindSearch.For(SearchIndexMode.Pagefind, tools.Path, TimeSpan.FromSeconds(5))!;

        Assert.True(search.Indexes(100_000));
        Assert.Null(search.Result);
    }
}
