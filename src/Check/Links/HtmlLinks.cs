using System.Collections.Concurrent;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;
using AngleSharp.Text;

namespace Limber.Check.Links;

/// <summary>One URL in an HTML file: the attribute it came from and its value.</summary>
public sealed record HtmlLink(string Attribute, string Url, string Element);

/// <summary>What link checking needs from one HTML file: its ids and every href, src and srcset URL, in document order.</summary>
public sealed record HtmlDocumentLinks(IdSet Ids, HtmlLink[] Links);

/// <summary>A file's ids as a sorted array: a reference per id, searched by halving (a site keeps one per page until every page is read).</summary>
public sealed class IdSet : IReadOnlyCollection<string>
{
    private readonly string[] _sorted;

    public IdSet(IEnumerable<string> ids)
    {
        string[] sorted = [.. ids];
        Array.Sort(sorted, StringComparer.Ordinal);
        var distinct = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            if (distinct == 0 || !string.Equals(sorted[i], sorted[distinct - 1], StringComparison.Ordinal))
            {
                sorted[distinct++] = sorted[i];
            }
        }

        _sorted = distinct == sorted.Length ? sorted : sorted[..distinct];
    }

    public int Count => _sorted.Length;

    public bool Contains(string id) => Array.BinarySearch(_sorted, id, StringComparer.Ordinal) >= 0;

    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_sorted).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>
