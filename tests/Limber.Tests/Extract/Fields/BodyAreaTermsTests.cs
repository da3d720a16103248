using Limber.Extract.Fields;

namespace Limber.Tests.Extract.Fields;

public class BodyAreaTermsTests
{
    private static string[] Areas(string text) => [.. BodyAreaTerms.All.Where(t => t.Pattern.IsMatch(text)).Select(t => t.Canonical)];

    [Theory]
    [InlineData("You will feel it in your psoas.", "hip flexors")]
    [InlineData("Squeeze your buttocks.", "glutes")]
    [InlineData("Feel the back of your thigh.", "hamstrings")]
    [InlineData("Keep your lumbar spine neutral.", "lower back")]
    [InlineData("Brace your abs.", "core")]
    public void PhrasingsMeanTheirArea(string text, string area) => Assert.Contains(area, Areas(text));

    [Fact]
    public void LoweringYourBackDownIsNoArea() => Assert.DoesNotContain("lower back", Areas("Slowly lower back down."));
}
