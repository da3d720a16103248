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

        Assert.Equal("<div><pre>  a\n    b  </pre><textarea>  x  </textarea><script type=\"application/ld+json\">{ \"a\":  1 }</script></div>", HtmlMinifier.Minify(html));
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
}
