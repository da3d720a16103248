using System.Text.Json;
using Limber.Options;
using Limber.Pages;
using Limber.Pipeline;
using Limber.Render;
using Limber.Render.Html;

namespace Limber.Tests.Render.Html;

public class SearchPageTests
{
    [Fact]
    public void IndexHasOneEntryPerListedPageWithItsTextButNotRemovedPassages()
    {
        var kept = new Passage("s-l1", "sources/s.txt", 1, "Piriformis stretch for sciatica relief");
        var dup = new Passage("s-l2", "sources/s.txt", 2, "Secret duplicate words") { Status = PassageStatus.Duplicate };
        Page[] pages =
        [
            new() { Id = "a", Kind = PageKind.Content, Source = new SourceRef("content/a.md"), Destination = "a/index.html", Body = "Hip **hinge** basics", FrontMatter = FrontMatter.Empty with { Title = "A", Description = "About hinges" } },
            new() { Id = "t", Kind = PageKind.Topic, Source = new SourceRef("topics/t.md"), Destination = "topics/t/index.html", Groups = [new PassageGroup("", [kept, dup])] },
            new() { Id = "hidden", Kind = PageKind.Content, Source = new SourceRef("content/h.md"), Destination = "h/index.html", FrontMatter = FrontMatter.Empty with { Listed = false } },
        ];

        var result = new RenderStage().Run(Site.Empty with { Pages = [.. pages], Passages = [kept, dup] }, new StageContext(new BuildOptions()));
        var index = result.Site.Outputs.Single(o => o.Path == SearchPage.IndexPath);
        var entries = JsonSerializer.Deserialize<List<Dictionary<string, string>>>(index.Content.Span)!;

        Assert.Equal(["/a/", "/topics/t/"], entries.Select(e => e["u"]));
        Assert.Equal("About hinges", entries[0]["d"]);
        Assert.Contains("Hip hinge basics", entries[0]["x"]);
        Assert.Contains("Piriformis stretch", entries[1]["x"]);
        Assert.DoesNotContain("Secret", entries[1]["x"]);
        Assert.Contains(result.Site.Outputs, o => o.Path == "search/index.html");
        Assert.Matches(@"^assets/search\.[0-9a-f]{10}\.js$", Assert.Single(result.Site.Outputs, o => o.Path.StartsWith("assets/search.", StringComparison.Ordinal)).Path);
    }

    [Fact]
    public void IndexBytesAreWhatJsonSerializerWritesForTheEntriesInUrlOrder()
    {
        // The index is written entry by entry into a buffer sized up front; the bytes must not depend on that.
        var entries = new[]
        {
            new SearchEntry("Zed", "/z/", "Last \"quoted\" <b>", Limber.Text.Utf8Text.From("Text with é, ü and — dashes"), SearchPage.Filters(new Exercise { Title = "Z", Slug = "z", Name = "Z", Source = new SourceRef("sources/s.txt", 1), BodyAreas = ["hip"] })),
            new SearchEntry("Alpha", "/a/", "", Limber.Text.Utf8Text.Empty),
            new SearchEntry(new string('x', 5000), "/m/", "long", Limber.Text.Utf8Text.From(string.Concat(Enumerable.Repeat("ü\u2028<&>", 3000)))),
        };
        var expected = JsonSerializer.SerializeToUtf8Bytes(entries.OrderBy(e => e.Url, StringComparer.Ordinal).Select(e =>
        {
            var entry = new Dictionary<string, object> { ["t"] = e.Title, ["u"] = e.Url, ["d"] = e.Description, ["x"] = e.Text.ToString() };
            if (e.Filters is { } f)
            {
                entry["f"] = f;
            }

            return entry;
        }));

        Assert.Equal(expected, SearchPage.Index(entries).Content.ToArray());
        Assert.Equal("[]"u8.ToArray(), SearchPage.Index([]).Content.ToArray());
    }

    [Theory]
    [InlineData("<p>Hip&nbsp;<b>hinge</b>\n\n basics</p>", "Hip hinge basics")]
    [InlineData("  <h2 id=\"x\">Fish &amp; chips</h2><p>a<>b &lt;tag&gt;</p>", "Fish & chips a<>b <tag>")]
    [InlineData("<p>5 < 6 and 7 > 3</p>", "5 3")] // like any tag stripper, "< 6 and 7 >" reads as a tag
    [InlineData("<p>unclosed <em", "unclosed <em")]
    [InlineData("", "")]
    public void ExcerptIsTheBodysTextWithTagsAsSpacesEntitiesDecodedAndWhiteSpaceCollapsed(string html, string expected)
    {
        var page = new Page { Id = "a", Kind = PageKind.Content, Source = new SourceRef("content/a.md"), Destination = "a/index.html" };

        Assert.Equal(expected, SearchPage.Excerpt(page, html, new Dictionary<string, Passage>()));
    }

    [Fact]
    public void ExcerptContinuesWithKeptPassagesAndStopsAt600Characters()
    {
        var passages = Enumerable.Range(1, 5000).Select(i => new Passage($"s-l{i}", "sources/s.txt", i, $"Passage   number {i}.")
        {
            Status = i == 2 ? PassageStatus.Duplicate : PassageStatus.Kept,
        }).ToList();
        var page = new Page
        {
            Id = "t", Kind = PageKind.Topic, Source = new SourceRef("topics/t.md"), Destination = "topics/t/index.html",
            Groups = [new PassageGroup("", [.. passages])],
        };

        var excerpt = SearchPage.Excerpt(page, "<p>Intro</p>", passages.ToDictionary(p => p.Id));

        Assert.Equal(600, excerpt.Length);
        Assert.StartsWith("Intro Passage number 1. Passage number 3. Passage number 4.", excerpt);
        Assert.DoesNotContain("  ", excerpt);
    }
}
