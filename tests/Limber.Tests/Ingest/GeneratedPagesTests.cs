using Limber.Ingest;
using Limber.Pages;

namespace Limber.Tests.Ingest;

public class GeneratedPagesTests
{
    [Fact]
    public void EachSourceFileGetsAListingAndTheSourcesIndexListsThemInPathOrder()
    {
        var passages = new[]
        {
            new Passage("b-l1", "sources/web-b.txt", 1, "x"),
            new Passage("a-l1", "sources/forum_a.txt", 1, "y"),
            new Passage("a-l2", "sources/forum_a.txt", 2, "z"),
        };

        var pages = GeneratedPages.SourceListings(passages).ToList();

        Assert.Equal(["sources/forum-a/index.html", "sources/web-b/index.html", "sources/index.html"], pages.Select(p => p.Destination));
        Assert.Equal("Source: Forum a", pages[0].Title);
        Assert.Equal(["/sources/forum-a/", "/sources/web-b/"], pages[2].Items.Select(i => i.Url));
        Assert.Empty(GeneratedPages.SourceListings([]));
    }

    [Fact]
    public void TheDefaultHomeListsListedTopLevelPagesByOrderThenTitle()
    {
        static Page At(string destination, string title, int? order = null, bool listed = true) => new()
        {
            Id = title,
            Kind = PageKind.Content,
            Source = new SourceRef("content/" + title + ".md"),
            Destination = destination,
            FrontMatter = FrontMatter.Empty with { Title = title, Order = order, Listed = listed },
        };

        var home = GeneratedPages.DefaultHome([
            At("soil/index.html", "Soil"), At("beds/index.html", "Beds"), At("tools/index.html", "Tools", order: 1),
            At("guide/deep/index.html", "Deep"), At("hidden/index.html", "Hidden", listed: false)]);

        Assert.Equal("index.html", home.Destination);
        Assert.Equal(["Tools", "Beds", "Soil"], home.Items.Select(i => i.Title));
    }
}
