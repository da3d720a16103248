using System.Text;
using Limber.Markdown;
using Markdig.Syntax;

namespace Limber.Tests.Core.Markdown;

public class InlineTextTests
{
    private static string TextOf(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, SiteMarkdown.Pipeline);
        var text = new StringBuilder();
        InlineText.Append(text, document.Descendants<ParagraphBlock>().First().Inline);
        return text.ToString();
    }

    [Theory]
    [InlineData("Plain *and* **strong** words", "Plain and strong words")]
    [InlineData("A `mulchDepth` setting", "A mulchDepth setting")]
    [InlineData("[Raised beds](beds.md) &amp; paths", "Raised beds & paths")]
    [InlineData("One <span>tag</span> here", "One tag here")]
    [InlineData("First line\\\nsecond", "First line second")]
    public void TheWordsAReaderSeesWithoutMarkup(string markdown, string expected) =>
        Assert.Equal(expected, TextOf(markdown));
}
