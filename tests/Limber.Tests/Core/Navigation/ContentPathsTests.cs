using Limber.Navigation;

namespace Limber.Tests.Core.Navigation;

public class ContentPathsTests
{
    [Theory]
    [InlineData("content/guide/../img/a%20b.png", "content/img/a b.png")]
    [InlineData("content/./guide//soil.md", "content/guide/soil.md")]
    [InlineData("guide/", "guide")]
    [InlineData("content/../../outside.md", null)]
    public void NormalizeResolvesDotsAndEscapesAndRefusesToLeave(string path, string? expected) =>
        Assert.Equal(expected, ContentPaths.Normalize(path));
}
