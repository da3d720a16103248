using System.Buffers;
using System.Collections.Immutable;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text.Json;
using Limber.Pages;
using Limber.Text;

namespace Limber.Render.Search;

/// <summary>
/// Limber's own search index, written under <c>search-index/</c> so that one query fetches only a little of it however
/// large the site: <c>meta.json</c> (the number of pages, the first word of each term shard, a version tag),
/// <c>t/N.json</c> term shards (words in order, each with its pages and weights, cut at about
/// <see cref="ShardBytes"/>), <c>d/N.json</c> page chunks (<see cref="PagesPerChunk"/> pages each, in URL order: title,
/// URL, description, the start of the text) and <c>filters.json</c> (each filter value's pages). The search script
/// (<c>theme/assets/search.js</c>) fetches the meta file, the shards of the words typed, the chunks of the results it
/// shows and, when a filter is chosen, the filters file.
/// </summary>
public static class SearchIndex
{
    public const string Folder = "search-index";

    /// <summary>Characters of a page's text kept for excerpts.</summary>
    public const int TextLength = 1200;

    public const int PagesPerChunk = 8;

    public const int ShardBytes = 24 * 1024;

    private const byte TitleWeight = 8;
    private const byte DescriptionWeight = 3;
    private const byte MaxTextWeight = 4;

    // Words get ids from one table for the process's life (a word's id never changes), so entries made in an earlier
    // preview build and kept in the build cache stay valid. It grows with the vocabulary of everything built. It is
    // read and written under TermsLock, and asked only for words new to a thread (each remembers the ids of the words
    // it has met in its PageWordCounts, below).
    private static readonly Dictionary<string, int> Ids = new(StringComparer.Ordinal);
    private static readonly Lock TermsLock = new();
    private static string[] _terms = new string[4096];

    [ThreadStatic]
    private static PageWordCounts? _counts;

    private static readonly Func<string, int> SharedIdOf = SharedId;

    /// <summary>The word with this id.</summary>
    public static string Term(int id) => Volatile.Read(ref _terms)[id];

    /// <summary>
    /// The entry of one page, or null for pages search does not list (unlisted pages, the search page): its title,
    /// description, body text (tags as spaces, entities decoded), exercise steps and facets, and kept passages.
    /// </summary>
    public static SearchEntry? Entry(Page page, string bodyHtml, IReadOnlyDictionary<string, Passage> passages, Func<string, string> url, bool listed)
    {
        if (!listed)
        {
            return null;
        }

        var counts = _counts ??= new PageWordCounts();
        counts.Clear();
        var description = page.FrontMatter.Description ?? "";
        Count(counts, page.Title, TitleWeight);
        Count(counts, description, DescriptionWeight);
        var excerpt = new ExcerptText(TextLength);
        var text = new TextCounter(counts);
        HtmlText.Feed(bodyHtml, excerpt, text);
        if (page.Exercise is { } e)
        {
            foreach (var facet in e.BodyAreas.Concat(e.Equipment).Append(e.Position ?? "").Append(e.Name ?? ""))
            {
                Count(counts, facet, DescriptionWeight);
            }

            foreach (var step in e.Steps)
            {
                excerpt.Add(" ");
                excerpt.Add(step);
                text.Add(step);
            }
        }

        foreach (var passage in page.Groups.SelectMany(g => g.Passages))
        {
            var current = passages.TryGetValue(passage.Id, out var known) ? known : passage;
            if (current.Status == PassageStatus.Kept)
            {
                excerpt.Add(" ");
                excerpt.Add(current.Text);
                text.Add(current.Text);
            }
        }

        var words = ArrayPool<uint>.Shared.Rent(counts.Count);
        for (var i = 0; i < counts.Count; i++)
        {
            var count = counts.Occurrences(i);
            var fromText = count == 0 ? 0 : Math.Min(MaxTextWeight, 1 + BitOperations.Log2((uint)count));
            words[i] = WeightedTerms.Word(counts.Id(i, SharedIdOf), (byte)Math.Min(15, counts.Fixed(i) + fromText));
        }

        var terms = WeightedTerms.From(words.AsSpan(0, counts.Count));
        ArrayPool<uint>.Shared.Return(words);
        return new SearchEntry(page.Title, url(page.Url), description, Utf8Text.From(excerpt.ToString()), page.Exercise is { } ex ? Filters(ex) : null, terms);
    }

