using Limber.Extract.Text;

namespace Limber.Tests.Extract.Text;

public class WrittenNumbersTests
{
    [Theory]
    [InlineData("Do 3 sets.", true)]
    [InlineData("Take twenty-five steps.", true)]
    [InlineData("Repeat a dozen times.", true)]
    [InlineData("Walk for ten minutes.", true)]
    [InlineData("Tendons tend to tense up; someone often listens.", false)]
    [InlineData("Hold it for as long as you can.", false)]
    public void AnyNumberIsADigitOrANumberWordStandingAlone(string text, bool expected) =>
        Assert.Equal(expected, WrittenNumbers.AnyNumber(text));

    [Theory]
    [InlineData("six", 6)]
    [InlineData("twenty-five", 25)]
    [InlineData("a dozen", 12)]
    public void ParseReadsWordsAndDigits(string text, int expected) => Assert.Equal(expected, WrittenNumbers.Parse(text));
}
