using Limber.Markdown;

namespace Limber.Tests.Core.Markdown.Callouts;

public class AdmonitionParserTests
{
    private static string Html(string markdown) => Markdig.Markdown.ToHtml(markdown, SiteMarkdown.Pipeline);

    [Fact]
    public void AnAdmonitionWithATitleHoldsItsIndentedBlocksBlankLinesIncluded()
    {
        var html = Html("!!! warning \"Mind your back\"\n    First paragraph.\n\n    - a list\n\nAfter.\n");
        Assert.Equal(
            "<div class=\"markdown-alert markdown-alert-warning admonition-warning\">\n<p class=\"markdown-alert-title\">Mind your back</p>\n<p>First paragraph.</p>\n<ul>\n<li>a list</li>\n</ul>\n</div>\n<p>After.</p>\n",
            html);
    }

    [Theory]
    [InlineData("!!! note\n    Body.\n", "<p class=\"markdown-alert-title\">Note</p>")]
    [InlineData("!!! danger\n    Body.\n", "markdown-alert-caution admonition-danger")]
    [InlineData("!!! hint\n    Body.\n", "markdown-alert-tip admonition-hint")]
    [InlineData("!!! custom-kind\n    Body.\n", "markdown-alert-note admonition-custom-kind")]
    [InlineData("!!! note inline end \"Side\"\n    Body.\n", "<p class=\"markdown-alert-title\">Side</p>")]
    public void TheTypeGivesTheLookAndTheDefaultTitle(string markdown, string expected) =>
        Assert.Contains(expected, Html(markdown), StringComparison.Ordinal);

    [Fact]
    public void AnEmptyTitleMeansNoTitleBar()
    {
        var html = Html("!!! note \"\"\n    Body.\n");
        Assert.DoesNotContain("markdown-alert-title", html, StringComparison.Ordinal);
        Assert.Contains("<p>Body.</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void QuestionMarksMakeItCollapsibleAndAPlusOpensIt()
    {
        Assert.StartsWith("<details class=\"markdown-alert markdown-alert-important admonition-question\">\n<summary class=\"markdown-alert-title\">Why?</summary>", Html("??? question \"Why?\"\n    Because.\n"), StringComparison.Ordinal);
        Assert.StartsWith("<details class=\"markdown-alert markdown-alert-note admonition-note\" open>", Html("???+ note\n    Shown.\n"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("!!!note\n    x\n")]
    [InlineData("!! note\n    x\n")]
    [InlineData("!!! \"no type\"\n    x\n")]
    [InlineData("!!! note \"unclosed\n    x\n")]
    [InlineData("Wow!!! note this\n")]
    public void OtherTextIsLeftAlone(string markdown) =>
        Assert.DoesNotContain("markdown-alert", Html(markdown), StringComparison.Ordinal);

    [Fact]
    public void TheMarkerDoesNotInterruptAParagraphOrCode()
    {
        Assert.DoesNotContain("markdown-alert", Html("A paragraph\n!!! note\n    x\n"), StringComparison.Ordinal);
        Assert.Contains("<pre><code>!!! note\n", Html("    !!! note\n        x\n"), StringComparison.Ordinal);
        Assert.Contains("<code>!!! note", Html("```\n!!! note\n    x\n```\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void GitHubAlertsShareTheLookWithATitleWordAndNoIcon()
    {
        var html = Html("> [!CAUTION]\n> Stop if it hurts.\n");
        Assert.Equal("<div class=\"markdown-alert markdown-alert-caution\">\n<p class=\"markdown-alert-title\">Caution</p>\n<p>Stop if it hurts.</p>\n</div>\n", html);
        Assert.Equal("<blockquote>\n<p>A plain quote.</p>\n</blockquote>\n", Html("> A plain quote.\n"));
    }

    [Fact]
    public void DefinitionListsRender() =>
        Assert.Equal("<dl>\n<dt id=\"dosage\">Dosage</dt>\n<dd>Ten slow repetitions.</dd>\n</dl>\n", Html("Dosage\n: Ten slow repetitions.\n"));
}
