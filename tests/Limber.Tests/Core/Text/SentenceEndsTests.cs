using Limber.Text;

namespace Limber.Tests.Core.Text;

public class SentenceEndsTests
{
    [Theory]
    [InlineData("Lie down.", true)]
    [InlineData("Why?", true)]
    [InlineData("Stop!", true)]
    [InlineData("He said “rest.”", true)] // a closing quote after the stop
    [InlineData("Hold it (to five.)", true)] // a closing bracket
    [InlineData("Use a towel, e.g.", false)]
    [InlineData("Ask Dr.", false)]
    [InlineData("(e.g.", false)] // an abbreviation inside a bracket
    [InlineData("Written by J.", false)] // an initial
    [InlineData("Written by J.R.", false)]
    [InlineData("Hold for 30 s.", true)] // a unit in lower case is no initial
    [InlineData("Do set 2.", true)]
    [InlineData("Lie down", false)]
    [InlineData("", false)]
    public void ASentenceClosesAtAStopThatIsNoAbbreviationsOrInitials(string before, bool expected) => Assert.Equal(expected, SentenceEnds.Closes(before));

    [Theory]
    [InlineData("Then rest.", true)]
    [InlineData("2 sets.", true)]
    [InlineData("“Relax,” she said.", true)]
    [InlineData("(Optional) Add a band.", true)]
    [InlineData("Élan is key.", true)] // a capital outside ASCII
    [InlineData("then rest.", false)]
    [InlineData("", false)]
    public void ASentenceOpensWithACapitalOrADigit(string after, bool expected) => Assert.Equal(expected, SentenceEnds.Opens(after));

    [Fact]
    public void ABreakIsABlankBetweenAClosedAndAnOpenedSentence()
    {
        const string text = "Lie down. Dr. Lee says so. then rest";
        Assert.True(SentenceEnds.IsBreak(text, 9, 10));
        Assert.False(SentenceEnds.IsBreak(text, 13, 14)); // after "Dr."
        Assert.False(SentenceEnds.IsBreak(text, 26, 27)); // before "then"
    }
}
