using Limber.Check.Links;
using Limber.Pages;

namespace Limber.Tests.Check.Links;

public class LinkSourceLocatorTests
{
    [Fact]
    public void RawHtmlLinksAreFoundAtTheirOwnLineAndColumnNotAtTheFirstMatchingText()
    {
        var page = new Page
        {
            Id = "p",
            Kind = PageKind.Content,
            Source = new SourceRef("content/p.md", 1, 1),
            Destination = "p/index.html",
            Body = "Mentions missing.md and gone.png early.\n\nSee <a href=\"missing.md\">it</a>.\n\n<div><img src=\"gone.png\"></div>\n",
            BodyLine = 4,
        };
        var locator = new LinkSourceLocator(page);

        Assert.Equal(new SourceRef("content/p.md", 6, 14), locator.Locate("missing.md"));
        Assert.Equal(new SourceRef("content/p.md", 8, 16), locator.Locate("gone.png"));
    }
}