    /// <summary>
    /// An exercise's filter values, named as the exercise layout's <c>data-pagefind-filter</c> attributes, so the search
    /// page filters the same way with Pagefind or with this index. No equipment is the value "none".
    /// </summary>
    public static Dictionary<string, string[]> Filters(Exercise e) => new()
    {
        ["body_area"] = [.. e.BodyAreas],
        ["equipment"] = e.Equipment.IsEmpty ? ["none"] : [.. e.Equipment],
        ["position"] = e.Position is { } p ? [p] : [],
    };

    /// <summary>The index's files for these entries (any order: pages are numbered in URL order).</summary>
    public static ImmutableArray<OutputFile> Files(IEnumerable<SearchEntry> entries)
    {
        var pages = entries.OrderBy(e => e.Url, StringComparer.Ordinal).ToList();
        var files = ImmutableArray.CreateBuilder<OutputFile>();

        // The page chunks need nothing of the word shards: they are written on another thread meanwhile.
        var chunks = Task.Run(() => Chunks(pages));

        // Postings: for each word, its pages in order, each as (page - previous page) * 16 + weight, written as
        // variable-length numbers (most take one or two bytes). Page gaps times 16 fit an int up to 134 million pages.
        // Word ids are small and dense, so the postings are laid out as in a counting sort: measure each word's run in
        // one pass over the pages, give each word its run of one byte array, fill the runs page by page.
        var words = 0;
        foreach (var entry in pages)
        {
            foreach (var (term, _) in entry.Terms)
            {
                words = Math.Max(words, term + 1);
            }
        }

        var starts = new int[words + 1];
        var last = new int[words];
        for (var page = 0; page < pages.Count; page++)
        {
            foreach (var (term, weight) in pages[page].Terms)
            {
                starts[term + 1] += WeightedTerms.VarintLength(Posting(page - last[term], weight));
                last[term] = page;
            }
        }

        for (var t = 0; t < words; t++)
        {
            starts[t + 1] += starts[t];
        }

        var postings = new byte[starts[words]];
        var next = starts[..words];
        Array.Clear(last);
        for (var page = 0; page < pages.Count; page++)
        {
            foreach (var (term, weight) in pages[page].Terms)
            {
                next[term] += WeightedTerms.WriteVarint(postings.AsSpan(next[term]), Posting(page - last[term], weight));
                last[term] = page;
            }
        }

        var used = Enumerable.Range(0, words).Where(t => starts[t + 1] > starts[t]).Select(t => (Term: Term(t), Id: t)).OrderBy(p => p.Term, StringComparer.Ordinal);

        var firsts = new List<string>();
        var shard = new ArrayBufferWriter<byte>(ShardBytes + 4096);
        var writer = new Utf8JsonWriter(shard);
        foreach (var (term, id) in used)
        {
            if (shard.WrittenCount == 0)
            {
                firsts.Add(term);
                writer.WriteStartObject();
            }

            writer.WriteStartArray(term);
            for (var at = starts[id]; at < starts[id + 1];)
            {
                writer.WriteNumberValue(WeightedTerms.ReadVarint(postings, ref at));
            }

            writer.WriteEndArray();
            writer.Flush();
            if (shard.WrittenCount >= ShardBytes)
            {
                files.Add(EndShard(firsts.Count - 1, shard, writer));
                shard = new ArrayBufferWriter<byte>(ShardBytes + 4096);
                writer = new Utf8JsonWriter(shard);
            }
        }

        if (shard.WrittenCount > 0)
        {
            files.Add(EndShard(firsts.Count - 1, shard, writer));
        }

        files.AddRange(chunks.GetAwaiter().GetResult());

        var filters = new SortedDictionary<string, SortedDictionary<string, List<int>>>(StringComparer.Ordinal);
        for (var page = 0; page < pages.Count; page++)
        {
            foreach (var (name, values) in pages[page].Filters ?? [])
            {
                foreach (var value in values.Distinct())
                {
                    var byValue = filters.TryGetValue(name, out var v) ? v : filters[name] = new(StringComparer.Ordinal);
                    (byValue.TryGetValue(value, out var ids) ? ids : byValue[value] = []).Add(page);
                }
            }
        }

        files.Add(Json("filters.json", w => JsonSerializer.Serialize(w, filters)));

        // The version tag changes with any byte of the index, so a reader's browser never mixes two builds' files.
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            hash.AppendData(file.Content.Span);
        }

