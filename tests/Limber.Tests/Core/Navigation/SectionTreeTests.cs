using Limber.Navigation;
using Limber.Pages;

namespace Limber.Tests.Core.Navigation;

public class SectionTreeTests
{
    /// <summary>A content page from <paramref name="file"/> (content-relative) written to <paramref name="destination"/>.</summary>
    internal static Page Content(string file, string destination, string title, int? order = null, string? navTitle = null, bool listed = true) => new()
    {
        Id = ContentPaths.WithoutExtension(file),
        Kind = PageKind.Content,
        Source = new SourceRef("content/" + file, 1, 1),
        Destination = destination,
        FrontMatter = FrontMatter.Empty with { Title = title, Order = order, NavTitle = navTitle, Listed = listed },
    };

    private static readonly Page[] Docs =
    [
        Content("index.md", "index.html", "Home page"),
        Content("guide/_index.md", "guide/index.html", "Guide", order: 1),
        Content("guide/zebra.md", "guide/zebra/index.html", "Zebra"),
        Content("guide/alpha.md", "guide/alpha/index.html", "alpha"),
        Content("guide/first.md", "guide/first/index.html", "Last by name, first by order", order: 1),
        Content("guide/deep/README.md", "guide/deep/index.html", "Deep"),
        Content("guide/deep/inner.md", "guide/deep/inner/index.html", "Inner"),
        Content("about.md", "about/index.html", "About"),
        Content("reference/api.md", "api-docs/index.html", "API", navTitle: "API reference"),
        Content("reference/index.md", "reference/index.html", "Reference", order: 2),
        Content("reference/README.md", "reference/readme/index.html", "Readme beside an index"),
        Content("hidden.md", "hidden/index.html", "Hidden", listed: false),
    ];

    [Fact]
    public void FoldersAreSectionsWithTheirIndexFileAsTheirPage()
    {
        var tree = SectionTree.Build(Docs);

        Assert.Equal("Home page", tree.Root.Title);
        Assert.Equal(["/guide/", "/reference/", "/about/"], tree.Root.Children.Select(c => c.Url));
        var guide = tree.Find("/guide/")!;
        Assert.True(guide.IsSection);
        Assert.Equal(["/guide/first/", "/guide/alpha/", "/guide/deep/", "/guide/zebra/"], guide.Children.Select(c => c.Url));
        Assert.Equal(["/guide/deep/inner/"], tree.Find("/guide/deep/")!.Children.Select(c => c.Url));
    }

    [Fact]
    public void APageStaysInItsFolderSectionWhateverItsSlugAndUsesItsNavigationLabel()
    {
        var tree = SectionTree.Build(Docs);

        var api = Assert.Single(tree.Find("/reference/")!.Children, c => c.Url == "/api-docs/");
        Assert.Equal("API reference", api.Title);
        Assert.Equal("/reference/", tree.ParentOf("/api-docs/")!.Url);
    }

    [Fact]
    public void AReadmeBesideAnIndexIsAnOrdinaryPageOfThatSection()
    {
        var tree = SectionTree.Build(Docs);

        Assert.Contains(tree.Find("/reference/")!.Children, c => c.Url == "/reference/readme/");
    }

    [Fact]
    public void UnlistedPagesAreLeftOut()
    {
        var tree = SectionTree.Build(Docs);

        Assert.Null(tree.Find("/hidden/"));
        Assert.Equal([], tree.Trail("/hidden/"));
    }

    [Fact]
    public void TrailRunsFromHomeToThePage()
    {
        var tree = SectionTree.Build(Docs);

        Assert.Equal(["/", "/guide/", "/guide/deep/", "/guide/deep/inner/"], tree.Trail("/guide/deep/inner/").Select(n => n.Url));
    }

    [Fact]
    public void NeighboursFollowReadingOrderWithinTheTopLevelSection()
    {
        var tree = SectionTree.Build(Docs);

        // guide, first, alpha, deep, inner, zebra: a subsection's page comes before its entries.
        Assert.Equal((null, "/guide/first/"), Urls(tree.Neighbours("/guide/")));
        Assert.Equal(("/guide/alpha/", "/guide/deep/inner/"), Urls(tree.Neighbours("/guide/deep/")));
        Assert.Equal(("/guide/deep/inner/", null), Urls(tree.Neighbours("/guide/zebra/")));
        Assert.Equal((null, null), Urls(tree.Neighbours("/about/"))); // a top-level page on its own
        Assert.Equal((null, null), Urls(tree.Neighbours("/")));
    }

    [Fact]
    public void GeneratedPagesSitUnderTheNearestPageOfTheirUrlAndTakeNoPartInReadingOrder()
    {
        Page Generated(string id, PageKind kind, string destination, string title) => new()
        {
            Id = id, Kind = kind, Source = new SourceRef("sources/x.txt"), Destination = destination, FrontMatter = FrontMatter.Empty with { Title = title },
        };
        var tree = SectionTree.Build([
            Content("index.md", "index.html", "Home"),
            Generated("exercises", PageKind.List, "exercises/index.html", "Exercises"),
            Generated("bridge", PageKind.Exercise, "exercises/bridge/index.html", "Bridge"),
            Generated("squat", PageKind.Exercise, "exercises/squat/index.html", "Squat"),
            Generated("orphan", PageKind.Topic, "topics/orphan/index.html", "Orphan"),
        ]);

        Assert.Equal(["/exercises/bridge/", "/exercises/squat/"], tree.Find("/exercises/")!.Children.Select(c => c.Url));
        Assert.Equal("/", tree.ParentOf("/topics/orphan/")!.Url);
        Assert.Equal((null, null), Urls(tree.Neighbours("/exercises/bridge/")));
    }

    [Fact]
    public void WithoutAHomePageTheRootIsABareHomeEntry()
    {
        var tree = SectionTree.Build([Content("a.md", "a/index.html", "A")]);

        Assert.Equal("/", tree.Root.Url);
        Assert.Equal(["/a/"], tree.Root.Children.Select(c => c.Url));
    }

    private static (string?, string?) Urls((SectionNode? Previous, SectionNode? Next) n) => (n.Previous?.Url, n.Next?.Url);
}
