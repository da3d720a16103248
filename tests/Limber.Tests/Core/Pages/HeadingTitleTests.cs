using Limber.Pages;

namespace Limber.Tests.Core.Pages;

public class HeadingTitleTests
{
    [Fact]
    public void AnOpeningHeadingBecomesTheTitleAndItsLineIsLeftBlank()
    {
        var taken = HeadingTitle.Take("\n# Planting tomatoes\n\nWater them daily.\n");

        Assert.NotNull(taken);
        Assert.Equal("Planting tomatoes", taken.Value.Title);
        Assert.Equal("\n\n\nWater them daily.\n", taken.Value.Body); // same number of lines: later lines keep their numbers
    }

    [Fact]
    public void InlineMarkupIsReducedToTheTextAReaderSees()
    {
        Assert.Equal("The pot command", HeadingTitle.Take("# The `pot` *command* #\n")?.Title);
        Assert.Equal("Using the shed", HeadingTitle.Take("# Using [the shed](shed.md) {#shed}\n")?.Title);
        Assert.Equal("1. Sowing", HeadingTitle.Take("# 1. Sowing\n")?.Title);
    }

    [Fact]
    public void ASetextHeadingAfterACommentCounts()
    {
        var taken = HeadingTitle.Take("<!-- draft notes\nstill a comment -->\nCompost guide\n=============\ntext");

        Assert.Equal("Compost guide", taken?.Title);
        Assert.Equal("<!-- draft notes\nstill a comment -->\n\n\ntext", taken?.Body);
    }

    [Theory]
    [InlineData("Some text first.\n\n# Late heading\n")]
    [InlineData("## Only a second-level heading\n")]
    [InlineData("    # indented code, not a heading\n")]
    [InlineData("```\n# inside a fence\n```\n")]
    [InlineData("")]
    public void ABodyThatDoesNotOpenWithALevelOneHeadingGivesNoTitle(string body) => Assert.Null(HeadingTitle.Take(body));
}
