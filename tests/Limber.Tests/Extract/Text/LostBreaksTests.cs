using Limber.Extract.Text;

namespace Limber.Tests.Extract.Text;

public class LostBreaksTests
{
    [Theory]
    [InlineData("Starting positionStand tall.", "Starting position. Stand tall.")] // a heading run into its step
    [InlineData("keeps the spine neutralImproves balance.", "keeps the spine neutral. Improves balance.")] // two list items run together
    [InlineData("Brace your core.Then lift your hips.", "Brace your core. Then lift your hips.")] // a full stop with no blank
    [InlineData("Plant your hands.(B) Shift your weight.", "Plant your hands. (B) Shift your weight.")] // a step's letter label
    public void BreaksLostInScrapingArePutBack(string text, string expected) => Assert.Equal(expected, LostBreaks.Restore(text));

    [Theory]
    [InlineData("Train at a CrossFit box with a TheraBand.")] // brand names start with a capital
    [InlineData("Check the iPhone app or eBay listing.")] // a lower-case start of one letter is part of the brand
    [InlineData("Watch it at example.com/watch?v=abcDefGh first.")] // inside an address
    [InlineData("Use a band, e.g. Theraband, for this.")] // an abbreviation's full stops
    [InlineData("Stand tall. Breathe out.")]
    public void OtherTextIsLeftAsItIs(string text) => Assert.Equal(text, LostBreaks.Restore(text));
}
