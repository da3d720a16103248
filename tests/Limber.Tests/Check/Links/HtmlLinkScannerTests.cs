using Limber.Check.Links;

namespace Limber.Tests.Check.Links;

/// <summary>
/// The scanner is the fast path of <see cref="HtmlLinks"/>: on markup it reads, it must find exactly what AngleSharp's
/// tokenizer finds (same ids, same links in the same order); on markup it does not read exactly, it must say so, so
/// the tokenizer reads the page instead.
/// </summary>
public class HtmlLinkScannerTests
{
    internal static (List<string> Ids, List<string> Links)? ByScanner(string html)
    {
        var harvest = new LinkHarvest();
        return HtmlLinkScanner.TryRead(html, harvest) ? AsStrings(harvest) : null;
    }

    internal static (List<string> Ids, List<string> Links) ByTokenizer(string html)
    {
        var harvest = new LinkHarvest();
        HtmlLinks.ReadWithTokenizer(html, harvest);
        return AsStrings(harvest);
    }

    private static (List<string> Ids, List<string> Links) AsStrings(LinkHarvest harvest)
    {
        var strings = new LinkStrings();
        var read = harvest.Number(strings).ToStrings(strings);
        return ([.. read.Ids.Order(StringComparer.Ordinal)], [.. read.Links.Select(l => $"{l.Element} {l.Attribute} [{l.Url}]")]);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>A <a href=\"/no/\"> title</title><link rel=stylesheet href=/s.css></head><body id=top>")]
    [InlineData("<A HREF=\"/Upper/\" ID=Mixed NAME=n>x</A><a\thref='/single/'\nid=\"tabbed\"\f>y</a><a href = \"/spaced/\" >z</a>")]
    [InlineData("<a href=/unquoted/?a=1&amp;b=2#f>q</a><a href=\"/q/?x=&quot;y&quot;&lt;&gt;&apos;&#65;&#x42;&#X1F600;\">e</a><a href=\"/amp& -&&/&=&.\">s</a><a href=/end&>e</a>")]
    [InlineData("<p>5 < 6 and 7 > 3; a <= b, x<3, <!-- <a href=\"/commented/\" id=\"c\"> --> <a href=\"/after-comment/\">a</a></p><!--><a href=\"/short/\"></a><!---><a href=\"/shorter/\"></a><!----><a href=\"/empty/\"></a>")]
    [InlineData("<script>if (a</b) { s = '<a href=\"/in-script/\">'; } // </scripty></script ><a href=\"/after-script/\">a</a><SCRIPT src=\"/s.js\"></SCRIPT><script src=\"/x.js\"/><a href=/still-script/></script>")]
    [InlineData("<style>a[href=\"/css/\"]::after{content:'<a href=\"/no/\">'} <!-- </style><img src=\" /img.png \" srcset=\"/a.png 1x,/b.png 2x, , /c.png\" alt=\"a > b\">")]
    [InlineData("<textarea id=t><a href=\"/in-textarea/\"></textarea><title><img src=/in-title.png></TITLE><iframe src=/f/><a href=/in-iframe/></iframe/><xmp><a href=/in-xmp/></xmp>")]
    [InlineData("<link rel=\"Preconnect\" href=\"https://cdn.example\" id=hint><link rel=\"icon dns-prefetch\" href=/i.png><link href=/kept.css rel=stylesheet><link href=/hint-after.css rel=preconnect>")]
    [InlineData("<img src=/i.png/><br/><input disabled value=\"<a href=/no/>\"><a href=\"\">empty</a><a id=\"\" href=\"#\">no id</a><div data-x=\"=\" id=\"dx\"></div></><a href=/after-empty-end/>")]
    [InlineData("<video src=\"/v.mp4\" poster=/p.png><source src=/v.webm srcset=/s1.png><track src=/t.vtt></video><audio src=/a.mp3></audio><embed src=/e.swf><area href=/m/ shape=rect>")]
    [InlineData("<a href=\"/é/ü\" id=\"ünïcode\">u</a><span id=\"a b\"></span><a href=\"/x\" title='it&apos;s' id=q>t</a><p id=x></p id=ignored><a href=/last>")]
    [InlineData("<a href=/x\"y'z<w=v`u id=a=b>unquoted values keep what the tokenizer keeps</a>")]
    [InlineData("</p foo=\"bar>baz\"><a href=/after-end-tag-with-attribute/><a/href=\"/slash/\"><a href=\"/x/\"/id=\"s\">")]
    public void ReadsWhatTheTokenizerReads(string html)
    {
        var scanned = ByScanner(html);

        Assert.NotNull(scanned);
        var tokenized = ByTokenizer(html);
        Assert.Equal(tokenized.Ids, scanned.Value.Ids);
        Assert.Equal(tokenized.Links, scanned.Value.Links);
        Assert.NotEmpty(scanned.Value.Links);
    }

    [Theory]
    [InlineData("<a href=\"/x/\">x</a>\r\n<a href=\"/y/\">")] // carriage returns are normalized by the tokenizer
    [InlineData("<a href=\"/x/\">\0</a>")]
    [InlineData("<?xml version=\"1.0\"?><a href=\"/x/\">")]
    [InlineData("<![CDATA[ <a href=\"/cdata/\"> ]]><a href=\"/x/\">")]
    [InlineData("<!ELEMENT x><a href=\"/x/\">")]
    [InlineData("</ a href=\"/bogus/\"><a href=\"/x/\">")]
    [InlineData("<a href=\"/x/\" href=\"/second/\">")]
    [InlineData("<a href=\"/x/?a=1&copy;\">")]
    [InlineData("<a href=\"/x/?a=1&copy=2\">")]
    [InlineData("<a href=\"/x/?a=1&b=2\">")]
    [InlineData("<a href=\"/x/&;\">")]
    [InlineData("<a href=\"/x/&#128;\">")]
    [InlineData("<a href=\"/x/&#0;\">")]
    [InlineData("<a href=\"/x/&#xD800;\">")]
    [InlineData("<a href=\"/x/&#65\">")]
    [InlineData("<a =\"x\" href=\"/x/\">")]
    [InlineData("<a h\"ref=\"/x/\">")]
    [InlineData("<script><!-- <script></script> --></script><a href=\"/x/\">")]
    [InlineData("<!-- a --!><a href=\"/x/\">")]
    [InlineData("<a href=\"/x/\"")]
    [InlineData("<a href=\"/x/")]
    [InlineData("<!-- never closed <a href=\"/x/\">")]
    public void LeavesToTheTokenizerWhatItDoesNotReadExactly(string html)
    {
        Assert.Null(ByScanner(html));

        // And the page is still read, by the tokenizer.
        var read = HtmlLinks.Read(html);
        Assert.Equal(ByTokenizer(html).Links, [.. read.Links.Select(l => $"{l.Element} {l.Attribute} [{l.Url}]")]);
    }

    [Fact]
    public void ATextOnlyPageAndALessThanAtTheEndAreRead()
    {
        Assert.Equal((List<string>)[], ByScanner("just text, 3 < 4")!.Value.Links);
        Assert.Equal(["a href [/x/]"], ByScanner("<a href=/x/>a</a> <")!.Value.Links);
        Assert.Equal(["a href [/x/]"], ByScanner("<a href=/x/><script>never closed <a href=/no/>")!.Value.Links);
    }
}
