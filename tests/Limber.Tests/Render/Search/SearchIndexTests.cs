using System.Text.Json;
using Limber.Options;
using Limber.Pages;
using Limber.Pipeline;
using Limber.Render;
using Limber.Render.Search;

namespace Limber.Tests.Render.Search;

public class SearchIndexTests
{
    private static Page Content(string id, string title, string body = "", string? description = null, bool listed = true) => new()
    {
        Id = id,
        Kind = PageKind.Content,
        Source = new SourceRef($"content/{id}.md"),
        Destination = $"{id}/index.html",
        Body = body,
        FrontMatter = FrontMatter.Empty with { Title = title, Description = description, Listed = listed },
    };

    private static Dictionary<string, OutputFile> Files(IEnumerable<SearchEntry> entries) =>
        SearchIndex.Files(entries).ToDictionary(f => f.Path[(SearchIndex.Folder.Length + 1)..]);

    private static JsonElement Json(OutputFile file) => JsonDocument.Parse(file.Content).RootElement;

    /// <summary>Reads the term shards back as the search script does: word → (page number → weight).</summary>
    private static Dictionary<string, Dictionary<int, int>> Postings(Dictionary<string, OutputFile> files)
    {
        var result = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        foreach (var (_, file) in files.Where(f => f.Key.StartsWith("t/", StringComparison.Ordinal)))
        {
            foreach (var term in Json(file).EnumerateObject())
            {
                var page = 0;
                result[term.Name] = term.Value.EnumerateArray().Select(p => p.GetInt64()).ToDictionary(p => page += (int)(p / 16), p => (int)(p % 16));
            }
        }

        return result;
    }

    [Fact]
    public void ListedPagesAreIndexedWithTheirTextButNotRemovedPassagesTheSearchPageOrSourcePages()
    {
        var kept = new Passage("s-l1", "sources/s.txt", 1, "Piriformis stretch for sciatica relief");
        var dup = new Passage("s-l2", "sources/s.txt", 2, "Secret duplicate words") { Status = PassageStatus.Duplicate };
        Page[] pages =
        [
            Content("a", "A", "Hip **hinge** basics", "About hinges"),
            new() { Id = "t", Kind = PageKind.Topic, Source = new SourceRef("topics/t.md"), Destination = "topics/t/index.html", Groups = [new PassageGroup("", [kept, dup])] },
            Content("hidden", "Hidden", "Hidden words", listed: false),
            new() { Id = "source-s", Kind = PageKind.Source, Source = new SourceRef("sources/s.txt", 1, 1), Destination = "sources/s/index.html" },
        ];

        var result = new RenderStage().Run(Site.Empty with { Pages = [.. pages], Passages = [kept, dup] }, new StageContext(new BuildOptions()));
        var files = result.Site.Outputs.Where(o => o.Path.StartsWith(SearchIndex.Folder + "/", StringComparison.Ordinal)).ToDictionary(f => f.Path[(SearchIndex.Folder.Length + 1)..]);
        var docs = Json(files["d/0.json"]).EnumerateArray().Select(d => d.EnumerateArray().Select(x => x.GetString()!).ToArray()).ToList();
        var postings = Postings(files);

        Assert.Equal(["/a/", "/topics/t/"], docs.Select(d => d[1]));
        Assert.Equal("About hinges", docs[0][2]);
        Assert.Equal("Hip hinge basics", docs[0][3]);
        Assert.Contains("Piriformis stretch", docs[1][3]);
        Assert.Equal([1], postings["piriformis"].Keys);
        Assert.False(postings.ContainsKey("secret"), "a duplicate passage is not shown, so it is not searched");
        Assert.False(postings.ContainsKey("hidden"), "an unlisted page is not searched");
        Assert.Equal(2, Json(files["meta.json"]).GetProperty("pages").GetInt32());
    }

