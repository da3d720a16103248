using Limber.Check.Links;
using Limber.Options;

namespace Limber.Tests.Check.Links;

public class LinkResolverTests
{
    private static LinkTarget Classify(string url, string from = "guide/a/index.html", string baseUrl = "/") =>
        new LinkResolver(SiteOptions.Default with { BaseUrl = baseUrl }).Classify(url, from);

    [Theory]
    [InlineData("")]
    [InlineData("mailto:x@example.org")]
    [InlineData("tel:+100")]
    [InlineData("javascript:void(0)")]
    [InlineData("data:image/png;base64,AAAA")]
    [InlineData("ftp://example.org/file")]
    public void SchemesThatAreNotPagesAreSkipped(string url) => Assert.Equal(LinkTargetKind.Skip, Classify(url).Kind);

    [Theory]
    [InlineData("https://other.org/page")]
    [InlineData("//cdn.example.net/x.js")]
    public void OtherSitesAreExternal(string url) => Assert.Equal(LinkTargetKind.External, Classify(url).Kind);

    [Fact]
    public void AFragmentAloneIsThisPageDecoded() =>
        Assert.Equal(new LinkTarget(LinkTargetKind.SamePage, "", "a b"), Classify("#a%20b"));

    [Theory]
    [InlineData("../b/", "guide/b/", "")]
    [InlineData("c.html#part", "guide/a/c.html", "part")]
    [InlineData("/guide/b/#x", "guide/b/", "x")]
    [InlineData("/img/a%20b.png", "img/a b.png", "")]
    [InlineData("?q=1", "guide/a/index.html", "")]
    public void InternalLinksResolveToOutputPaths(string url, string path, string fragment) =>
        Assert.Equal(new LinkTarget(LinkTargetKind.Internal, path, fragment), Classify(url));

    [Fact]
    public void UnderABasePathRootLinksAreRelativeToIt()
    {
        Assert.Equal(new LinkTarget(LinkTargetKind.Internal, "b/", "x"), Classify("/docs/b/#x", "a/index.html", "/docs/"));
        Assert.Equal(new LinkTarget(LinkTargetKind.Internal, "b/", ""), Classify("../b/", "a/index.html", "/docs/"));
        Assert.Equal(new LinkTarget(LinkTargetKind.OutsideBasePath, "/elsewhere/", ""), Classify("/elsewhere/", "a/index.html", "/docs/"));
        Assert.Equal(new LinkTarget(LinkTargetKind.OutsideBasePath, "/elsewhere/x.html", ""), Classify("/elsewhere/x.html", "a/index.html", "/docs/"));
    }

    [Fact]
    public void AbsoluteLinksToTheSiteItselfAreInternal()
    {
        Assert.Equal(new LinkTarget(LinkTargetKind.Internal, "b/", "p"), Classify("https://example.org/docs/b/#p", "a/index.html", "https://example.org/docs/"));
        Assert.Equal(LinkTargetKind.External, Classify("https://example.org/other/", "a/index.html", "https://example.org/docs/").Kind);
        Assert.Equal(LinkTargetKind.External, Classify("https://example.org:8443/docs/b/", "a/index.html", "https://example.org/docs/").Kind);
    }

    [Fact]
    public void NumberedUrlsResolveLikeTheirText()
    {
        var strings = new LinkStrings();
        string[] urls = ["#top", "../b/", "/b/", "?q", "https://other.org/", "mailto:a@b.c", "c.html"];
        var numbers = urls.Select(u => strings.Number(u)).ToArray();
        var resolver = new LinkResolver(SiteOptions.Default, strings);
        foreach (var from in (string[])["a/index.html", "x/y/index.html", "index.html"])
        {
            for (var i = 0; i < urls.Length; i++)
            {
                Assert.Equal(Classify(urls[i], from), resolver.Resolve(numbers[i], from));
                Assert.Equal(Classify(urls[i], from), resolver.Resolve(numbers[i], from)); // remembered: the same again
            }
        }
    }
}
