using Limber.Navigation;
using Limber.Pages;
using Limber.Render.Navigation;
using static Limber.Tests.Core.Navigation.SectionTreeTests;

namespace Limber.Tests.Render.Navigation;

public class SidebarTests
{
    private static readonly Page[] Pages =
    [
        Content("index.md", "index.html", "Home"),
        Content("guide/_index.md", "guide/index.html", "Guide", order: 1),
        Content("guide/a.md", "guide/a/index.html", "A"),
        Content("guide/deep/_index.md", "guide/deep/index.html", "Deep"),
        Content("guide/deep/inner.md", "guide/deep/inner/index.html", "Inner"),
        Content("reference/_index.md", "reference/index.html", "Reference", order: 2),
        Content("reference/api.md", "reference/api/index.html", "API"),
    ];

    private static List<Dictionary<string, object?>> SidebarOf(string url, IEnumerable<Page>? pages = null)
    {
        var all = (pages ?? Pages).ToList();
        return new Sidebar(SectionTree.Build(all), u => "/base" + u).For(all.First(p => p.Url == url));
    }

    private static List<Dictionary<string, object?>> Children(Dictionary<string, object?> entry) => (List<Dictionary<string, object?>>)entry["children"]!;

    [Fact]
    public void TheSectionsOnTheWayToThePageAreOpenAndTheOthersClosed()
    {
        var sidebar = SidebarOf("/guide/deep/inner/");

        Assert.Equal(["/base/guide/", "/base/reference/"], sidebar.Select(e => e["url"]));
        var guide = sidebar[0];
        Assert.Equal(true, guide["open"]);
        Assert.Equal(false, guide["current"]);
        Assert.Equal(["A", "Deep"], Children(guide).Select(e => e["title"]));
        var deep = Children(guide)[1];
        Assert.Equal(true, deep["open"]);
        var inner = Assert.Single(Children(deep));
        Assert.Equal(true, inner["current"]);
        Assert.Equal(false, sidebar[1]["open"]);
        Assert.Empty(Children(sidebar[1]));
        Assert.Equal(true, sidebar[1]["section"]);
    }

    [Fact]
    public void APageOutsideTheTreeGetsTheTopLevelClosed()
    {
        var hidden = Content("secret.md", "secret/index.html", "Secret", listed: false);

        var sidebar = SidebarOf("/secret/", [.. Pages, hidden]);

        Assert.Equal(["/base/guide/", "/base/reference/"], sidebar.Select(e => e["url"]));
        Assert.All(sidebar, e => Assert.Equal(false, e["open"]));
    }

    [Fact]
    public void ALongLevelListsAWindowAroundThePageAndALinkToTheWholeSection()
    {
        var many = Enumerable.Range(0, 100).Select(i => Content($"p{i:000}.md", $"p{i:000}/index.html", $"Page {i:000}")).ToList();

        var sidebar = SidebarOf("/p050/", [Content("index.md", "index.html", "Home"), .. many]);

        Assert.Equal((2 * Sidebar.Window) + 2, sidebar.Count);
        Assert.Equal("/base/p043/", sidebar[0]["url"]);
        Assert.Equal(true, sidebar[Sidebar.Window]["current"]);
        Assert.Equal(true, sidebar[^1]["more"]);
        Assert.Equal("/base/", sidebar[^1]["url"]);
        Assert.Equal("All 100 pages in Home", sidebar[^1]["title"]);
    }
}
