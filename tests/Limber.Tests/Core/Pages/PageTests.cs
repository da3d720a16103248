using Limber.Pages;
using Limber.Text;

namespace Limber.Tests.Core.Pages;

/// <summary>Page bodies are held as UTF-8 and read back exactly.</summary>
public class PageTests
{
    [Fact]
    public void APageBodyReadsBackExactlyIncludingNonAsciiText()
    {
        const string body = "Hüftbeuger – “hip flexor” stretch: hold 30 s ✓\n";
        var page = new Page { Id = "x", Kind = PageKind.Content, Source = new SourceRef("x.md"), Destination = "x/index.html", Body = body };

        Assert.Equal(body, page.Body.ToString());
        Assert.Equal(Utf8Text.From(body), page.Body);
        Assert.True(page.HasBody);
        Assert.False((page with { Body = "" }).HasBody);
    }

    [Fact]
    public void PagesWithTheSameBodyAreEqualAndADifferentBodyIsNot()
    {
        var a = new Page { Id = "x", Kind = PageKind.Content, Source = new SourceRef("x.md"), Destination = "x/index.html", Body = "one" };

        Assert.Equal(a, a with { Body = new string("one".ToCharArray()) });
        Assert.NotEqual(a, a with { Body = "two" });
        Assert.Equal(Utf8Text.From("abc").GetHashCode(), Utf8Text.From("abc").GetHashCode());
    }

    [Theory]
    [InlineData("index.html", "/")]
    [InlineData("about/index.html", "/about/")]
    [InlineData("docs/guide/index.html", "/docs/guide/")]
    [InlineData("404.html", "/404.html")]
    public void TheUrlFollowsTheDestinationAlsoWhenACopyMovesIt(string destination, string url)
    {
        var page = new Page { Id = "x", Kind = PageKind.Content, Source = new SourceRef("x.md"), Destination = "old/index.html" };

        Assert.Equal("/old/", page.Url);
        Assert.Equal(url, (page with { Destination = destination }).Url);
        Assert.Equal("/old/", page.Url); // the original keeps its own
        Assert.Equal(page with { Destination = destination }, page with { Destination = destination });
    }
}
