using Limber.Render.MachineReadable;

namespace Limber.Tests.Render.MachineReadable;

public class MarkdownCopyTests
{
    [Theory]
    [InlineData("<h1>Title</h1><p>Some <strong>bold</strong> and <em>soft</em> text.</p>", "# Title\n\nSome **bold** and *soft* text.\n")]
    [InlineData("<p>See <a href=\"/about/\">the page</a> and <a href=\"https://x.org/a b\">this</a>.</p>", "See [the page](https://site.test/about/) and [this](<https://x.org/a b>).\n")]
    [InlineData("<ul><li>one</li><li>two<ul><li>deep</li></ul></li></ul>", "- one\n- two\n  - deep\n")]
    [InlineData("<ol start=\"3\"><li><p>first</p><p>more</p></li><li>second</li></ol>", "3. first\n\n   more\n\n4. second\n")]
    [InlineData("<pre><code class=\"language-sh\">a &lt; b\n  indented\n</code></pre>", "```sh\na < b\n  indented\n```\n")]
    [InlineData("<p>Use <code>x_y</code> not x_y or [x]*</p>", "Use `x_y` not x\\_y or \\[x\\]\\*\n")]
    [InlineData("<blockquote><p>Quoted</p><p>twice</p></blockquote>", "> Quoted\n>\n> twice\n")]
    [InlineData("<table><caption>Dose</caption><thead><tr><th>A</th><th>B|C</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>", "**Dose**\n\n| A | B\\|C |\n| --- | --- |\n| 1 | 2 |\n")]
    [InlineData("<dl><dt>Term</dt><dd>Meaning</dd></dl>", "**Term**\n: Meaning\n")]
    [InlineData("<p><img src=\"/img/a.png\" alt=\"A chart\"></p>", "![A chart](https://site.test/img/a.png)\n")]
    [InlineData("<nav><a href=\"/\">Home</a></nav><p>Kept</p><form><input></form><script>x()</script>", "Kept\n")]
    [InlineData("<details><summary>Where this comes from</summary><p>file, line 3</p></details>", "**Where this comes from**\n\nfile, line 3\n")]
    [InlineData("<p>a &amp; b<br>c</p><hr><p>5 &lt; 6</p>", "a & b\\\nc\n\n---\n\n5 \\< 6\n")]
    [InlineData("", "")]
    public void HtmlBecomesTheMarkdownAReaderWouldWrite(string html, string expected)
    {
        Assert.Equal(expected, MarkdownCopy.FromHtml(html, u => "https://site.test" + u));
    }

    [Fact]
    public void BrokenHtmlStillGivesItsText()
    {
        var markdown = MarkdownCopy.FromHtml("<p>open <b>bold <i>both</p><p>next</div> < 3 and <unknown-tag>kept</unknown-tag>");

        Assert.Contains("open", markdown);
        Assert.Contains("next", markdown);
        Assert.Contains("\\< 3", markdown);
        Assert.Contains("kept", markdown);
    }
}