    [Fact]
    public void TitleWordsWeighMoreThanDescriptionWordsAndTextWordsMoreTheMoreOftenTheyOccur()
    {
        var page = Content("a", "Bridge", "<p>glute glute glute glute glute glute glute glute hinge bridge</p>", "A glute exercise");
        var entry = SearchIndex.Entry(page, "<p>glute glute glute glute glute glute glute glute hinge bridge</p>", new Dictionary<string, Passage>(), u => u, listed: true)!;
        var weights = entry.Terms.ToDictionary(t => SearchIndex.Term(t.Id), t => (int)t.Weight);

        Assert.Equal(8 + 1, weights["bridge"]); // title, and once in the text
        Assert.Equal(3 + 4, weights["glute"]); // description, and 8 times in the text (1 + log2 8)
        Assert.Equal(1, weights["hinge"]);
        Assert.Equal(3, weights["exercise"]);
    }

    [Fact]
    public void AWordHasOneIdWhicheverThreadIndexesIt()
    {
        // Each render thread keeps its own table of the ids it has looked up; they must all agree with the shared one.
        var words = Enumerable.Range(0, 300).Select(i => $"threadword{i}").ToArray();
        var ids = new System.Collections.Concurrent.ConcurrentBag<(string Word, int Id)>();
        Parallel.For(0, 32, new ParallelOptions { MaxDegreeOfParallelism = 8 }, t =>
        {
            var text = string.Join(' ', words.Skip(t * 7 % 300).Concat(words.Take(t * 7 % 300)));
            var entry = SearchIndex.Entry(Content($"p{t}", "Title"), $"<p>{text}</p>", new Dictionary<string, Passage>(), u => u, listed: true)!;
            foreach (var (id, _) in entry.Terms)
            {
                ids.Add((SearchIndex.Term(id), id));
            }
        });

        var byWord = ids.GroupBy(x => x.Word).ToDictionary(g => g.Key, g => g.Select(x => x.Id).Distinct().ToArray());
        Assert.All(words, w => Assert.Single(byWord[w]));
        Assert.Equal(byWord.Count, byWord.Values.Select(v => v[0]).Distinct().Count()); // and no two words share one
    }

    [Fact]
    public void ShardsHoldConsecutiveRunsOfWordsAndMetaListsTheFirstWordOfEach()
    {
        // 3,000 distinct words over 200 pages: several shards of about the target size.
        var entries = Enumerable.Range(0, 200).Select(p => SearchIndex.Entry(
            Content($"p{p:000}", $"Page {p}"),
            string.Join(' ', Enumerable.Range(0, 40).Select(w => $"word{(p * 37 + w * 11) % 3000:0000}")),
            new Dictionary<string, Passage>(),
            u => u,
            listed: true)!).ToList();

        var files = Files(entries);
        var firsts = Json(files["meta.json"]).GetProperty("shards").EnumerateArray().Select(s => s.GetString()!).ToList();
        var shards = files.Where(f => f.Key.StartsWith("t/", StringComparison.Ordinal)).OrderBy(f => int.Parse(f.Key[2..^5])).ToList();

        Assert.True(shards.Count >= 3, $"{shards.Count} shards");
        Assert.Equal(firsts.Count, shards.Count);
        Assert.Equal(firsts.Order(StringComparer.Ordinal), firsts);
        for (var i = 0; i < shards.Count; i++)
        {
            var words = Json(shards[i].Value).EnumerateObject().Select(t => t.Name).ToList();
            Assert.Equal(firsts[i], words[0]);
            Assert.All(words, w => Assert.True(i + 1 == firsts.Count || string.CompareOrdinal(w, firsts[i + 1]) < 0, w));
            Assert.True(shards[i].Value.Content.Length < SearchIndex.ShardBytes + 4096, $"shard {i}: {shards[i].Value.Content.Length} bytes");
        }

        // Every word's pages are exactly the pages that hold it.
        var postings = Postings(files);
        var expected = entries.OrderBy(e => e.Url, StringComparer.Ordinal).SelectMany((e, page) => e.Terms.Select(t => (Word: SearchIndex.Term(t.Id), page)))
            .GroupBy(x => x.Word).ToDictionary(g => g.Key, g => g.Select(x => x.page).Order().ToList());
        Assert.Equal(expected.Count, postings.Count);
        Assert.All(expected, kv => Assert.Equal(kv.Value, postings[kv.Key].Keys.Order().ToList()));
    }

