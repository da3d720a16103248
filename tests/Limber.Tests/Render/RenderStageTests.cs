using System.Collections.Immutable;
using System.Text;
using Limber.Diagnostics;
using Limber.Options;
using Limber.Pages;
using Limber.Pipeline;
using Limber.Render;

namespace Limber.Tests.Render;

public class RenderStageTests
{
    private static Page ContentPage(string file, string body, string destination) => new()
    {
        Id = Path.GetFileNameWithoutExtension(file),
        Kind = PageKind.Content,
        Source = new SourceRef(file, 1, 1),
        Destination = destination,
        FrontMatter = FrontMatter.Empty with { Title = "T " + file },
        Body = body,
    };

    private static StageResult Render(Site site) => new RenderStage().Run(site, new StageContext(new BuildOptions()));

    private static string Html(StageResult result, string path) =>
        Encoding.UTF8.GetString(result.Site.Outputs.Single(o => o.Path == path).Content.Span);

    private static Site WithOverride(Site site, string path, string text) =>
        site with { ThemeOverrides = site.ThemeOverrides.Add(path, new InputFile("theme/" + path, text)) };

    [Fact]
    public void ALayoutThatDrawsTheSidebarItselfReadsItsEntries()
    {
        var guide = ContentPage("guide/_index.md", "", "guide/index.html") with { Id = "guide" };
        var a = ContentPage("guide/a.md", "Text.", "guide/a/index.html");
        var site = WithOverride(Site.Empty with { Pages = [guide, a] } is var s ? s with { Sections = Limber.Navigation.SectionTree.Build(s.Pages) } : s, "layouts/page.liquid",
            "{% for e in page.sidebar %}[{{ e.title }}{% if e.open %} open{% endif %}{% for c in e.children %} ({{ c.title }}{% if c.current %} current{% endif %}){% endfor %}]{% endfor %}");

        var html = Html(Render(site), "guide/a/index.html");

        Assert.Contains("[T guide/_index.md open (T guide/a.md current)]", html);
    }