/// Shares the strings and link records that repeat from page to page (the navigation's links, common ids), so that a
/// site's link data costs a reference per link instead of a copy. Thread-safe; one per run.
/// </summary>
public sealed class LinkInterner
{
    // Many lock stripes: every render thread adds to these at once.
    private readonly ConcurrentDictionary<string, string> _strings = new(concurrencyLevel: 64, capacity: 1024, StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _byChars;
    private readonly Lock _gate = new();

    // One table of links per attribute and element ("href" on "a", "src" on "img", …: a handful), each keyed by the URL's
    // characters, so a link seen before costs one look-up and no allocation.
    private volatile LinkTable[] _tables = [];

    public LinkInterner() => _byChars = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    public string String(ReadOnlySpan<char> chars)
    {
        if (_byChars.TryGetValue(chars, out var known))
        {
            return known;
        }

        var copy = chars.ToString();
        return _strings.GetOrAdd(copy, copy);
    }

    public HtmlLink Link(string attribute, ReadOnlySpan<char> url, string element)
    {
        var table = Table(attribute, element);
        if (table.ByChars.TryGetValue(url, out var known))
        {
            return known;
        }

        var text = String(url);
        return table.Links.GetOrAdd(text, new HtmlLink(attribute, text, element));
    }

    private LinkTable Table(string attribute, string element)
    {
        foreach (var t in _tables)
        {
            if (t.Attribute == attribute && t.Element == element)
            {
                return t;
            }
        }

        lock (_gate)
        {
            foreach (var t in _tables)
            {
                if (t.Attribute == attribute && t.Element == element)
                {
                    return t;
                }
            }

            var table = new LinkTable(attribute, element);
            _tables = [.. _tables, table];
            return table;
        }
    }

    private sealed class LinkTable
    {
        public LinkTable(string attribute, string element)
        {
            Attribute = attribute;
            Element = element;
            ByChars = Links.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public string Attribute { get; }

        public string Element { get; }

        public ConcurrentDictionary<string, HtmlLink> Links { get; } = new(concurrencyLevel: 64, capacity: 256, StringComparer.Ordinal);

        public ConcurrentDictionary<string, HtmlLink>.AlternateLookup<ReadOnlySpan<char>> ByChars { get; }
    }
}

/// <summary>
/// Reads ids and links from HTML with AngleSharp's HTML5 tokenizer (entities decoded, attributes as a browser
/// reads them), without building a DOM: ids and link attributes do not depend on the tree. The tokenizer runs in
/// its lean mode: a read-only text source (the default one copies the text into a pooled, lock-guarded buffer), struct
/// tokens, text and comment bodies skipped rather than collected, and only the attributes read here kept. On the
/// 10,000-page bench site that is about a quarter of the time of reading class tokens from a copied source.
/// </summary>
public static class HtmlLinks
{
    // Attribute names are lower-cased by the tokenizer; every other attribute is dropped before it is stored.
    private static readonly ShouldEmitAttribute Wanted = static (ref StructHtmlToken _, ReadOnlyMemory<char> name) =>
        name.Span is "id" or "name" or "rel" or "href" or "src" or "srcset";

    static HtmlLinks()
    {
        // Every tokenizer takes a StringBuilder from AngleSharp's shared pool, behind one process-wide lock; with a
        // tokenizer per page on every core that lock, not the reading, was the bottleneck. A fresh builder is cheaper.
        StringBuilderPool.IsPoolingDisabled = true;
    }

    public static HtmlDocumentLinks Read(string html) => Read(html, null);

    /// <param name="html">One HTML file.</param>
    /// <param name="shared">Shares repeated strings and links across the files of a run; null copies each.</param>
    public static HtmlDocumentLinks Read(string html, LinkInterner? shared)
    {
        using var tokenizer = new HtmlTokenizer(new TextSource(new ReadOnlyMemoryTextSource(html.AsMemory())), HtmlEntityProvider.Resolver)
        {
            SkipDataText = true,
            SkipScriptText = true,
            SkipRawText = true,
            SkipRCDataText = true,
            SkipComments = true,
            SkipPlaintext = true,
            SkipCDATA = true,
            SkipProcessingInstructions = true,
            DisableElementPositionTracking = true, // diagnostics point at the Markdown source line, not the HTML
            ShouldEmitAttribute = Wanted,
        };
        // Lists reused by each thread, page after page; the page's own arrays are copied out at the end.
        var ids = _ids ??= new List<string>(256);
        var links = _links ??= new List<HtmlLink>(256);
        ids.Clear();
        links.Clear();
        while (true)
        {
            ref var token = ref tokenizer.GetStructToken();
            if (token.Type == HtmlTokenType.EndOfFile)
            {
                break;
            }

            if (token.Type != HtmlTokenType.StartTag)
            {
                continue;
            }

            // Names and values point into the tokenizer's buffer until the next token: copy what is kept.
            var name = Element(token.Name.Memory.Span);
            string? rel = null;
            var attributes = token.Attributes;
            for (var a = 0; a < attributes.Count; a++)
            {
                var attribute = attributes[a];
                var value = attribute.Value.Memory.Span;
                switch (attribute.Name.Memory.Span)
                {
                    case "id" when value.Length > 0:
                        ids.Add(shared?.String(value) ?? value.ToString());
                        break;
                    case "name" when name == "a" && value.Length > 0:
                        ids.Add(shared?.String(value) ?? value.ToString());
                        break;
                    case "rel":
                        rel = value.ToString();
                        break;
                    case "href" when name is "a" or "area" or "link":
                        links.Add(shared?.Link("href", value.Trim(), name) ?? new HtmlLink("href", value.Trim().ToString(), name));
                        break;
                    case "src" when name is "img" or "script" or "source" or "iframe" or "audio" or "video" or "track" or "embed":
                        links.Add(shared?.Link("src", value.Trim(), name) ?? new HtmlLink("src", value.Trim().ToString(), name));
                        break;
                    case "srcset" when name is "img" or "source":
                        foreach (var candidate in value.ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                        {
                            links.Add(new HtmlLink("srcset", candidate.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0], name));
                        }

                        break;
                }
            }

            // Resource hints point at other origins and need not resolve to a page.
            if (name == "link" && IsHint(rel) && links.Count > 0 && links[^1].Element == "link")
            {
                links.RemoveAt(links.Count - 1);
            }

            // Switch the tokenizer the way the tree builder would, so script and style bodies are not read as tags.
            tokenizer.State = name switch
            {
                "script" => HtmlParseMode.Script,
                "style" or "xmp" or "iframe" or "noembed" or "noframes" => HtmlParseMode.Rawtext,
                "title" or "textarea" => HtmlParseMode.RCData,
                _ => tokenizer.State,
            };
        }

        var result = new HtmlDocumentLinks(new IdSet(ids), [.. links]);
        ids.Clear(); // drop the references: a thread's lists outlive the pages they were filled from
        links.Clear();
        return result;
    }

    [ThreadStatic]
    private static List<string>? _ids;

    [ThreadStatic]
    private static List<HtmlLink>? _links;

    /// <summary>The element names that matter here as shared strings (no copy per tag); any other name as "".</summary>
    private static string Element(ReadOnlySpan<char> name) => name switch
    {
        "a" => "a",
        "area" => "area",
        "link" => "link",
        "img" => "img",
        "script" => "script",
        "source" => "source",
        "iframe" => "iframe",
        "audio" => "audio",
        "video" => "video",
        "track" => "track",
        "embed" => "embed",
        "style" => "style",
        "xmp" => "xmp",
        "noembed" => "noembed",
        "noframes" => "noframes",
        "title" => "title",
        "textarea" => "textarea",
        _ => "",
    };

    private static bool IsHint(string? rel) => rel is not null && (rel.Contains("preconnect", StringComparison.OrdinalIgnoreCase) || rel.Contains("dns-prefetch", StringComparison.OrdinalIgnoreCase));
}
