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

    [Theory]
    [InlineData("<div>\n  <p>one two  three\n   four <b>bold</b>  five </p>\n</div>", "<div><p>one two three\nfour <b>bold</b> five</p></div>")]
    [InlineData("<p>a b c d</p>", "<p>a b c d</p>")] // single spaces between words stay as they are
    [InlineData("<p>a b\tc  d \n e</p>", "<p>a b c d\ne</p>")] // a tab, two spaces, a run with a line break
    [InlineData("<p>a b </p> c d", "<p>a b</p>c d")] // a space before a block tag goes, text after one starts at once
    [InlineData("<dt>term one</dt>word two", "<dt>term one</dt>\nword two")] // a separated element's end keeps a line break
    [InlineData("x y   ", "x y")] // white space at the end goes
    public void CopiesProseWordsAndSingleSpacesAsTheyAreAndCollapsesTheRest(string html, string expected)
    {
        Assert.Equal(expected, HtmlMinifier.Minify(html));
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
