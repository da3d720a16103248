using Limber.References.Claims;
using Limber.References.Text;

namespace Limber.Tests.References.Text;

public class SentencesTests
{
    private static List<string> Split(string text) => [.. Sentences.Split(text).Select(s => text.Substring(s.Start, s.Length))];

    [Fact]
    public void SplitsAtSentenceEndsBlankLinesHeadingsAndListItems()
    {
        Assert.Equal(["One study found this.", "Dr. Smith agreed (e.g. here).", "“Quoted.”"], Split("One study found this. Dr. Smith agreed (e.g. here). “Quoted.”"));
        Assert.Equal(["First paragraph", "Second", "# Heading", "- item one", "1. item two"], Split("First paragraph\n\nSecond\n# Heading\n- item one\n1. item two"));
        Assert.Equal(["lower case. does not split"], Split("lower case. does not split"));
        Assert.Empty(Split(""));
    }

    [Theory]
    [InlineData("As J. Smith found. Then more.", new[] { "As J. Smith found.", "Then more." })] // an initial
    [InlineData("Use a prop (e.g. A towel). Rest.", new[] { "Use a prop (e.g. A towel).", "Rest." })] // an abbreviation after a bracket
    [InlineData("He said “rest.” Then he did.", new[] { "He said “rest.”", "Then he did." })]
    [InlineData("Take 5. Then rest.", new[] { "Take 5.", "Then rest." })]
    public void InlineSentenceEndsFollowTheSharedRule(string text, string[] expected) => Assert.Equal(expected, Split(text));
}
