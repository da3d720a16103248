using Limber.Text;

namespace Limber.Tests.Core.Text;

public class SlugPathSegmentTests
{
    [Theory]
    [InlineData("garden_tools", "garden_tools")]
    [InlineData("Release v1.2", "release-v1.2")]
    [InlineData("Crème Brûlée", "creme-brulee")]
    [InlineData("what's new?", "whats-new")]
    [InlineData("..", "page")]
    public void PathSegmentsKeepUnderscoresAndDotsAsOtherGeneratorsDo(string name, string expected) =>
        Assert.Equal(expected, Slug.FromPathSegment(name));
}
