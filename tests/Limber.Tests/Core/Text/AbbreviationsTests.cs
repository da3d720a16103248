using Limber.Text;

namespace Limber.Tests.Core.Text;

public class AbbreviationsTests
{
    [Theory]
    [InlineData("See Dr.", true)]
    [InlineData("knees, hips, e.g.", true)]
    [InlineData("as Smith et al.", true)]
    [InlineData("in the U.S.", true)]
    [InlineData("Etc.", true)]
    [InlineData("Lie down.", false)]
    [InlineData("(e.g.", false)] // not a word of its own
    [InlineData("Dr", false)] // no full stop
    [InlineData("", false)]
    public void TextEndsInAnAbbreviationAndItsStop(string text, bool expected) => Assert.Equal(expected, Abbreviations.EndsWithOne(text));

    [Theory]
    [InlineData("dr", true)]
    [InlineData("ETC", true)]
    [InlineData("al", true)]
    [InlineData("down", false)]
    public void WordsWithoutTheirStop(string word, bool expected) => Assert.Equal(expected, Abbreviations.IsOne(word));
}
