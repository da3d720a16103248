using Limber.Extract.Text;

namespace Limber.Tests.Extract.Text;

public class SegmenterTests
{
    [Fact]
    public void SentencesKeepAbbreviationsWhole() =>
        Assert.Equal(["Use a prop, e.g. a towel.", "Hold it."], Segmenter.Sentences("Use a prop, e.g. a towel. Hold it."));

    [Fact]
    public void NumberedItemsAreListItems()
    {
        var segments = Segmenter.Split("Squat 1. Stand tall. 2. Sit back. 3. Stand up.");
        Assert.Equal(["Squat", "Stand tall.", "Sit back.", "Stand up."], segments.Select(s => s.Text));
        Assert.Equal([false, true, true, true], segments.Select(s => s.IsListItem));
    }

    [Fact]
    public void RunOnItemsSplitBeforeACapitalisedActionVerb() =>
        Assert.Equal(
            ["Set the pins at knee height", "Lower the bar to the pins", "Drive it up"],
            Segmenter.Split("Set the pins at knee height Lower the bar to the pins Drive it up").Select(s => s.Text));

    [Theory]
    [InlineData("How to do a Face pull with a band: 1. Grab the band at chest height.")]
    [InlineData("Kettlebell Squat to Press: hold the bell at your chest.")]
    [InlineData("Straight-arm Pull Down. Stand tall.")]
    public void ACapitalisedExerciseNameInsideATitleIsNoBreak(string text) =>
        Assert.DoesNotContain(Segmenter.Split(text), s => s.Text is "How to do a" or "Kettlebell Squat to" or "Straight-arm");

    [Fact]
    public void ACapitalisedNameIsNoBreak() =>
        Assert.Single(Segmenter.Split("Hold the pose as taught by Jane Smith in her class."));

    [Fact]
    public void DashItemsWithoutASpaceAreListItems() =>
        Assert.Equal(
            ["start on all fours", "lift one arm", "lower it"],
            Segmenter.Split("-start on all fours -lift one arm -lower it").Select(s => s.Text));

    [Fact]
    public void AHeadingColonSplitsOff() =>
        Assert.Equal(["Here is how to do the twist:", "Sit on the floor."], Segmenter.Split("Here is how to do the twist: Sit on the floor.").Select(s => s.Text));

    [Theory]
    [InlineData("Lie down. Bend your knees.", new[] { "Lie down.", "Bend your knees." })]
    [InlineData("Hold it (count to five.) Then \"Relax.\"  Repeat 10 times.", new[] { "Hold it (count to five.)", "Then \"Relax.\"", "Repeat 10 times." })]
    [InlineData("Why? Because. 2 sets! [Optional] Add a band. e.g. this", new[] { "Why?", "Because.", "2 sets!", "[Optional] Add a band. e.g. this" })]
    [InlineData("Sit tall.\u00A0Breathe.\tNow rest.” Stand up. end", new[] { "Sit tall.", "Breathe.", "Now rest.”", "Stand up. end" })]
    [InlineData("Ask Dr. Lee or J. Smith. Then rest.", new[] { "Ask Dr. Lee or J. Smith.", "Then rest." })] // the shared rule's abbreviations and initials
    [InlineData("", new[] { "" })]
    public void PiecesEndWhereTheSharedRuleEndsASentence(string text, string[] pieces) => Assert.Equal(pieces, Segmenter.Pieces(text));
}
