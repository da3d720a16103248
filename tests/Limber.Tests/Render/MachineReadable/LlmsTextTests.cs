using System.Text;
using Limber.Options;
using Limber.Pages;
using Limber.Render.MachineReadable;

namespace Limber.Tests.Render.MachineReadable;

public class LlmsTextTests
{
    private static Page Page(string destination, string title, string? description = null, PageKind kind = PageKind.Content, bool listed = true) => new()
    {
        Id = destination,
        Kind = kind,
        Source = new SourceRef("content/x.md"),
        Destination = destination,
        FrontMatter = FrontMatter.Empty with { Title = title, Description = description, Listed = listed },
    };

    [Fact]
    public void TitleSummaryThenEachSectionsPagesLinkingTheirMarkdownCopies()
    {
        var options = SiteOptions.Default with { Title = "Guide", Description = "A guide\nto things.", MarkdownCopies = true };
        NavLink[] nav = [new() { Title = "Home", Url = "/" }, new() { Title = "Topics", Url = "/topics/" }];
        Page[] pages =
        [
            Page("index.html", "Home"),
            Page("topics/index.html", "Topics", kind: PageKind.List),
            Page("topics/b/index.html", "B [beta]", "About b."),
            Page("topics/a/index.html", "A"),
            Page("topics/by-x/index.html", "By x", kind: PageKind.List),
            Page("about/index.html", "About"),
            Page("secret/index.html", "Secret", listed: false),
            Page("404.html", "Not found"),
        ];

        var text = Encoding.UTF8.GetString(LlmsText.File(options, nav, pages, u => "https://g.test" + u).Content.Span);

        Assert.Equal(
            """
            # Guide

            > A guide to things.

            Every page of this site is also published as Markdown: the links below point at those copies (`index.md` beside each page's `index.html`).

            ## Topics

            - [Topics](https://g.test/topics/index.md)
            - [A](https://g.test/topics/a/index.md)
            - [B [beta\]](https://g.test/topics/b/index.md): About b.

            ## Pages

            - [Home](https://g.test/index.md)
            - [About](https://g.test/about/index.md)

            ## Optional

            - [By x](https://g.test/topics/by-x/index.md)

            """.ReplaceLineEndings("\n"),
            text);
    }

    [Fact]
    public void EveryPageButTheSearchPageAndOthersWithoutAFolderGetsACopyBesideIt()
    {
        Assert.Equal("about/index.md", LlmsText.CopyPath(Page("about/index.html", "About")));
        Assert.Equal("index.md", LlmsText.CopyPath(Page("index.html", "Home")));
        Assert.Null(LlmsText.CopyPath(Page("404.html", "Not found")));
        Assert.Null(LlmsText.CopyPath(Limber.Render.Html.SearchPage.Page));
    }

    [Fact]
    public void WithoutMarkdownCopiesTheDefaultItListsThePagesByTheirHtmlAddress()
    {
        var options = SiteOptions.Default with { Title = "Guide" };
        NavLink[] nav = [new() { Title = "Home", Url = "/" }];
        Page[] pages = [Page("index.html", "Home"), Page("about/index.html", "About", "Who.")];

        var text = Encoding.UTF8.GetString(LlmsText.File(options, nav, pages, u => "https://g.test" + u).Content.Span);

        Assert.DoesNotContain("index.md", text, StringComparison.Ordinal);
        Assert.DoesNotContain("published as Markdown", text, StringComparison.Ordinal);
        Assert.Contains("- [About](https://g.test/about/): Who.", text, StringComparison.Ordinal);
        Assert.Contains("- [Home](https://g.test/)", text, StringComparison.Ordinal);
    }
}