        var version = Convert.ToHexStringLower(hash.GetHashAndReset())[..10];
        files.Add(Json("meta.json", w =>
        {
            w.WriteStartObject();
            w.WriteString("v", version);
            w.WriteNumber("pages", pages.Count);
            w.WriteNumber("chunk", PagesPerChunk);
            w.WriteStartArray("shards");
            foreach (var first in firsts)
            {
                w.WriteStringValue(first);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }));
        return files.ToImmutable();
    }

    /// <summary>The page chunks, <c>d/N.json</c>: <see cref="PagesPerChunk"/> pages each, in URL order.</summary>
    private static List<OutputFile> Chunks(List<SearchEntry> pages)
    {
        var files = new List<OutputFile>((pages.Count / PagesPerChunk) + 1);
        for (var chunk = 0; chunk * PagesPerChunk < pages.Count; chunk++)
        {
            files.Add(Json($"d/{chunk}.json", w =>
            {
                w.WriteStartArray();
                foreach (var e in pages.Skip(chunk * PagesPerChunk).Take(PagesPerChunk))
                {
                    w.WriteStartArray();
                    w.WriteStringValue(e.Title);
                    w.WriteStringValue(e.Url);
                    w.WriteStringValue(e.Description);
                    w.WriteStringValue(e.Text.AsUtf8()); // written from the UTF-8 it is kept in, not decoded first
                    w.WriteEndArray();
                }

                w.WriteEndArray();
            }));
        }

        return files;
    }

    private static uint Posting(int pageGap, byte weight) => ((uint)pageGap * 16) + weight;

    private static OutputFile EndShard(int number, ArrayBufferWriter<byte> buffer, Utf8JsonWriter writer)
    {
        writer.WriteEndObject();
        writer.Flush();
        writer.Dispose();
        return new OutputFile($"{Folder}/t/{number}.json", buffer.WrittenMemory);
    }

    private static OutputFile Json(string path, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return new OutputFile($"{Folder}/{path}", buffer.WrittenMemory);
    }

    /// <summary>The word's id in the shared table, given the first time the process meets the word.</summary>
    private static int SharedId(string word)
    {
        lock (TermsLock)
        {
            if (Ids.TryGetValue(word, out var id))
            {
                return id;
            }

            id = Ids.Count;
            if (id == _terms.Length)
            {
                var grown = new string[_terms.Length * 2];
                _terms.CopyTo(grown);
                Volatile.Write(ref _terms, grown);
            }

            _terms[id] = word;
            Ids[word] = id;
            return id;
        }
    }

    /// <summary>Marks every word of <paramref name="text"/> with a weight that does not grow with repetition (title, description).</summary>
    private static void Count(PageWordCounts counts, string text, byte weight)
    {
        var sink = new WordCounter(counts, weight, 0);
        SearchWords.Each(text, ref sink);
    }

    /// <summary>Counts the words of the page's text.</summary>
    private sealed class TextCounter(PageWordCounts counts) : ITextSink
    {
        public void Add(ReadOnlySpan<char> text)
        {
            var sink = new WordCounter(counts, 0, 1);
            SearchWords.Each(text, ref sink);
        }
    }

    private readonly struct WordCounter(PageWordCounts counts, byte fixedWeight, int occurrences) : IWordSink
    {
        public void Word(ReadOnlySpan<char> word, int hash) => counts.Add(word, hash, fixedWeight, occurrences);
    }
}
