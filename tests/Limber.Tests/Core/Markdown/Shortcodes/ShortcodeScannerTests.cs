using Limber.Markdown.Shortcodes;

namespace Limber.Tests.Core.Markdown.Shortcodes;

public class ShortcodeScannerTests
{
    [Fact]
    public void FindsEveryFormWithItsNameKindAndPlace()
    {
        const string body = "A {{< badge \"x >}} y\" >}} b {{% tip %}}c{{% /tip %}} d {{< clip src=`a` />}}\n{{< wide\n  a=\"1\"\n>}}\n";
        var tags = ShortcodeScanner.Find(body);
        Assert.Equal(
            ["badge Open", "tip Open", "tip Close", "clip SelfClosing", "wide Open"],
            tags.Select(t => $"{t.Name} {t.Kind}"));
        Assert.Equal("{{< badge \"x >}} y\" >}}", body.Substring(tags[0].Start, tags[0].Length));
        Assert.True(tags[1].MarkdownForm);
        Assert.False(tags[0].MarkdownForm);
        Assert.EndsWith(">}}", body.Substring(tags[4].Start, tags[4].Length), StringComparison.Ordinal);
    }

    [Fact]
    public void NothingInsideCodeIsATag()
    {
        const string body = "```\n{{< fenced >}}\n```\n\n    {{< indented >}}\n\nText `{{< span >}}` and {{< real >}}.\n~~~\n{{% tilde %}}\n~~~\n";
        Assert.Equal(["real"], ShortcodeScanner.Find(body).Select(t => t.Name));
    }

    [Fact]
    public void EscapedCommentFormIsMarked()
    {
        var tag = Assert.Single(ShortcodeScanner.Find("Write {{</* figure src=\"a.png\" */>}} to add one."));
        Assert.True(tag.Escaped);
        Assert.Equal(("figure", "src=\"a.png\""), (tag.Name, tag.Arguments));
    }

    [Theory]
    [InlineData("Braces {{ like this }} and {{<}} and {{< >}} stay.")]
    [InlineData("An unclosed {{< tag that never ends")]
    [InlineData("Liquid {% raw %} is not Hugo.")]
    public void TextThatIsNotAShortcodeIsNotFound(string body) => Assert.Empty(ShortcodeScanner.Find(body));
}
