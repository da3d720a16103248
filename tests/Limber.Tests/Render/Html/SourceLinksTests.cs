using Limber.Pages;
using Limber.Render.Html;

namespace Limber.Tests.Render.Html;

public class SourceLinksTests
{
    private static Page PageAt(string file, string destination) => new()
    {
        Id = file,
        Kind = PageKind.Content,
        Source = new SourceRef(file, 1, 1),
        Destination = destination,
    };

    private static readonly SourceLinks Links = new(
        new[]
        {
            PageAt("content/guide/soil.md", "guide/soil/index.html"),
            PageAt("content/guide/_index.md", "guide/index.html"),
            PageAt("content/tools/README.md", "tools/index.html"),
            PageAt("content/notes.markdown", "notes/index.html"),
            PageAt("content/tools/HandTrowel.md", "tools/handtrowel/index.html"),
        }.ToDictionary(p => p.Source.File),
        new HashSet<string> { "guide/img/loam.png", "img/logo.svg" });

    [Theory]
    [InlineData("soil.md", "/guide/soil/")]
    [InlineData("soil.md#ph", "/guide/soil/#ph")]
    [InlineData("soil.md?v=2#ph", "/guide/soil/?v=2#ph")]
    [InlineData("SOIL.MD", "/guide/soil/")]
    [InlineData("../notes.markdown", "/notes/")]
    [InlineData("./_index.md", "/guide/")]
    [InlineData("../tools/", "/tools/")]
    [InlineData("../tools", "/tools/")]
    [InlineData("img/loam.png", "/guide/img/loam.png")]
    [InlineData("../img/logo.svg", "/img/logo.svg")]
    public void RelativeTargetsAreReadFromThePagesSourceFolder(string target, string expected) =>
        Assert.Equal(expected, Links.Resolve("content/guide/watering.md", target));

    [Theory]
    [InlineData("/tools/HandTrowel/", "/tools/handtrowel/")]
    [InlineData("/tools/handTROWEL#grip", "/tools/handtrowel/#grip")]
    [InlineData("/tools/HandTrowel.md?v=1", "/tools/handtrowel/?v=1")]
    [InlineData("/guide", "/guide/")]
    public void RootRelativeTargetsThatNameASourceFileInAnyCaseLeadToItsPage(string target, string expected) =>
        Assert.Equal(expected, Links.Resolve("content/guide/watering.md", target));

    [Theory]
    [InlineData("@/guide/soil.md", "/guide/soil/")]
    [InlineData("@/guide/soil.md#ph", "/guide/soil/#ph")]
    [InlineData("@/guide/_index.md", "/guide/")]
    [InlineData("@/tools/handtrowel.md", "/tools/handtrowel/")]
    [InlineData("@/guide/img/loam.png", "/guide/img/loam.png")]
    public void ZolaInternalLinksAreReadFromTheContentFolder(string target, string expected) =>
        Assert.Equal(expected, Links.Resolve("content/tools/README.md", target));

    [Theory]
    [InlineData("@/guide/missing.md")]
    [InlineData("@/../outside.md")]
    [InlineData("@/")]
    public void ZolaInternalLinksToNothingAreLeftAsWritten(string target) =>
        Assert.Null(Links.Resolve("content/tools/README.md", target));

    [Theory]
    [InlineData("/tools/handtrowel/")]
    [InlineData("/guide/")]
    [InlineData("/img/logo.svg")]
    [InlineData("/tools/Spade/")]
    [InlineData("/tools/HandTrowel.html")]
    [InlineData("//example.org/tools/HandTrowel/")]
    [InlineData("/")]
    public void RootRelativeTargetsThatAreAddressesOrNameNoSourceAreLeftAsWritten(string target) =>
        Assert.Null(Links.Resolve("content/guide/watering.md", target));

    [Theory]
    [InlineData("missing.md")]
    [InlineData("img/missing.png")]
    [InlineData("../../outside.md")]
    [InlineData("https://example.org/soil.md")]
    [InlineData("mailto:gardener@example.org")]
    [InlineData("xref:soil")]
    [InlineData("/guide/soil/")]
    [InlineData("#ph")]
    [InlineData("")]
    public void TargetsThatLeadNowhereKnownAreLeftAsWritten(string target) =>
        Assert.Null(Links.Resolve("content/guide/watering.md", target));

    [Fact]
    public void MarkdownAndRawHtmlLinksAreMappedButCodeIsNot()
    {
        var page = PageAt("content/guide/watering.md", "guide/watering/index.html");
        var body = "See [soil](soil.md#ph) and ![loam](img/loam.png).\n\n" +
                   "<p><a href=\"soil.md\">soil</a> <img src='img/loam.png' alt=\"\"></p>\n\n" +
                   "Inline <a href=\"../notes.markdown#top\">notes</a> here.\n\n" +
                   "`[soil](soil.md)`\n\n    <a href=\"soil.md\">code</a>\n";

        var html = MarkdownHtml.Render(page with { Body = body }, body, Links, u => u);

        Assert.Contains("<a href=\"/guide/soil/#ph\">soil</a>", html);
        Assert.Contains("<img src=\"/guide/img/loam.png\" alt=\"loam\" />", html);
        Assert.Contains("<a href=\"/guide/soil/\">soil</a> <img src='/guide/img/loam.png' alt=\"\">", html);
        Assert.Contains("<a href=\"/notes/#top\">notes</a>", html);
        Assert.Contains("<code>[soil](soil.md)</code>", html);
        Assert.Contains("&lt;a href=&quot;soil.md&quot;&gt;code&lt;/a&gt;", html);
    }
}
