using Limber.Check.Links;
using Limber.Diagnostics;
using Limber.Options;
using Limber.Pages;
using Limber.Pipeline;

namespace Limber.Tests.Check.Links;

public class LinkCheckStageTests
{
    private static Page ContentPage(string id, string body, int bodyLine = 4) => new()
    {
        Id = id,
        Kind = PageKind.Content,
        Source = new SourceRef($"content/{id}.md", 1, 1),
        Destination = $"{id}/index.html",
        Body = body,
        BodyLine = bodyLine,
    };

    private static Site SiteWith(SiteOptions options, params (Page Page, string Html)[] pages) => Site.Empty with
    {
        Options = options,
        Pages = [.. pages.Select(p => p.Page)],
        Outputs = [.. pages.Select(p => OutputFile.FromText(p.Page.Destination, p.Html)), OutputFile.FromText("img/a.png", "png")],
    };

    private static List<Diagnostic> Run(Site site) => [.. new LinkCheckStage().Run(site, new StageContext(new BuildOptions())).Diagnostics];

    [Fact]
    public void ValidLinksFragmentsSrcAndSrcsetPass()
    {
        var a = ContentPage("a", "See [b](b.md#part).\n");
        var b = ContentPage("b", "x");
        var site = SiteWith(
            SiteOptions.Default with { BaseUrl = "https://example.org/docs/" },
            (a, "<a href=\"/docs/b/#part\">b</a><a href=\"../b/\">b</a><a href=\"#top\">t</a><a href=\"https://example.org/docs/b/#part\">abs</a><img src=\"/docs/img/a.png\" srcset=\"/docs/img/a.png 1x, ../img/a.png 2x\"><a href=\"mailto:x@y.z\">m</a><a href=\"https://other.org/nope\">ext</a>"),
            (b, "<h2 id=\"part\">Part</h2>"));
        Assert.Empty(Run(site).Select(d => d.Format()));
    }

    [Fact]
    public void BrokenLinkAndMissingAnchorPointAtTheMarkdownLine()
    {
        var a = ContentPage("a", "Intro.\n\nSee [gone](gone.md) and\n[b](b.md#nope) and [here](#missing).\n");
        var b = ContentPage("b", "x");
        var site = SiteWith(
            SiteOptions.Default,
            (a, "<p>See <a href=\"gone.md\">gone</a> and <a href=\"/b/#nope\">b</a> and <a href=\"#missing\">here</a>.</p><h2 id=\"present\">P</h2>"),
            (b, "<h2 id=\"nope-not\">Part</h2>"));
        var ds = Run(site);
        Assert.Equal(3, ds.Count);
        var broken = ds.Single(d => d.Code == DiagnosticCodes.LinkBroken);
        Assert.Equal(("content/a.md", 6, 5, Severity.Error), (broken.File, broken.Line, broken.Column, broken.Severity));
        var anchors = ds.Where(d => d.Code == DiagnosticCodes.AnchorMissing).OrderBy(d => d.Column).ToList();
        Assert.Equal([(7, 1), (7, 20)], anchors.Select(d => (d.Line, d.Column)));
        Assert.Contains("#nope-not", anchors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AbsoluteLinksToTheOwnBaseUrlAreInternal()
    {
        var a = ContentPage("a", "[x](https://example.org/b/)\n", bodyLine: 1);
        var site = SiteWith(SiteOptions.Default with { BaseUrl = "https://example.org/" }, (a, "<a href=\"https://example.org/b/\">x</a>"));
        var d = Assert.Single(Run(site));
        Assert.Equal((DiagnosticCodes.LinkBroken, "content/a.md", 1, 1), (d.Code, d.File, d.Line, d.Column));
    }

    [Fact]
    public void LayoutLinksAreReportedOnceAgainstThePageSource()
    {
        var a = ContentPage("a", "text");
        var b = ContentPage("b", "text");
        var site = SiteWith(SiteOptions.Default, (a, "<nav><a href=\"/missing/\">m</a></nav>"), (b, "<nav><a href=\"/missing/\">m</a></nav>"));
        var d = Assert.Single(Run(site));
        Assert.Contains("from the layout", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StreamedCachedAndWholeSiteRunsReportTheSame()
    {
        var a = ContentPage("a", "Intro.\n\nSee [gone](gone.md) and\n[b](b.md#nope) and [here](#missing).\n");
        var b = ContentPage("b", "x");
        var site = SiteWith(
            SiteOptions.Default with { BaseUrl = "https://example.org/docs/" },
            (a, "<p>See <a href=\"gone.md\">gone</a> and <a href=\"/docs/b/#nope\">b</a> and <a href=\"#missing\">here</a> <a href=\"/elsewhere/\">out</a>.</p><h2 id=\"present\">P</h2>"),
            (b, "<h2 id=\"nope-not\">Part</h2><a href=\"#present\">no such id here</a>"));
        var stage = new LinkCheckStage();
        var context = new StageContext(new BuildOptions());

        var pass = stage.Begin(site, context);
        var next = new List<OutputFile>();
        foreach (var file in site.Outputs.Reverse())
        {
            pass.Take(file, next);
        }

        var streamed = pass.End(site, context).Diagnostics.Select(d => d.Format()).Order(StringComparer.Ordinal).ToList();
        var whole = Run(site).Select(d => d.Format()).Order(StringComparer.Ordinal).ToList();
        var cache = new BuildCache();
        var cached = stage.Run(site, context with { Cache = cache }).Diagnostics.Select(d => d.Format()).Order(StringComparer.Ordinal).ToList();
        var again = stage.Run(site, context with { Cache = cache }).Diagnostics.Select(d => d.Format()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(5, whole.Count);
        Assert.Equal(whole, streamed);
        Assert.Equal(whole, cached);
        Assert.Equal(whole, again);
        Assert.Equal(site.Outputs.Length, next.Count);
    }
}
