using Limber.Pages;
using Limber.Render.Html;

namespace Limber.Tests.Render.Html;

public class MarkdownHtmlTests
{
    [Fact]
    public void ALinkWithNoTargetIsItsText()
    {
        var page = new Page { Id = "a", Kind = PageKind.Content, Source = new SourceRef("content/a.md", 1, 1), Destination = "a/index.html" };
        var html = MarkdownHtml.Render(page, "Read [the guide][g] and [more](other.html).\n\n[g]: <>\n", new SourceLinks(new Dictionary<string, Page>(), new HashSet<string>()), u => u);
        Assert.Equal("<p>Read the guide and <a href=\"other.html\">more</a>.</p>\n", html);
    }
}
