using Fluid;
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

    /// <summary>The list as the default layout drew it with Liquid loops over <c>page.sidebar</c>, four levels deep, before the list was written in C#.</summary>
    private const string LiquidLoop = """
        <ul>
        {%- for a in sidebar %}
        <li{% if a.open %} class="open{% if a.section %} section{% endif %}"{% elsif a.more %} class="more"{% elsif a.section %} class="section"{% endif %}><a href="{{ a.url }}"{% if a.current %} aria-current="page"{% endif %}>{{ a.title }}</a>
        {%- if a.children.size > 0 %}
        <ul>
        {%- for b in a.children %}
        <li{% if b.open %} class="open{% if b.section %} section{% endif %}"{% elsif b.more %} class="more"{% elsif b.section %} class="section"{% endif %}><a href="{{ b.url }}"{% if b.current %} aria-current="page"{% endif %}>{{ b.title }}</a>
        {%- if b.children.size > 0 %}
        <ul>
        {%- for c in b.children %}
        <li{% if c.open %} class="open{% if c.section %} section{% endif %}"{% elsif c.more %} class="more"{% elsif c.section %} class="section"{% endif %}><a href="{{ c.url }}"{% if c.current %} aria-current="page"{% endif %}>{{ c.title }}</a>
        {%- if c.children.size > 0 %}
        <ul>
        {%- for d in c.children %}
        <li{% if d.open %} class="open{% if d.section %} section{% endif %}"{% elsif d.more %} class="more"{% elsif d.section %} class="section"{% endif %}><a href="{{ d.url }}"{% if d.current %} aria-current="page"{% endif %}>{{ d.title }}</a></li>
        {%- endfor %}
        </ul>
        {%- endif %}</li>
        {%- endfor %}
        </ul>
        {%- endif %}</li>
        {%- endfor %}
        </ul>
        {%- endif %}</li>
        {%- endfor %}
        </ul>
        """;

    [Fact]
    public void TheHtmlListIsWhatALiquidLoopOverTheEntriesDraws()
    {
        // Five levels (the list stops at four), a long level (a window and an "all N pages" entry), titles and
        // addresses that need encoding, a page outside the tree.
        List<Page> pages =
        [
            Content("index.md", "index.html", "Home & <Start>"),
            Content("a/_index.md", "a/index.html", "Café \"A\"", order: 1),
            Content("a/b/_index.md", "a/b/index.html", "B"),
            Content("a/b/c/_index.md", "a/b/c/index.html", "C"),
            Content("a/b/c/d/_index.md", "a/b/c/d/index.html", "D"),
            Content("a/b/c/d/e.md", "a/b/c/d/e/index.html", "E"),
            Content("z.md", "z/index.html", "Z's page", order: 2),
            Content("hidden.md", "hidden/index.html", "Hidden", listed: false),
            .. Enumerable.Range(0, 60).Select(i => Content($"a/b/p{i:00}.md", $"a/b/p{i:00}/index.html", $"Page {i:00}")),
        ];
        var sidebar = new Sidebar(SectionTree.Build(pages), u => "/base" + u);
        var loop = new FluidParser().Parse(LiquidLoop);

        foreach (var page in pages)
        {
            var context = new TemplateContext();
            context.SetValue("sidebar", sidebar.For(page));
            Assert.Equal(loop.Render(context, System.Text.Encodings.Web.HtmlEncoder.Default), sidebar.Html(page));
        }
    }

    [Fact]
    public void TheHtmlListMarksThePageAndOpensTheSectionsOnTheWay()
    {
        var html = new Sidebar(SectionTree.Build(Pages), u => "/base" + u).Html(Pages[4]);

        Assert.Equal(1, html.Split("aria-current=\"page\"").Length - 1);
        Assert.Contains("<li class=\"open section\"><a href=\"/base/guide/\">Guide</a>\n<ul>", html);
        Assert.Contains("<li class=\"open\"><a href=\"/base/guide/deep/inner/\" aria-current=\"page\">Inner</a></li>", html);
        Assert.Contains("<li class=\"section\"><a href=\"/base/reference/\">Reference</a></li>", html);
        Assert.DoesNotContain("/base/reference/api/", html); // a closed section lists nothing
    }
}
