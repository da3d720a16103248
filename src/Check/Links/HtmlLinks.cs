using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;
using AngleSharp.Text;
using Limber.Collections;

namespace Limber.Check.Links;

/// <summary>
/// Reads ids and links from HTML with AngleSharp's HTML5 tokenizer (entities decoded, attributes as a browser
/// reads them), without building a DOM: ids and link attributes do not depend on the tree. The tokenizer runs in
/// its lean mode: a read-only text source (the default one copies the text into a pooled, lock-guarded buffer), struct
/// tokens, text and comment bodies skipped rather than collected, and only the attributes read here kept. On the
/// 10,000-page bench site that is about a quarter of the time of reading class tokens from a copied source. The
/// <c>limber</c> process also turns off AngleSharp's shared StringBuilder pool (<c>Limber.Cli.ProcessSettings</c>).
/// </summary>
public static class HtmlLinks
{
    // Attribute names are lower-cased by the tokenizer; every other attribute is dropped before it is stored.
    private static readonly ShouldEmitAttribute Wanted = static (ref StructHtmlToken _, ReadOnlyMemory<char> name) =>
        name.Span is "id" or "name" or "rel" or "href" or "src" or "srcset";

    /// <summary>A file's ids and links as strings, on their own (no run to share them with).</summary>
    public static HtmlDocumentLinks Read(string html)
    {
        var strings = new LinkStrings();
        return Read(html, strings).ToStrings(strings);
    }

    /// <summary>A file's ids and links, numbered in the run's <paramref name="strings"/>.</summary>
    public static PageLinks Read(string html, LinkStrings strings)
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
        var ids = _ids ??= new List<int>(256);
        var links = _links ??= new List<LinkRef>(256);
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

            // Names and values point into the tokenizer's buffer until the next token: number what is kept.
            var element = ElementIndex(token.Name.Memory.Span);
            var isHint = false;
            var linksBefore = links.Count;
            var attributes = token.Attributes;
            for (var a = 0; a < attributes.Count; a++)
            {
                var attribute = attributes[a];
                var value = attribute.Value.Memory.Span;
                switch (attribute.Name.Memory.Span)
                {
                    case "id" when value.Length > 0:
                        ids.Add(strings.Number(value));
                        break;
                    case "name" when element == A && value.Length > 0:
                        ids.Add(strings.Number(value));
                        break;
                    case "rel":
                        // Resource hints point at other origins and need not resolve to a page.
                        isHint = value.Contains("preconnect", StringComparison.OrdinalIgnoreCase) || value.Contains("dns-prefetch", StringComparison.OrdinalIgnoreCase);
                        break;
                    case "href" when element is A or Area or Link:
                        links.Add(new LinkRef(strings.Number(value.Trim()), Href, element));
                        break;
                    case "src" when element >= Img && element <= Embed:
                        links.Add(new LinkRef(strings.Number(value.Trim()), Src, element));
                        break;
                    case "srcset" when element is Img or Source:
                        foreach (var range in value.Split(','))
                        {
                            var candidate = value[range].Trim();
                            if (candidate.Length > 0)
                            {
                                var space = candidate.IndexOfAny(' ', '\t', '\n');
                                links.Add(new LinkRef(strings.Number(space < 0 ? candidate : candidate[..space]), Srcset, element));
                            }
                        }

                        break;
                }
            }

            if (element == Link && isHint && links.Count > linksBefore)
            {
                links.RemoveRange(linksBefore, links.Count - linksBefore);
            }

            // Switch the tokenizer the way the tree builder would, so script and style bodies are not read as tags.
            tokenizer.State = element switch
            {
                Script => HtmlParseMode.Script,
                Style or Xmp or Iframe or Noembed or Noframes => HtmlParseMode.Rawtext,
                Title or Textarea => HtmlParseMode.RCData,
                _ => tokenizer.State,
            };
        }

        return new PageLinks(SortedArrays.ToSortedDistinct(ids.ToArray()), [.. links]);
    }

    /// <summary>The attribute names of <see cref="LinkRef.Attribute"/>.</summary>
    public static readonly string[] Attributes = ["href", "src", "srcset"];

    private const byte Href = 0, Src = 1, Srcset = 2;

    /// <summary>The element names of <see cref="LinkRef.Element"/>: those that carry links first, then those that change how the tokenizer reads on.</summary>
    public static readonly string[] Elements = ["", "a", "area", "link", "img", "script", "source", "iframe", "audio", "video", "track", "embed", "style", "xmp", "noembed", "noframes", "title", "textarea"];

    private const byte Other = 0, A = 1, Area = 2, Link = 3, Img = 4, Script = 5, Source = 6, Iframe = 7, Embed = 11, Style = 12, Xmp = 13, Noembed = 14, Noframes = 15, Title = 16, Textarea = 17;

    private static byte ElementIndex(ReadOnlySpan<char> name) => name switch
    {
        "a" => A,
        "area" => Area,
        "link" => Link,
        "img" => Img,
        "script" => Script,
        "source" => Source,
        "iframe" => Iframe,
        "audio" => 8,
        "video" => 9,
        "track" => 10,
        "embed" => Embed,
        "style" => Style,
        "xmp" => Xmp,
        "noembed" => Noembed,
        "noframes" => Noframes,
        "title" => Title,
        "textarea" => Textarea,
        _ => Other,
    };

    [ThreadStatic]
    private static List<int>? _ids;

    [ThreadStatic]
    private static List<LinkRef>? _links;
}
