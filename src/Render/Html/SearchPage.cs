using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Limber.Pages;

namespace Limber.Render.Html;

/// <summary>
/// Site search without a service: <c>/search/</c> (layout <c>search</c>). On first use its script loads Pagefind's index
/// (<c>/pagefind/</c>, built after the write stage when Node is available); when that is missing it falls back to
/// <c>search-index.json</c>, written here, and filters it in the browser. Without JavaScript the page lists the site's
/// sections instead.
/// </summary>
public static partial class SearchPage
{
    public const string IndexPath = "search-index.json";

    /// <summary>Characters of page text kept per entry: enough to match on, small enough to load quickly.</summary>
    private const int TextLength = 600;

    public static Page Page { get; } = new()
    {
        Id = "search",
        Kind = PageKind.List,
        Source = new SourceRef("theme/layouts/search.liquid"),
        Destination = "search/index.html",
        FrontMatter = FrontMatter.Empty with { Title = "Search", Layout = "search", Order = 95 },
    };

    /// <summary>
    /// The index entry of one rendered page (title, URL, description, the start of its text and, for exercises, its
    /// filter values), or null for pages search does not list. Made while the page renders, so the rendered body need
    /// not be kept for the index.
    /// </summary>
    public static SearchEntry? Entry(Page page, string bodyHtml, IReadOnlyDictionary<string, Passage> passages, Func<string, string> url) =>
        page.FrontMatter.Listed && page.Id != Page.Id
            ? new SearchEntry(page.Title, url(page.Url), page.FrontMatter.Description ?? "", Limber.Text.Utf8Text.From(Excerpt(page, bodyHtml, passages)), page.Exercise is { } e ? Filters(e) : null)
            : null;

    /// <summary>One entry per listed page, in URL order.</summary>
    public static OutputFile Index(IEnumerable<SearchEntry> entries)
    {
        var ordered = entries.OrderBy(e => e.Url, StringComparer.Ordinal).ToList();

        // Written into one buffer sized from the entries (a little over the text's length covers the JSON around it and
        // most escapes), and used as the file's content without a copy: on a 10,000-page site the index is about 8 MB,
        // and growing a buffer by doubling, then copying the result, briefly held three times that.
        var estimate = ordered.Sum(e => 64L + e.Title.Length + e.Url.Length + e.Description.Length + e.Text.ByteCount + (e.Filters is null ? 0 : 160));
        var buffer = new System.Buffers.ArrayBufferWriter<byte>((int)Math.Clamp(estimate + (estimate / 8), 256, int.MaxValue / 2));
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var e in ordered)
            {
                // Field by field: the JSON JsonSerializer writes for a dictionary of these, without a dictionary per entry.
                writer.WriteStartObject();
                writer.WriteString("t", e.Title);
                writer.WriteString("u", e.Url);
                writer.WriteString("d", e.Description);
                writer.WriteString("x", e.Text.ToString());
                if (e.Filters is { } filters)
                {
                    writer.WritePropertyName("f");
                    JsonSerializer.Serialize(writer, filters);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return new OutputFile(IndexPath, buffer.WrittenMemory);
    }

    /// <summary>
    /// An exercise's filter values, named as the exercise layout's <c>data-pagefind-filter</c> attributes, so the
    /// search page filters the same way with Pagefind or with this index. No equipment is the value "none".
    /// </summary>
    public static Dictionary<string, string[]> Filters(Exercise e) => new()
    {
        ["body_area"] = [.. e.BodyAreas],
        ["equipment"] = e.Equipment.IsEmpty ? ["none"] : [.. e.Equipment],
        ["position"] = e.Position is { } p ? [p] : [],
    };

    /// <summary>
    /// The start of the page's text: its body (tags as spaces, entities decoded), then its steps and passages, with every
    /// run of white space made one space, trimmed, cut at <see cref="TextLength"/> characters. Built in one pass that
    /// stops once it has enough, so a topic page with thousands of passages costs no more than a short one.
    /// </summary>
    internal static string Excerpt(Page page, string bodyHtml, IReadOnlyDictionary<string, Passage> passages)
    {
        var excerpt = new ExcerptBuilder(TextLength);
        excerpt.AddHtml(bodyHtml);
        foreach (var step in page.Exercise?.Steps ?? [])
        {
            excerpt.Add(" ");
            excerpt.Add(step);
        }

        foreach (var passage in page.Groups.SelectMany(g => g.Passages))
        {
            var current = passages.TryGetValue(passage.Id, out var known) ? known : passage;
            if (current.Status == PassageStatus.Kept)
            {
                excerpt.Add(" ");
                excerpt.Add(current.Text);
            }
        }

        return excerpt.ToString();
    }

    /// <summary>Collects text with white space collapsed and trimmed, up to a length; <see cref="Full"/> once there.</summary>
    private sealed class ExcerptBuilder(int limit)
    {
        private readonly System.Text.StringBuilder _text = new(limit + 16);
        private bool _space;

        public bool Full => _text.Length >= limit;

        public void Add(ReadOnlySpan<char> text)
        {
            foreach (var c in text)
            {
                if (Full)
                {
                    return;
                }

                if (char.IsWhiteSpace(c))
                {
                    _space = _text.Length > 0; // leading white space is trimmed
                }
                else
                {
                    if (_space)
                    {
                        _text.Append(' ');
                        _space = false;
                    }

                    _text.Append(c);
                }
            }
        }

        /// <summary>
        /// HTML as text: each tag (<c>&lt;</c>, one or more characters other than <c>&gt;</c>, <c>&gt;</c>) becomes a space
        /// and entities are decoded, one run of text between tags at a time (an entity cannot span a tag).
        /// </summary>
        public void AddHtml(string html)
        {
            var at = 0;
            while (at < html.Length && !Full)
            {
                var open = html.IndexOf('<', at);
                var close = open < 0 ? -1 : html.IndexOf('>', open + 1);
                while (open >= 0 && close == open + 1)
                {
                    // "<>" is not a tag: look for the next '<'.
                    open = html.IndexOf('<', open + 1);
                    close = open < 0 ? -1 : html.IndexOf('>', open + 1);
                }

                if (open < 0 || close < 0)
                {
                    Add(WebUtility.HtmlDecode(html[at..]));
                    return;
                }

                if (open > at)
                {
                    Add(WebUtility.HtmlDecode(html[at..open]));
                }

                Add(" ");
                at = close + 1;
            }
        }

        public override string ToString() => _text.Length > limit ? _text.ToString(0, limit) : _text.ToString();
    }
}

/// <summary>A page as the search index lists it.</summary>
public sealed record SearchEntry(string Title, string Url, string Description, Limber.Text.Utf8Text Text, Dictionary<string, string[]>? Filters = null);
