using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Limber.Check.Links;
using Limber.Tests.Testing;

namespace Limber.Tests.Check;

/// <summary>
/// HtmlLinks reads links with AngleSharp's tokenizer in its lean mode (text skipped, attributes filtered). These tests
/// hold it to what AngleSharp's full parser (tree and all) finds in the same HTML, on awkward markup and on every
/// page of the real site.
/// </summary>
public class HtmlLinksTests
{
    private static (List<string> Ids, List<string> Links) ByDom(string html)
    {
        var doc = new HtmlParser().ParseDocument(html);
        var ids = doc.All.SelectMany(e => new[] { e.Id ?? "", e.LocalName == "a" ? e.GetAttribute("name") ?? "" : "" }).Where(v => v.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList();
        var links = new List<string>();
        foreach (var e in doc.All)
        {
            var hint = e.LocalName == "link" && (e.GetAttribute("rel") ?? "") is var rel && (rel.Contains("preconnect", StringComparison.OrdinalIgnoreCase) || rel.Contains("dns-prefetch", StringComparison.OrdinalIgnoreCase));
            if (e.LocalName is "a" or "area" or "link" && e.GetAttribute("href") is { } href && !hint)
            {
                links.Add($"{e.LocalName} href {href.Trim()}");
            }

            if (e.LocalName is "img" or "script" or "source" or "iframe" or "audio" or "video" or "track" or "embed" && e.GetAttribute("src") is { } src)
            {
                links.Add($"{e.LocalName} src {src.Trim()}");
            }

            if (e.LocalName is "img" or "source" && e.GetAttribute("srcset") is { } srcset)
            {
                links.AddRange(srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => $"{e.LocalName} srcset {c.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]}"));
            }
        }

        return (ids, links);
    }

    private static (List<string> Ids, List<string> Links) ByTokens(string html)
    {
        var read = HtmlLinks.Read(html);
        return ([.. read.Ids.Order(StringComparer.Ordinal)], [.. read.Links.Select(l => $"{l.Element} {l.Attribute} {l.Url}")]);
    }

    [Theory]
    [InlineData("<!doctype html><title>a <a href=\"/no/\"> b</title><p id=x>t <a href='/a/#b'>a</a>")]
    [InlineData("<!-- <a href=\"/commented/\" id=c> --><a HREF=\"/UPPER/\" ID=\"Mixed\">u</a>")]
    [InlineData("<script>var s = '<a href=\"/in-script/\">'; if (a < b) {}</script><a href=/unquoted/?a=1&amp;b=2#f>q</a>")]
    [InlineData("<style>a[href=\"/css/\"]::after { content: '<a href=\"/no/\">' }</style><img src=\" /img.png \" srcset=\"/a.png 1x, /b.png 2x\">")]
    [InlineData("<textarea><a href=\"/in-textarea/\"></textarea><a name=\"anchor\" href=\"#anchor\">n</a>")]
    [InlineData("<a href=\"/q/?x=&quot;y&quot;&lt;\" title=\"a > b\" data-x='<a href=\"/no/\">'>e</a><area href=\"/area/\">")]
    [InlineData("<link rel=\"preconnect\" href=\"https://cdn.example\"><link rel=\"stylesheet\" href=\"/s.css\"><svg><a href=\"/svg/\" id=\"g\"></a></svg>")]
    [InlineData("<p>5 < 6 & 7 > 3 &lt;a href=\"/escaped/\"&gt;</p><video src=\"/v.mp4\"><track src=\"/t.vtt\"></video><iframe src=\"/frame/\"><a href=\"/in-iframe/\"></iframe>")]
    [InlineData("<![CDATA[ <a href=\"/cdata/\"> ]]><a href=\"/after/\" id=\"dup\"><b id=\"dup\">x</b></a><a href=\"\" >empty</a>")]
    public void FindsWhatTheFullParserFinds(string html)
    {
        var (ids, links) = ByTokens(html);
        var dom = ByDom(html);
        Assert.Equal(dom.Ids, ids);
        Assert.Equal(dom.Links, links);
        Assert.NotEmpty(links);
    }

    [Fact]
    public void FindsWhatTheFullParserFindsOnEveryPageOfTheRealSite()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("site");
        var run = Testing.Cli.Invoke("build", "--input", Repo.PathTo("input"), "--output", output, "--search-index", "builtin", "--no-cache");
        Assert.True(run.ExitCode == 0, run.Stderr);
        var pages = Directory.GetFiles(output, "*.html", SearchOption.AllDirectories);
        Assert.True(pages.Length > 40, $"{pages.Length} pages");
        var links = 0;
        foreach (var page in pages)
        {
            var html = File.ReadAllText(page);
            var (ids, found) = ByTokens(html);
            var dom = ByDom(html);
            Assert.True(dom.Ids.SequenceEqual(ids), $"ids differ in {page}");
            Assert.True(dom.Links.SequenceEqual(found), $"links differ in {page}");
            links += found.Count;
        }

        Assert.True(links > 1000, $"{links} links");
    }
}
