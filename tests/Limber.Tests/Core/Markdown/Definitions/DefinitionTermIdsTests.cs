using Limber.Markdown;

namespace Limber.Tests.Core.Markdown.Definitions;

public class DefinitionTermIdsTests
{
    private static string Html(string markdown) => Markdig.Markdown.ToHtml(markdown, SiteMarkdown.Pipeline);

    [Fact]
    public void ATermGetsAnIdSluggedLikeAHeading()
    {
        var html = Html("`mulchDepth`\n: How deep the mulch lies.\n\n*Raised beds* and paths\n: Where to walk.\n");

        Assert.Contains("<dt id=\"mulchdepth\"><code>mulchDepth</code></dt>", html, StringComparison.Ordinal);
        Assert.Contains("<dt id=\"raised-beds-and-paths\"><em>Raised beds</em> and paths</dt>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void HeadingsKeepTheirIdsAndARepeatedTermIsNumbered()
    {
        var html = Html("## Compost\n\ncompost\n: Rotted matter.\n\ncompost\n: Again.\n");

        Assert.Contains("<h2 id=\"compost\">Compost</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<dt id=\"compost-1\">compost</dt>", html, StringComparison.Ordinal);
        Assert.Contains("<dt id=\"compost-2\">compost</dt>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void AnIdWrittenOnTheTermIsKept()
    {
        var html = Html("Watering {#water}\n: Every morning.\n");

        Assert.Contains("<dt id=\"water\">Watering", html, StringComparison.Ordinal);
        Assert.DoesNotContain("watering", html, StringComparison.Ordinal);
    }

    [Fact]
    public void PagesWithoutADefinitionListAreUnchanged()
    {
        Assert.Equal("<h2 id=\"soil\">Soil</h2>\n<p>Loam: mostly sand.</p>\n", Html("## Soil\n\nLoam: mostly sand.\n"));
    }
}
