using Limber.Text;

namespace Limber.Tests.Core.Text;

public class SlugTests
{
    [Theory]
    [InlineData("Hip Flexors & Psoas", "hip-flexors-psoas")]
    [InlineData("Child’s Pose", "childs-pose")]
    [InlineData("  Café   déjà vu ", "cafe-deja-vu")]
    [InlineData("90/90 hip switch", "90-90-hip-switch")]
    [InlineData("!!!", "page")]
    public void MakesLowerCaseAsciiSlugs(string text, string slug) => Assert.Equal(slug, Slug.From(text));

    [Theory]
    [InlineData("garden_tools", "garden_tools")]
    [InlineData("Release v1.2", "release-v1.2")]
    [InlineData("Crème Brûlée", "creme-brulee")]
    [InlineData("what's new?", "whats-new")]
    [InlineData("..", "page")]
    public void PathSegmentsKeepUnderscoresAndDotsAsOtherGeneratorsDo(string name, string expected) =>
        Assert.Equal(expected, Slug.FromPathSegment(name));
}
