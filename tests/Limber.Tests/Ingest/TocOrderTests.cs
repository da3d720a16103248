using Limber.Ingest;
using Limber.Options;
using Limber.Pipeline;
using Limber.Tests.Testing;

namespace Limber.Tests.Ingest;

public class TocOrderTests
{
    private static Site Ingest(params (string Path, string Text)[] files) =>
        new IngestStage(InMemoryInputStore.FromText(files)).Run(Site.Empty, new StageContext(new BuildOptions())).Site;

    [Fact]
    public void PagesTakeTheirOrderAndLabelFromTheTocUnlessTheyHaveTheirOwn()
    {
        var site = Ingest(
            ("content/guide/toc.yml", "- name: Start here\n  href: intro.md\n- name: Beds\n  href: beds/\n  items:\n    - name: Soil first\n      href: beds/soil.md\n- name: Tools\n  href: tools.md\n- name: Elsewhere\n  href: https://example.org/\n"),
            ("content/guide/intro.md", "# Introduction\n"),
            ("content/guide/beds/index.md", "# Raised beds\n"),
            ("content/guide/beds/soil.md", "# Soil\n"),
            ("content/guide/tools.md", "---\norder: 1\nlinkTitle: Kit\n---\n# Tools\n"),
            ("content/guide/unlisted.md", "# Not in the toc\n"));

        var bySource = site.Pages.Where(p => p.Source.File.StartsWith("content/", StringComparison.Ordinal)).ToDictionary(p => p.Source.File);
        Assert.Equal((1, "Start here"), (bySource["content/guide/intro.md"].FrontMatter.Order, bySource["content/guide/intro.md"].FrontMatter.NavTitle));
        Assert.Equal((2, "Beds"), (bySource["content/guide/beds/index.md"].FrontMatter.Order, bySource["content/guide/beds/index.md"].FrontMatter.NavTitle));
        Assert.Equal((3, "Soil first"), (bySource["content/guide/beds/soil.md"].FrontMatter.Order, bySource["content/guide/beds/soil.md"].FrontMatter.NavTitle));
        Assert.Equal((1, "Kit"), (bySource["content/guide/tools.md"].FrontMatter.Order, bySource["content/guide/tools.md"].FrontMatter.NavTitle)); // its own front matter wins
        Assert.Null(bySource["content/guide/unlisted.md"].FrontMatter.Order);
        Assert.Equal("Introduction", bySource["content/guide/intro.md"].Title); // the label is the sidebar's; the title stays
    }

    [Theory]
    [InlineData("items:\n  - name: Start here\n    href: intro.md\n", 1)]
    [InlineData("- name: [unclosed\n  href: intro.md\n", null)]
    [InlineData("just text\n", null)]
    public void ARootItemsListIsReadAndAnythingElseChangesNothing(string toc, int? order)
    {
        var site = Ingest(("content/toc.yml", toc), ("content/intro.md", "# Introduction\n"));

        Assert.Equal(order, site.Pages.Single(p => p.Source.File == "content/intro.md").FrontMatter.Order);
    }
}
