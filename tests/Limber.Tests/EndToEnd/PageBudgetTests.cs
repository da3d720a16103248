using System.IO.Compression;
using System.Text.RegularExpressions;
using Limber.Tests.Testing;
using Xunit.Abstractions;

namespace Limber.Tests.EndToEnd;

/// <summary>
/// The reader site's weight budget on the real <c>input/</c> site, per page: HTML + the stylesheets it links ≤ 14 KB
/// gzipped (what fits the first network round trip), and the JavaScript it loads before any search interaction
/// ≤ 5 KB gzipped (the Pagefind bundle is fetched only when the reader searches). Prints the largest figures.
/// </summary>
public sealed partial class PageBudgetTests(RealInputTests.Build build, ITestOutputHelper output) : IClassFixture<RealInputTests.Build>
{
    public const int HtmlAndCssGzipBudget = 14 * 1024;
    public const int ScriptGzipBudget = 5 * 1024;

    [Fact]
    public void EveryPageFitsTheFirstRoundTripAndLoadsAtMost5KBOfScriptBeforeSearching()
    {
        Assert.True(build.Run.ExitCode == 0, build.Run.Stderr);
        var root = build.Output;
        var gz = new Dictionary<string, (long Raw, long Gzip)>(StringComparer.Ordinal);
        (long Raw, long Gzip) Size(string url)
        {
            if (!gz.TryGetValue(url, out var size))
            {
                var bytes = File.ReadAllBytes(Path.Combine(root, url.TrimStart('/')));
                gz[url] = size = (bytes.Length, Gzip(bytes));
            }

            return size;
        }

        var pages = Directory.GetFiles(root, "*.html", SearchOption.AllDirectories).Select(file =>
        {
            var html = File.ReadAllText(file);
            var css = Stylesheets().Matches(html).Select(m => Size(m.Groups[1].Value)).ToList();
            var js = Scripts().Matches(html).Select(m => Size(m.Groups[1].Value)).ToList();
            return (
                Page: Path.GetRelativePath(root, file).Replace('\\', '/'),
                HtmlCssGzip: Gzip(File.ReadAllBytes(file)) + css.Sum(c => c.Gzip),
                JsRaw: js.Sum(j => j.Raw),
                JsGzip: js.Sum(j => j.Gzip));
        }).ToList();

        var heaviest = pages.MaxBy(p => p.HtmlCssGzip);
        var mostScript = pages.MaxBy(p => p.JsGzip);
        output.WriteLine($"pages: {pages.Count}");
        output.WriteLine($"largest HTML+CSS gzipped: {heaviest.HtmlCssGzip} bytes ({heaviest.Page}); budget {HtmlAndCssGzipBudget}");
        output.WriteLine($"most JS before search: {mostScript.JsGzip} bytes gzipped, {mostScript.JsRaw} raw ({mostScript.Page}); budget {ScriptGzipBudget}");
        Assert.All(pages, p => Assert.True(p.HtmlCssGzip <= HtmlAndCssGzipBudget, $"{p.Page}: HTML+CSS {p.HtmlCssGzip} bytes gzipped"));
        Assert.All(pages, p => Assert.True(p.JsGzip <= ScriptGzipBudget, $"{p.Page}: JS {p.JsGzip} bytes gzipped"));

        // No page loads a script that blocks rendering: every external script is deferred.
        Assert.All(pages, p => Assert.DoesNotMatch("<script src=\"[^\"]+\"(?![^>]*defer)[^>]*>", File.ReadAllText(Path.Combine(root, p.Page))));
    }

    private static long Gzip(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return buffer.Length;
    }

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"([^\"]+)\"")]
    private static partial Regex Stylesheets();

    [GeneratedRegex("<script src=\"([^\"]+)\"")]
    private static partial Regex Scripts();
}
