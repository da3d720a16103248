using Limber.Extract.Fields;

namespace Limber.Tests.Extract.Fields;

public class PositionTermsTests
{
    private static string? First(string text) => PositionTerms.All.FirstOrDefault(t => t.Pattern.IsMatch(text))?.Canonical;

    [Theory]
    [InlineData("Kneel on one knee with the other foot forward.", "half-kneeling")]
    [InlineData("Get on your hands and knees.", "quadruped")]
    [InlineData("Lie on your side.", "side-lying")]
    [InlineData("Lie face down.", "prone")]
    [InlineData("Lie on your back.", "supine")]
    [InlineData("Lie back on a flat bench.", "supine")]
    [InlineData("Sit on a chair.", "seated")]
    [InlineData("Stand tall.", "standing")]
    public void PhrasingsMeanTheirPosition(string text, string position) => Assert.Equal(position, First(text));

    [Fact]
    public void LyingFaceDownOnABenchIsNotSupine() =>
        Assert.Equal("prone", First("Lie on an incline bench face down."));
}
