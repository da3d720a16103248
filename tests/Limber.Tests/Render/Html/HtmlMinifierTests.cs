using Limber.Render.Html;

namespace Limber.Tests.Render.Html;

public class HtmlMinifierTests
{
    [Fact]
    public void DropsWhitespaceBetweenBlockTagsAndCollapsesTheRest()
    {
        var html = "<!DOCTYPE html>\n<html>\n  <head>\n    <title>T</title>\n  </head>\n  <body>\n    <ul>\n      <li><a href=\"/\">a</a>   <span>b</span></li>\n    </ul>\n    <p>one\n       two</p>\n  </body>\n</html>\n";

        Assert.Equal("<!DOCTYPE html><html><head><title>T</title></head><body><ul><li><a href=\"/\">a</a> <span>b</span></li></ul><p>one\ntwo</p></body></html>", HtmlMinifier.Minify(html));
    }

    [Fact]
    public void KeepsPreTextareaScriptAndStyleContentExactly()
    {
        var html = "<div>\n<pre>  a\n    b  </pre>\n<textarea>  x  </textarea>\n<script type=\"application/ld+json\">{ \"a\":  1 }</script>\n</div>";

        Assert.Equal("<div><pre>  a\n    b  </pre>\n<textarea>  x  </textarea><script type=\"application/ld+json\">{ \"a\":  1 }</script></div>", HtmlMinifier.Minify(html));
    }

    [Fact]
    public void ANoBreakSpaceIsContentNotWhitespace()
    {
        Assert.Equal("<p>10\u00a0kg <b>x</b></p>", HtmlMinifier.Minify("<p>10\u00a0kg  <b>x</b></p>"));
    }

    [Fact]
    public void KeepsTheVisibleSpaceBetweenInlineElementsAndText()
    {
        Assert.Equal("<p>a <em>b</em> c <code>d</code></p>", HtmlMinifier.Minify("<p>a   <em>b</em>  c\t<code>d</code></p>"));
    }

    [Theory]
    [InlineData("<dl><dt>Disc</dt><dd>A part.</dd><dt>Nerve</dt>\n  <dd>Another.</dd></dl><p>Next</p>", "<dl><dt>Disc</dt>\n<dd>A part.</dd>\n<dt>Nerve</dt>\n<dd>Another.</dd></dl>\n<p>Next</p>")]
    [InlineData("<table><caption>Dose</caption><tr><th>Reps</th><td>8</td></tr></table>", "<table><caption>Dose</caption>\n<tr><th>Reps</th>\n<td>8</td></tr></table>")]
    [InlineData("<p>a</p><p>b</p><ul><li>c</li><li>d</li></ul>", "<p>a</p><p>b</p><ul><li>c</li><li>d</li></ul>")]
    [InlineData("<details><summary>More</summary>Text</details>", "<details><summary>More</summary>\nText</details>")]
    public void ALineBreakFollowsTheEndOfElementsSearchIndexersWouldGlueToTheNextText(string html, string expected)
    {
        // Pagefind ends a sentence only after p, headings, td, div, ul, li, article and section: without a break,
        // "<dt>Disc</dt><dd>A part" is indexed, and shown in excerpts, as "DiscA part".
        Assert.Equal(expected, HtmlMinifier.Minify(html));
    }
}
