using Limber.Pages;

namespace Limber.Tests.Core.Pages;

public class OutputPathTests
{
    [Theory]
    [InlineData("index.html")]
    [InlineData("a/b/index.html")]
    [InlineData("assets/site.4ff839b9af.css")]
    [InlineData("..hidden/x.html")]
    [InlineData("a..b/index.html")]
    public void PathsInsideTheOutputFolderAreFine(string path) => Assert.Null(OutputPath.Problem(path));

    [Theory]
    [InlineData("")]
    [InlineData("../index.html")]
    [InlineData("a/../../index.html")]
    [InlineData("/etc/index.html")]
    [InlineData("\\\\server\\x")]
    [InlineData("C:/x/index.html")]
    [InlineData("a//index.html")]
    [InlineData("./index.html")]
    [InlineData("a\\..\\..\\x")]
    [InlineData("a/b\n/index.html")]
    public void PathsLeadingOutOrOddAreRefused(string path) => Assert.NotNull(OutputPath.Problem(path));

    [Theory]
    [InlineData("/about/", null)]
    [InlineData("/", null)]
    [InlineData("docs/intro", null)]
    [InlineData("/../../../x/", "'..'")]
    [InlineData("../index", "'..'")]
    public void SitePathsAreCheckedWithoutTheirOuterSlashes(string sitePath, string? problem)
    {
        var found = OutputPath.SitePathProblem(sitePath);
        if (problem is null)
        {
            Assert.Null(found);
        }
        else
        {
            Assert.Contains(problem, found, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ControlCharactersAreShownAsEscapesSoAMessageStaysOnOneLine() =>
        Assert.Equal("a\\u000ab", OutputPath.Shown("a\nb"));
}
