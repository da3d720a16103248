using BenchmarkDotNet.Attributes;
using Limber.Pages;
using Limber.Render.Search;

namespace Limber.Bench.Micro;

/// <summary>
/// The search index's work by part, on the main element of every page of a built site (LIMBER_BENCH_SITE): reading
/// the HTML as text, the excerpt, folding words, counting them, a whole page entry, and the index files from all the
/// entries. Read the minimum column: the shared machine's noise only ever adds time.
/// </summary>
[MinColumn]
public class SearchParts
{
    private string[] _html = [];
    private string[] _text = [];
    private SearchEntry[] _entries = [];

    [GlobalSetup]
    public void Setup()
    {
        var site = Environment.GetEnvironmentVariable("LIMBER_BENCH_SITE") ?? ".bench/scale-1000.limber-out";
        _html = Directory.GetFiles(site, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText).Select(MainOf).ToArray();
        _text = _html.Select(h =>
        {
            var text = new Collect();
            HtmlText.Feed(h, text);
            return text.Text.ToString();
        }).ToArray();
        _entries = _html.Select((h, i) => SearchIndex.Entry(Page(i), h, new Dictionary<string, Passage>(), u => u, listed: true)!).ToArray();
        Console.WriteLine($"// {_html.Length} pages, {_html.Sum(h => (long)h.Length) / 1024} K chars of HTML, {_text.Sum(t => (long)t.Length) / 1024} K chars of text");
    }

    private static string MainOf(string html)
    {
        var start = html.IndexOf("<main", StringComparison.Ordinal);
        var end = html.IndexOf("</main>", StringComparison.Ordinal);
        return start >= 0 && end > start ? html[start..end] : html;
    }

    private static Page Page(int i) => new()
    {
        Id = "p" + i,
        Kind = PageKind.Content,
        Source = new SourceRef($"content/p{i}.md"),
        Destination = $"p{i}/index.html",
        FrontMatter = FrontMatter.Empty with { Title = "A page title" },
    };

    /// <summary>Reading the HTML as text, into a sink that only counts.</summary>
    [Benchmark]
    public int Feed()
    {
        var sink = new Length();
        foreach (var h in _html)
        {
            HtmlText.Feed(h, sink);
        }

        return sink.Chars;
    }

    /// <summary>The same, into the excerpt collector.</summary>
    [Benchmark]
    public int FeedExcerpt()
    {
        var n = 0;
        foreach (var h in _html)
        {
            var excerpt = new ExcerptText(SearchIndex.TextLength);
            HtmlText.Feed(h, excerpt);
            n += excerpt.ToString().Length;
        }

        return n;
    }

    /// <summary>Folding the words of the pages' text (already read from the HTML).</summary>
    [Benchmark]
    public int Words()
    {
        var sink = new Parity();
        foreach (var t in _text)
        {
            SearchWords.Each(t, ref sink);
        }

        return sink.Odd;
    }

    /// <summary>Folding and counting the words of each page.</summary>
    [Benchmark]
    public int WordCounts()
    {
        var counts = new PageWordCounts();
        var n = 0;
        foreach (var t in _text)
        {
            counts.Clear();
            var sink = new Counter(counts);
            SearchWords.Each(t, ref sink);
            n += counts.Count;
        }

        return n;
    }

    /// <summary>Whole page entries, as the render stage makes them.</summary>
    [Benchmark]
    public int Entries()
    {
        var n = 0;
        for (var i = 0; i < _html.Length; i++)
        {
            n += SearchIndex.Entry(Page(i), _html[i], new Dictionary<string, Passage>(), u => u, listed: true)!.Terms.Count;
        }

        return n;
    }

    /// <summary>The index files from every page's entry.</summary>
    [Benchmark]
    public int Files() => SearchIndex.Files(_entries).Length;

    private sealed class Collect : ITextSink
    {
        public System.Text.StringBuilder Text { get; } = new();

        public void Add(ReadOnlySpan<char> text) => Text.Append(text);
    }

    private sealed class Length : ITextSink
    {
        public int Chars { get; private set; }

        public void Add(ReadOnlySpan<char> text) => Chars += text.Length;
    }

    private struct Parity : IWordSink
    {
        public int Odd;

        public void Word(ReadOnlySpan<char> word, int hash) => Odd += hash & 1;
    }

    private readonly struct Counter(PageWordCounts counts) : IWordSink
    {
        public void Word(ReadOnlySpan<char> word, int hash) => counts.Add(word, hash, 0, 1);
    }
}
