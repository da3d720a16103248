using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;
using AngleSharp.Text;

namespace Limber.Check.Links;

/// <summary>
/// Reads ids and links from HTML: first with <see cref="HtmlLinkScanner"/>, which scans tags for the markup a
/// generator writes, and, for any page it does not read exactly, with AngleSharp's HTML5 tokenizer (entities decoded, attributes as a browser
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
        var harvest = LinkHarvest.ForThisThread();
        if (!HtmlLinkScanner.TryRead(html, harvest))
        {
            harvest.Clear();
            ReadWithTokenizer(html, harvest);
        }

        return harvest.Number(strings);
    }

    /// <summary>The page read by AngleSharp's tokenizer, for markup <see cref="HtmlLinkScanner"/> does not read exactly.</summary>
    internal static void ReadWithTokenizer(string html, LinkHarvest harvest)
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

            var element = ElementIndex(token.Name.Memory.Span);
            harvest.StartTag(element);
            var attributes = token.Attributes;
            for (var a = 0; a < attributes.Count; a++)
            {
                // Values point into the tokenizer's buffer until the next token: the harvest keeps a copy.
                var attribute = attributes[a];
                harvest.Attribute(AttributeIndex(attribute.Name.Memory.Span), attribute.Value.Memory.ToString().AsMemory());
            }

            harvest.EndTag();

            // Switch the tokenizer the way the tree builder would, so script and style bodies are not read as tags.
            tokenizer.State = element switch
            {
                Script => HtmlParseMode.Script,
                Style or Xmp or Iframe or Noembed or Noframes => HtmlParseMode.Rawtext,
                Title or Textarea => HtmlParseMode.RCData,
                _ => tokenizer.State,
            };
        }
    }

    /// <summary>The attribute names of <see cref="LinkRef.Attribute"/>.</summary>
    public static readonly string[] Attributes = ["href", "src", "srcset"];

    internal const byte Href = 0, Src = 1, Srcset = 2;

    /// <summary>The element names of <see cref="LinkRef.Element"/>: those that carry links first, then those that change how the tokenizer reads on.</summary>
    public static readonly string[] Elements = ["", "a", "area", "link", "img", "script", "source", "iframe", "audio", "video", "track", "embed", "style", "xmp", "noembed", "noframes", "title", "textarea"];

    internal const byte Other = 0, A = 1, Area = 2, Link = 3, Img = 4, Script = 5, Source = 6, Iframe = 7, Embed = 11, Style = 12, Xmp = 13, Noembed = 14, Noframes = 15, Title = 16, Textarea = 17;

    /// <summary>The index in <see cref="Elements"/> of a lower-cased element name; 0 for any other element.</summary>
    internal static byte ElementIndex(ReadOnlySpan<char> name) => name switch
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

    /// <summary>The kept attribute a lower-cased attribute name is, if any.</summary>
    internal static LinkAttribute AttributeIndex(ReadOnlySpan<char> name) => name switch
    {
        "id" => LinkAttribute.Id,
        "name" => LinkAttribute.Name,
        "rel" => LinkAttribute.Rel,
        "href" => LinkAttribute.Href,
        "src" => LinkAttribute.Src,
        "srcset" => LinkAttribute.Srcset,
        _ => LinkAttribute.None,
    };
}
