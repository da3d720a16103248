using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Limber.Check.Links;
using Limber.Tests.Testing;

namespace Limber.Tests.Check.Links;

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

            // The whole site is read by the fast scanner, never handed to the tokenizer, and both read the same.
            var scanned = HtmlLinkScannerTests.ByScanner(html);
            Assert.True(scanned is not null, $"the scanner left {page} to the tokenizer");
            var tokenized = HtmlLinkScannerTests.ByTokenizer(html);
            Assert.True(tokenized.Ids.SequenceEqual(scanned.Value.Ids) && tokenized.Links.SequenceEqual(scanned.Value.Links), $"scanner and tokenizer differ in {page}");
        }

        Assert.True(links > 1000, $"{links} links");
    }

    [Fact]
    public void PagesReadInOneRunShareTheNumberOfEachUrlAndId()
    {
        var strings = new LinkStrings();
        var first = HtmlLinks.Read("<a href=\"/a/\" id=\"top\">a</a><h2 id=\"x\">x</h2><a href=\"#x\">x</a><img src=\"/i.png\" srcset=\"/i.png 1x, /j.png 2x\">", strings);
        var second = HtmlLinks.Read("<h2 id=\"x\">x</h2><a href=\"/b/\">b</a><a href=\" /a/ \">a</a><p id=\"x\">again</p>", strings);

        Assert.Equal(strings.Number("/a/"), first.Links[0].Url);
        Assert.Equal(first.Links[0].Url, second.Links[1].Url); // the same URL, trimmed, on another page
        Assert.Equal(["href", "href", "src", "srcset", "srcset"], first.Links.Select(l => l.AttributeName));
        Assert.Equal(["a", "a", "img", "img", "img"], first.Links.Select(l => l.ElementName));
        Assert.Equal(first.Links[2].Url, first.Links[3].Url); // "/i.png" in src and in srcset
        Assert.Equal("/j.png", strings[first.Links[4].Url]);

        // Ids: sorted by number, each once, and shared across pages.
        Assert.Single(second.Ids);
        Assert.True(strings.TryGetNumber("x", out var x));
        Assert.True(first.HasId(x) && second.HasId(x));
        Assert.True(strings.TryGetNumber("top", out var top));
        Assert.True(first.HasId(top));
        Assert.False(second.HasId(top));
        Assert.False(strings.TryGetNumber("nowhere", out _));
        Assert.Equal(first.Ids.Order(), first.Ids);
    }

    [Fact]
    public void NumbersTheSameStringOnceFromManyThreads()
    {
        var strings = new LinkStrings(capacity: 4);
        var numbers = new int[64][];
        Parallel.For(0, numbers.Length, t => numbers[t] = [.. Enumerable.Range(0, 500).Select(i => strings.Number($"/page-{(i * 7 + t) % 500}/"))]);

        Assert.Equal(500, strings.Count);
        for (var i = 0; i < 500; i++)
        {
            Assert.Equal($"/page-{i}/", strings[strings.Number($"/page-{i}/")]);
        }

        foreach (var run in numbers)
        {
            Assert.Equal(500, run.Distinct().Count());
            Assert.All(run, n => Assert.StartsWith("/page-", strings[n]));
        }
    }

    [Fact]
    public void ResourceHintsAreNotLinksButTheirIdsStillCount()
    {
        var strings = new LinkStrings();
        var read = HtmlLinks.Read("<link rel=\"dns-prefetch preconnect\" href=\"https://cdn.example\" id=\"hint\"><link rel=\"stylesheet\" href=\"/s.css\">", strings);

        Assert.Equal(["/s.css"], read.Links.Select(l => strings[l.Url]));
        Assert.True(strings.TryGetNumber("hint", out var hint) && read.HasId(hint));
        Assert.Equal(["/s.css"], read.ToStrings(strings).Links.Select(l => l.Url));
        Assert.Equal(["hint"], read.ToStrings(strings).Ids);
    }

    [Fact]
    public void NumberingTheStringFormGivesBackTheSameNumbers()
    {
        // Preview caches each file's links as strings and numbers them afresh every build.
        var strings = new LinkStrings();
        var read = HtmlLinks.Read("<h2 id=\"b\">b</h2><a id=\"a\" href=\"/x/#b\">x</a><img src=\"/i.png\" srcset=\"/i.png 1x, /j.png 2x\"><area href=\"/m/\"><video src=\"/v.mp4\">", strings);

        var again = PageLinks.Number(read.ToStrings(strings), strings);

        Assert.Equal(read.Ids, again.Ids);
        Assert.Equal(read.Links, again.Links);
        Assert.Equal(["a", "img", "img", "img", "area", "video"], again.Links.Select(l => l.ElementName));
    }
}
