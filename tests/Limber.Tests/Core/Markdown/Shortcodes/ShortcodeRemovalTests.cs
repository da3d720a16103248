using Limber.Markdown;
using Limber.Markdown.Shortcodes;

namespace Limber.Tests.Core.Markdown.Shortcodes;

public class ShortcodeRemovalTests
{
    private static string Html(string markdown) => Markdig.Markdown.ToHtml(ShortcodeRemoval.Remove(markdown), SiteMarkdown.Pipeline);

    [Fact]
    public void ABodyWithoutShortcodesIsReturnedAsItIs()
    {
        const string body = "Plain {text} here.\n";
        Assert.Same(body, ShortcodeRemoval.Remove(body));
    }

    [Fact]
    public void TagsAloneOnTheirLinesLeaveBlankLinesSoLaterLinesKeepTheirNumbers()
    {
        const string body = "One.\n\n{{< banner\n  text=\"x\" >}}\n\nTwo.\n";
        var removed = ShortcodeRemoval.Remove(body);
        Assert.Equal(body.Split('\n').Length, removed.Split('\n').Length);
        Assert.Equal("<p>One.</p>\n<p>Two.</p>\n", Markdig.Markdown.ToHtml(removed, SiteMarkdown.Pipeline));
    }

    [Fact]
    public void InlineTagsGoAndTheSentenceStays() =>
        Assert.Equal("<p>Added in  this version.</p>\n", Html("Added in {{< since 2.1 />}} this version.\n"));

    [Fact]
    public void PercentFormContentStaysMarkdown() =>
        Assert.Equal("<p>Some <strong>bold</strong> advice.</p>\n", Html("{{% aside %}}\nSome **bold** advice.\n{{% /aside %}}\n"));

    [Fact]
    public void AngleFormContentIsShownVerbatim()
    {
        Assert.Equal("<pre><code>[table]\nkey = 'value'\n</code></pre>\n", Html("{{< config >}}\n[table]\nkey = 'value'\n{{< /config >}}\n"));
        Assert.Equal("<p>Call <code>run(&quot;x&quot;)</code> now.</p>\n", Html("Call {{< hl go >}}run(\"x\"){{< /hl >}} now.\n"));
    }

    [Fact]
    public void AngleFormContentWithItsOwnCodeBlockStaysMarkdown() =>
        Assert.Equal("<p>Intro.</p>\n<pre><code class=\"language-sh\">ls\n</code></pre>\n", Html("{{< tab >}}\nIntro.\n\n```sh\nls\n```\n{{< /tab >}}\n"));

    [Fact]
    public void ReferencesBecomeThePathTheyName() =>
        Assert.Equal("<p><a href=\"guide/start.md#install\">Start</a></p>\n", Html("[Start]({{< relref \"guide/start.md#install\" >}})\n"));

    [Fact]
    public void EscapedTagsBecomeTheTextHugoPrints() =>
        Assert.Equal("<p>Write {{&lt; figure src=&quot;a.png&quot; &gt;}} here.</p>\n", Html("Write {{</* figure src=\"a.png\" */>}} here.\n"));

    [Fact]
    public void CodeIsNeverChanged()
    {
        const string body = "```\n{{< a >}}\n{{</* b */>}}\n```\n\n    {{% c %}}\n\nSee `{{< d >}}`.\n";
        Assert.Same(body, ShortcodeRemoval.Remove(body));
    }

    [Fact]
    public void UnderstoodTagsAreNotReportedAndOthersAre()
    {
        var tags = ShortcodeScanner.Find("{{< ref \"a.md\" >}} {{</* x */>}} {{< figure >}}");
        Assert.Equal([true, true, false], tags.Select(ShortcodeRemoval.IsUnderstood));
    }
}
