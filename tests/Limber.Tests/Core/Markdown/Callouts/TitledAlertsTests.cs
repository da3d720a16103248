using Limber.Markdown;

namespace Limber.Tests.Core.Markdown.Callouts;

public class TitledAlertsTests
{
    private static string Html(string markdown) => Markdig.Markdown.ToHtml(markdown, SiteMarkdown.Pipeline);

    [Fact]
    public void AnAlertWithATitleKeepsTheTitleAndTheBody() =>
        Assert.Equal(
            "<div class=\"markdown-alert markdown-alert-note admonition-note\">\n<p class=\"markdown-alert-title\">Modules need Go</p>\n<p>Install <code>go</code> first.</p>\n<ul>\n<li>then this</li>\n</ul>\n</div>\n",
            Html("> [!NOTE] Modules need Go\n> Install `go` first.\n>\n> - then this\n"));

    [Fact]
    public void PlusAndMinusMakeItFoldable()
    {
        Assert.StartsWith("<details class=\"markdown-alert markdown-alert-tip admonition-tip\">\n<summary class=\"markdown-alert-title\">More</summary>", Html("> [!TIP]- More\n> Hidden text.\n"), StringComparison.Ordinal);
        Assert.StartsWith("<details class=\"markdown-alert markdown-alert-warning admonition-warning\" open>\n<summary class=\"markdown-alert-title\">Warning</summary>", Html("> [!WARNING]+\n> Shown text.\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void AnAlertInAListIsACalloutToo() =>
        Assert.Contains("<li><p>Step.</p>\n<div class=\"markdown-alert markdown-alert-important admonition-important\">", Html("- Step.\n\n  > [!IMPORTANT]\n  > Keep your back flat.\n"), StringComparison.Ordinal);

    [Fact]
    public void QuotesThatOnlyLookSimilarStayQuotes()
    {
        Assert.StartsWith("<blockquote>", Html("> [!] not a kind\n"), StringComparison.Ordinal);
        Assert.StartsWith("<blockquote>", Html("> Text first [!NOTE] later\n"), StringComparison.Ordinal);
    }
}