    [Fact]
    public void PassageTextIsEncodedNeverInterpretedAsHtml()
    {
        var passage = new Passage("src-l1", "sources/src.txt", 1, "<script>alert(1)</script> & <b>bold</b>");
        var page = new Page
        {
            Id = "p",
            Kind = PageKind.Topic,
            Source = new SourceRef("topics/p.md"),
            Destination = "topics/p/index.html",
            Groups = [new PassageGroup("", [passage])],
        };

        var html = Html(Render(Site.Empty with { Pages = [page], Passages = [passage] }), "topics/p/index.html");

        Assert.DoesNotContain("<script>alert", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;", html);
        Assert.Contains("id=\"src-l1\"", html);
        Assert.Contains("<summary>Where this comes from</summary>\n<p>sources/src.txt, line 1</p>", html); // provenance, collapsed
    }

    [Fact]
    public void RemovedPassagesAreNotShown()
    {
        var kept = new Passage("a-l1", "sources/a.txt", 1, "kept text");
        var dup = new Passage("a-l2", "sources/a.txt", 2, "kept text!") { Status = PassageStatus.Duplicate, DuplicateOf = "a-l1" };
        var page = new Page { Id = "p", Kind = PageKind.Topic, Source = new SourceRef("topics/p.md"), Destination = "p/index.html", Groups = [new PassageGroup("", [kept, dup with { Status = PassageStatus.Kept }])] };

        var html = Html(Render(Site.Empty with { Pages = [page], Passages = [kept, dup] }), "p/index.html");

        Assert.Contains("kept text", html);
        Assert.DoesNotContain("kept text!", html);
    }

    [Fact]
    public void MarkdownCopiesAreWrittenBesideEachPageOnlyWhenTurnedOn()
    {
        var page = ContentPage("content/about.md", "Some *text*.", "about/index.html");

        var on = Render(Site.Empty with { Pages = [page], Options = SiteOptions.Default with { MarkdownCopies = true } }).Site.Outputs;
        var off = Render(Site.Empty with { Pages = [page] }).Site.Outputs;

        Assert.Contains("Some *text*.", System.Text.Encoding.UTF8.GetString(on.Single(o => o.Path == "about/index.md").Content.Span), StringComparison.Ordinal);
        Assert.Contains(off, o => o.Path == "about/index.html");
        Assert.DoesNotContain(off, o => o.Path.EndsWith(".md", StringComparison.Ordinal));
        Assert.DoesNotContain("text/markdown", System.Text.Encoding.UTF8.GetString(off.Single(o => o.Path == "about/index.html").Content.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void LinksToMarkdownFilesBecomePageUrlsKeepingTheFragment()
    {
        var a = ContentPage("content/guide/a.md", "See [b](../b.md#part-two) and [x](https://example.org/x.md).", "guide/a/index.html");
        var b = ContentPage("content/b.md", "## Part two", "b/index.html");

        var html = Html(Render(Site.Empty with { Pages = [a, b] }), "guide/a/index.html");

        Assert.Contains("href=\"/b/#part-two\"", html);
        Assert.Contains("href=\"https://example.org/x.md\"", html);
    }

    [Fact]
    public void BaseUrlPathPrefixesEveryInternalLinkAndEnablesTheSitemap()
    {
        var site = Site.Empty with
        {
            Options = SiteOptions.Default with { BaseUrl = "https://example.org/docs/" },
            Pages = [ContentPage("content/index.md", "[about](about.md)", "index.html"), ContentPage("content/about.md", "hi", "about/index.html")],
        };

        var result = Render(site);
        var html = Html(result, "index.html");

        Assert.Contains("href=\"/docs/about/\"", html);
        Assert.Contains("<link rel=\"canonical\" href=\"https://example.org/docs/\">", html);
        Assert.Contains("<loc>https://example.org/docs/about/</loc>", Html(result, "sitemap.xml"));
    }

    [Fact]
    public void NoSitemapWithoutAnAbsoluteBaseUrl()
    {
        var result = Render(Site.Empty with { Pages = [ContentPage("content/index.md", "x", "index.html")] });

        Assert.DoesNotContain(result.Site.Outputs, o => o.Path == "sitemap.xml");
        Assert.Contains(result.Site.Outputs, o => o.Path == "robots.txt");
    }

    [Fact]
    public void StylesheetNameCarriesAContentHashAndPagesLinkIt()
    {
        var result = Render(Site.Empty with { Pages = [ContentPage("content/index.md", "x", "index.html")] });

        var css = Assert.Single(result.Site.Outputs, o => o.Path.StartsWith("assets/site.", StringComparison.Ordinal));
        Assert.Matches(@"^assets/site\.[0-9a-f]{10}\.css$", css.Path);
        Assert.Contains($"href=\"/{css.Path}\"", Html(result, "index.html"));
    }

    [Fact]
    public void ThemeOverrideFromInputReplacesTheBuiltInLayout()
    {
        var site = WithOverride(Site.Empty with { Pages = [ContentPage("content/a.md", "x", "a/index.html")] }, "layouts/page.liquid", "<p class=\"mine\">{{ page.title }}</p>");

        Assert.Contains("<p class=\"mine\">T content/a.md</p>", Html(Render(site), "a/index.html"));
    }

    [Fact]
    public void UnknownVariableInALayoutIsAnErrorAtTheTemplateLine()
    {
        var site = WithOverride(Site.Empty with { Pages = [ContentPage("content/a.md", "x", "a/index.html")] }, "layouts/page.liquid", "<h1>{{ page.title }}</h1>\n<p>{{ page.titel }}</p>\n<p>{{ nonsense }}</p>");

        var result = Render(site);

        var d = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.TemplateUnknownVariable).OrderBy(d => d.Line).ToList();
        Assert.Equal(2, d.Count);
        Assert.Equal(("theme/layouts/page.liquid", 2), (d[0].File, d[0].Line));
        Assert.Contains("page.titel", d[0].Message);
        Assert.Equal(3, d[1].Line);
        Assert.Contains("nonsense", d[1].Message);
    }

    [Fact]
    public void TemplateSyntaxErrorIsReportedWithItsLine()
    {
        var site = WithOverride(Site.Empty with { Pages = [ContentPage("content/a.md", "x", "a/index.html")] }, "layouts/page.liquid", "ok\n{% if page.title %}\nnever closed\n");

        var d = Assert.Single(Render(site).Diagnostics);
        Assert.Equal(DiagnosticCodes.TemplateSyntax, d.Code);
        Assert.Equal("theme/layouts/page.liquid", d.File);
        Assert.True(d.Line >= 2, $"line {d.Line}");
    }

    [Fact]
    public void UnknownFilterIsAnError()
    {
        var site = WithOverride(Site.Empty with { Pages = [ContentPage("content/a.md", "x", "a/index.html")] }, "layouts/page.liquid", "\n{{ page.title | shout }}");

        var d = Assert.Single(Render(site).Diagnostics);
        Assert.Equal(DiagnosticCodes.TemplateUnknownFilter, d.Code);
        Assert.Equal(2, d.Line);
    }

    [Fact]
    public void TwoPagesWithTheSameDestinationIsAnError()
    {
        var site = Site.Empty with { Pages = [ContentPage("content/a.md", "x", "a/index.html"), ContentPage("content/b.md", "y", "a/index.html")] };

        var d = Assert.Single(Render(site).Diagnostics);
        Assert.Equal(DiagnosticCodes.DuplicateDestination, d.Code);
        Assert.Equal("content/b.md", d.File);
    }

    [Fact]
    public void RenderingIsDeterministic()
    {
        var site = Site.Empty with { Pages = [ContentPage("content/index.md", "# x\n\n[a](a.md)", "index.html"), ContentPage("content/a.md", "y", "a/index.html")] };

        var first = Render(site).Site.Outputs;
        var second = Render(site).Site.Outputs;

        Assert.Equal(first.Select(o => o.Path), second.Select(o => o.Path));
        Assert.All(first.Zip(second), p => Assert.True(p.First.Content.Span.SequenceEqual(p.Second.Content.Span), p.First.Path));
    }

    [Fact]
    public void DefaultNavigationListsHomeThenTopLevelPagesByOrder()
    {
        ImmutableArray<Page> pages =
        [
            ContentPage("content/b.md", "", "b/index.html") with { FrontMatter = FrontMatter.Empty with { Title = "B", Order = 1 } },
            ContentPage("content/a.md", "", "a/index.html") with { FrontMatter = FrontMatter.Empty with { Title = "A", Order = 2 } },
            ContentPage("content/deep.md", "", "x/deep/index.html") with { FrontMatter = FrontMatter.Empty with { Order = 0 } },
            ContentPage("content/unordered.md", "", "unordered/index.html"),
            new Page { Id = "s", Kind = PageKind.List, Source = new SourceRef("sources/"), Destination = "sources/index.html", FrontMatter = FrontMatter.Empty with { Title = "Sources" } },
        ];

        Assert.Equal(["/", "/b/", "/a/", "/sources/"], RenderStage.DefaultNavigation(pages).Select(n => n.Url));
    }
}
