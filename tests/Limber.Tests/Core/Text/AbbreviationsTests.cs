using Limber.Text;

namespace Limber.Tests.Core.Text;

public class AbbreviationsTests
{
    [Theory]
    [InlineData("dr", true)]
    [InlineData("ETC", true)]
    [InlineData("al", true)]
    [InlineData("down", false)]
    public void WordsWithoutTheirStop(string word, bool expected) => Assert.Equal(expected, Abbreviations.IsOne(word));
}
