using Limber.Markdown;

namespace Limber.Tests.Core.Markdown.Callouts;

public class AsideParserTests
{
    private static string Html(string markdown) => Markdig.Markdown.ToHtml(markdown, SiteMarkdown.Pipeline);

    [Fact]
    public void AnAsideIsACalloutOfOrdinaryMarkdownUpToTheColons()
    {
        var html = Html(":::tip[Water early]\nSoak the bed **before** noon.\n\n- then mulch\n:::\n\nAfter.\n");
        Assert.Equal(
            "<div class=\"markdown-alert markdown-alert-tip admonition-tip\">\n<p class=\"markdown-alert-title\">Water early</p>\n<p>Soak the bed <strong>before</strong> noon.</p>\n<ul>\n<li>then mulch</li>\n</ul>\n</div>\n<p>After.</p>\n",
            html);
    }

    [Theory]
    [InlineData(":::note\nBody.\n:::\n", "markdown-alert-note admonition-note\">\n<p class=\"markdown-alert-title\">Note</p>")]
    [InlineData(":::caution\nBody.\n:::\n", "markdown-alert-caution admonition-caution\">\n<p class=\"markdown-alert-title\">Caution</p>")]
    [InlineData(":::danger Sharp tools\nBody.\n:::\n", "<p class=\"markdown-alert-title\">Sharp tools</p>")]
    [InlineData(":::info\nBody.\n:::\n", "markdown-alert-note admonition-info")]
    [InlineData(":::note[Titled]{icon=\"seedling\"}\nBody.\n:::\n", "<p class=\"markdown-alert-title\">Titled</p>")]
    public void TheTypeGivesTheLookAndTheTitleIsOptional(string markdown, string expected) =>
        Assert.Contains(expected, Html(markdown), StringComparison.Ordinal);

    [Fact]
    public void MoreColonsHoldAnotherAside()
    {
        var html = Html("::::note[Outer]\nOne.\n\n:::tip[Inner]\nTwo.\n:::\n\nThree.\n::::\nFour.\n");

        Assert.Contains("<p class=\"markdown-alert-title\">Outer</p>\n<p>One.</p>\n<div class=\"markdown-alert markdown-alert-tip admonition-tip\">\n<p class=\"markdown-alert-title\">Inner</p>\n<p>Two.</p>\n</div>\n<p>Three.</p>\n</div>\n<p>Four.</p>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("::note\nx\n")]
    [InlineData(":::\nx\n:::\n")]
    [InlineData(":::note: here\n")]
    [InlineData("Ratio 1:::2 is odd\n")]
    [InlineData("::: garden-click\n    :module: beds\n\nText.\n")]
    [InlineData("::: garden.tools.Trowel\n\nText.\n:::\n")]
    [InlineData(":::note\nNever closed.\n\n## Later heading\n")]
    public void OtherTextIsLeftAlone(string markdown) =>
        Assert.DoesNotContain("markdown-alert", Html(markdown), StringComparison.Ordinal);

    [Fact]
    public void CodeKeepsItsColonsAndDefinitionListsStillWork()
    {
        Assert.Contains("<code>:::note\nx\n:::\n</code>", Html("```\n:::note\nx\n:::\n```\n"), StringComparison.Ordinal);
        Assert.Contains("<pre><code>:::note\n</code></pre>", Html("    :::note\n"), StringComparison.Ordinal);
        Assert.Contains("<dd>Rotted matter.</dd>", Html("Compost\n: Rotted matter.\n"), StringComparison.Ordinal);
    }
}
