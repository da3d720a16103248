using Limber.Options;
using Limber.Pages;
using Limber.Pipeline;
using Limber.Render.Navigation;
using static Limber.Tests.Core.Navigation.SectionTreeTests;

namespace Limber.Tests.Render.Navigation;

public class SectionsStageTests
{
    private static Site Run(params Page[] pages) =>
        new SectionsStage().Run(Site.Empty with { Pages = [.. pages] }, new StageContext(new BuildOptions())).Site;

    [Fact]
    public void TheSiteCarriesTheTreeAndSectionPagesListTheirEntries()
    {
        var site = Run(
            Content("index.md", "index.html", "Home"),
            Content("guide/_index.md", "guide/index.html", "Guide"),
            Content("guide/b.md", "guide/b/index.html", "B"),
            Content("guide/a.md", "guide/a/index.html", "A") with { FrontMatter = FrontMatter.Empty with { Title = "A", Description = "First." } });

        Assert.Equal(["/guide/a/", "/guide/b/"], site.Sections.Find("/guide/")!.Children.Select(c => c.Url));
        var guide = Assert.Single(site.Pages, p => p.Url == "/guide/");
        Assert.Equal([("A", "/guide/a/", "First."), ("B", "/guide/b/", null)], guide.Items.Select(i => (i.Title, i.Url, i.Summary)));
        Assert.All(guide.Items, i => Assert.Equal(SectionsStage.ListingHeading, i.Section));
        Assert.Equal(["/guide/"], Assert.Single(site.Pages, p => p.Url == "/").Items.Select(i => i.Url));
        Assert.Empty(Assert.Single(site.Pages, p => p.Url == "/guide/a/").Items);
    }

    [Fact]
    public void APageThatAlreadyListsSomethingKeepsItsList()
    {
        var home = Content("index.md", "index.html", "Home") with { Items = [new PageLink("Elsewhere", "/elsewhere/")] };

        var site = Run(home, Content("a.md", "a/index.html", "A"));

        Assert.Equal(["/elsewhere/"], Assert.Single(site.Pages, p => p.Url == "/").Items.Select(i => i.Url));
    }
}