    [Fact]
    public void PagesAreChunkedInUrlOrderAndFiltersListEachValuesPages()
    {
        var exercise = new Exercise { Title = "Bridge", Slug = "bridge", Source = new SourceRef("sources/s.txt", 1), BodyAreas = ["glutes", "core"], Position = "supine" };
        var entries = Enumerable.Range(0, 20).Select(i => SearchIndex.Entry(
            (Content($"p{19 - i:00}", $"Page {i}") with { Exercise = i % 2 == 0 ? exercise : null }),
            "<p>text</p>",
            new Dictionary<string, Passage>(),
            u => u,
            listed: true)!).ToList();

        var files = Files(entries);
        var urls = Enumerable.Range(0, 3).SelectMany(c => Json(files[$"d/{c}.json"]).EnumerateArray().Select(d => d[1].GetString()!)).ToList();
        var filters = Json(files["filters.json"]);
        var withExercise = urls.Select((u, i) => (u, i)).Where(x => entries.Single(e => e.Url == x.u).Filters is not null).Select(x => x.i).ToList();

        Assert.Equal(SearchIndex.PagesPerChunk, Json(files["d/0.json"]).GetArrayLength());
        Assert.Equal(urls.Order(StringComparer.Ordinal), urls);
        Assert.Equal(withExercise, filters.GetProperty("body_area").GetProperty("glutes").EnumerateArray().Select(x => x.GetInt32()));
        Assert.Equal(withExercise, filters.GetProperty("equipment").GetProperty("none").EnumerateArray().Select(x => x.GetInt32()));
        Assert.Equal(withExercise, filters.GetProperty("position").GetProperty("supine").EnumerateArray().Select(x => x.GetInt32()));
    }

    [Fact]
    public void TheVersionTagIsStableForTheSameEntriesAndChangesWithAnyWord()
    {
        SearchEntry Entry(string body) => SearchIndex.Entry(Content("a", "A"), body, new Dictionary<string, Passage>(), u => u, listed: true)!;
        string Version(string body) => Json(Files([Entry(body)])["meta.json"]).GetProperty("v").GetString()!;

        Assert.Equal(Version("one two"), Version("one two"));
        Assert.NotEqual(Version("one two"), Version("one three"));
    }

    [Theory]
    [InlineData("<p>Hip&nbsp;<b>hinge</b>\n\n basics</p>", "Hip hinge basics")]
    [InlineData("  <h2 id=\"x\">Fish &amp; chips</h2><p>a<>b &lt;tag&gt;</p>", "Fish & chips a<>b <tag>")]
    [InlineData("<p>5 < 6 and 7 > 3</p>", "5 3")] // like any tag stripper, "< 6 and 7 >" reads as a tag
    [InlineData("<p>unclosed <em", "unclosed <em")]
    [InlineData("<p>a</p><script>var x = 1;</script><style>p{}</style><p>b</p>", "a b")]
    [InlineData("", "")]
    public void PageTextIsTheBodyWithTagsAsSpacesEntitiesDecodedAndWhiteSpaceCollapsed(string html, string expected)
    {
        var text = new ExcerptText(SearchIndex.TextLength);
        HtmlText.Feed(html, text);

        Assert.Equal(expected, text.ToString());
    }

    [Fact]
    public void PageTextContinuesWithKeptPassagesAndStopsAtTheLimitWhileEveryWordIsStillIndexed()
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

        var entry = SearchIndex.Entry(page, "<p>Intro</p>", passages.ToDictionary(p => p.Id), u => u, listed: true)!;
        var text = entry.Text.ToString();
        var words = entry.Terms.Select(t => SearchIndex.Term(t.Id)).ToHashSet();

        Assert.Equal(SearchIndex.TextLength, text.Length);
        Assert.StartsWith("Intro Passage number 1. Passage number 3. Passage number 4.", text);
        Assert.DoesNotContain("  ", text);
        Assert.Contains("4999", words);
        Assert.DoesNotContain("2", words);
    }
}
