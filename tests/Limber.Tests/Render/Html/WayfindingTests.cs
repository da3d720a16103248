using Limber.Options;
using Limber.Pages;
using Limber.Render.Html;

namespace Limber.Tests.Render.Html;

public class WayfindingTests
{
    private static Page P(string id, PageKind kind, string destination, string title, params PageLink[] items) => new()
    {
        Id = id,
        Kind = kind,
        Source = new SourceRef(id),
        Destination = destination,
        FrontMatter = FrontMatter.Empty with { Title = title },
        Items = [.. items],
    };

    private static readonly Page[] Pages =
    [
        P("home", PageKind.Content, "index.html", "Home"),
        P("topics", PageKind.List, "topics/index.html", "Topics", new PageLink("Sciatica", "/topics/sciatica/"), new PageLink("Hip pain", "/topics/hip-pain/")),
        P("sciatica", PageKind.Topic, "topics/sciatica/index.html", "Sciatica", new PageLink("Bridge", "/exercises/bridge/"), new PageLink("Squat", "/exercises/squat/")),
        P("hip-pain", PageKind.Topic, "topics/hip-pain/index.html", "Hip pain", new PageLink("Squat", "/exercises/squat/"), new PageLink("Lunge", "/exercises/lunge/")),
        P("exercises", PageKind.List, "exercises/index.html", "Exercises",
            new PageLink("hips", "/exercises/body-area/hips/", "2 exercises") { Section = "By body area" },
            new PageLink("none", "/exercises/equipment/none/", "3 exercises") { Section = "By equipment" },
            new PageLink("Bridge", "/exercises/bridge/"), new PageLink("Lunge", "/exercises/lunge/"), new PageLink("Squat", "/exercises/squat/")),
        P("bridge", PageKind.Exercise, "exercises/bridge/index.html", "Bridge"),
        P("squat", PageKind.Exercise, "exercises/squat/index.html", "Squat"),
        P("lunge", PageKind.Exercise, "exercises/lunge/index.html", "Lunge"),
        P("hips", PageKind.List, "exercises/body-area/hips/index.html", "Exercises · body area: hips"),
    ];

    private static readonly Wayfinding Way = new(Pages, u => "/docs" + u);

    [Fact]
    public void BreadcrumbsListHomeAndEachAncestorThatIsAPage()
    {
        var crumbs = Way.Breadcrumbs(Pages[^1]);

        Assert.Equal(["Home", "Exercises", "Exercises · body area: hips"], crumbs.Select(c => (string)c["title"]!));
        Assert.Equal(["/docs/", "/docs/exercises/", "/docs/exercises/body-area/hips/"], crumbs.Select(c => (string)c["url"]!));
        Assert.Empty(Way.Breadcrumbs(Pages[0]));
    }

    [Fact]
    public void BreadcrumbJsonLdUsesAbsoluteUrlsWhenTheBaseUrlIsAbsolute()
    {
        var json = Wayfinding.BreadcrumbJsonLd(Way.Breadcrumbs(Pages[5]), SiteOptions.Default with { BaseUrl = "https://example.org/docs/" })!;

        Assert.Contains("\"@type\":\"BreadcrumbList\"", json);
        Assert.Contains("\"position\":3,\"name\":\"Bridge\",\"item\":\"https://example.org/docs/exercises/bridge/\"", json);
    }

    [Fact]
    public void PreviousAndNextFollowTheFirstTopicThatListsAnExercise()
    {
        var (prev, next) = Way.PreviousNext(Pages[6]); // Squat: second in Sciatica (the first topic), not Hip pain.

        Assert.Equal(("Bridge", "Sciatica"), ((string)prev!["title"]!, (string)prev["within"]!));
        Assert.Null(next);
        var (lungePrev, _) = Way.PreviousNext(Pages[7]);
        Assert.Equal("Squat", lungePrev!["title"]);
        var (_, topicNext) = Way.PreviousNext(Pages[2]);
        Assert.Equal(("/docs/topics/hip-pain/", "Topics"), ((string)topicNext!["url"]!, (string)topicNext["within"]!));
    }

    [Fact]
    public void StartPointsAreTheBodyAreaFacetsAndTheTopicsInOrder()
    {
        Assert.Equal(["hips"], Way.StartAreas.Select(a => (string)a["title"]!));
        Assert.Equal(["body_area", "equipment"], Way.Filters.Select(f => (string)f["name"]!));
    }

    [Fact]
    public void ATableOfContentsNeedsThreeSecondLevelHeadings()
    {
        Assert.Null(Wayfinding.Toc("<h2 id=\"a\">A</h2><h2 id=\"b\">B</h2>"));
        var toc = Wayfinding.Toc("<h2 id=\"a\">A <em>x</em></h2><h3 id=\"n\">N</h3><h2 id=\"b\">B &amp; C</h2><h2>no id</h2><h2 id=\"c\">C</h2>")!;
        Assert.Equal(["a", "b", "c"], toc.Select(e => (string)e["id"]!));
        Assert.Equal("B & C", toc[1]["title"]);
    }

    [Fact]
    public void DocsPagesTakeBreadcrumbsAndPreviousNextFromTheSectionTree()
    {
        Page Doc(string file, string destination, string title, string? navTitle = null) => Limber.Tests.Core.Navigation.SectionTreeTests.Content(file, destination, title, navTitle: navTitle);
        Page[] docs =
        [
            Doc("index.md", "index.html", "Home"),
            Doc("guide/_index.md", "guide/index.html", "The complete guide", navTitle: "Guide"),
            Doc("guide/install.md", "setup/index.html", "Installing"),
            Doc("guide/use.md", "guide/use/index.html", "Using it"),
        ];
        var way = new Wayfinding(docs, Limber.Navigation.SectionTree.Build(docs), u => u);

        // The slugged page's crumbs follow its folder, not its URL.
        Assert.Equal(["Home", "Guide", "Installing"], way.Breadcrumbs(docs[2]).Select(c => (string)c["title"]!));
        Assert.Equal(["/", "/guide/", "/setup/"], way.Breadcrumbs(docs[2]).Select(c => (string)c["url"]!));
        var (previous, next) = way.PreviousNext(docs[2]);
        Assert.Equal(("/guide/", "/guide/use/", "Guide"), ((string)previous!["url"]!, (string)next!["url"]!, (string)next["within"]!));
    }
}
