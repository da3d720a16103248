using Limber.References.Footnotes;

namespace Limber.Tests.References.Footnotes;

public class DanglingFootnoteDigitsTests
{
    private const string Sample = "MRI and x-ray for low back pain are surprisingly unreliable,1 because things like bulging discs usually aren’t a deal,2 most back pain goes away on its own,3 and trigger points are common but aren’t dangerous.4 Most patients are much better off. The power of confidence is a huge factor in back pain.5 Sadly, many continue to perpetuate the idea of fragile backs,6 which undermines that confidence.";

    [Fact]
    public void FindsDanglingFootnoteDigitsGluedToPunctuation()
    {
        var found = DanglingFootnoteDigits.Find(Sample);
        Assert.Equal(["1", "2", "3", "4", "5", "6"], found.Select(f => f.Value));
        Assert.Equal(Sample.IndexOf(",1 because", StringComparison.Ordinal) + 1, found[0].Start);
        Assert.Equal(["2"], DanglingFootnoteDigits.Find("as McGill,2 says").Select(f => f.Value));
    }

    [Theory]
    [InlineData("Up to 85% of Americans experience back pain.")]
    [InlineData("With a mangled T12 vertebrae, she was at risk.")]
    [InlineData("Put a 20- to 36-inch box behind you.")]
    [InlineData("Evaluated 20-30 minutes after injection, if pain decreases by more than 75%.")]
    [InlineData("It costs 1,000 dollars and weighs 3.5 kg, in early 2010. Then 4 more.")]
    [InlineData("Hold for 8-10 breaths, and then rise. Do 3 sets (see p.4 of the guide).")]
    public void LeavesContentNumbersAlone(string text)
    {
        Assert.Empty(DanglingFootnoteDigits.Find(text));
        Assert.Equal(text, DanglingFootnoteDigits.Strip(text));
    }

    [Fact]
    public void StripsDigitsAndReturnLinks()
    {
        Assert.Equal("unreliable, because it is dangerous. Most", DanglingFootnoteDigits.Strip("unreliable,1 because it is dangerous.4 Most"));
        Assert.Equal("“Honey, any numbness today?”", DanglingFootnoteDigits.Strip("“Honey, any numbness today?” BACK TO TEXT"));
    }
}
