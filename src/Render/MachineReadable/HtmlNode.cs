using System.Collections.Frozen;

namespace Limber.Render.MachineReadable;

/// <summary>An element or a text of the tree <see cref="HtmlTree"/> reads for <see cref="MarkdownCopy"/>.</summary>
internal sealed class HtmlNode(string name)
{
    private static readonly FrozenSet<string> Void = FrozenSet.Create(StringComparer.Ordinal, "br", "hr", "img", "input", "meta", "link", "source", "wbr", "col", "area", "base", "embed", "track");

    private static readonly FrozenSet<string> Skipped = FrozenSet.Create(StringComparer.Ordinal, "nav", "script", "style", "form", "button", "select", "textarea", "template", "noscript", "svg", "head", "title");

    private static readonly FrozenSet<string> Blocks = FrozenSet.Create(
        StringComparer.Ordinal,
        "p", "div", "section", "article", "main", "header", "footer", "aside", "figure", "figcaption", "details", "summary", "blockquote",
        "ul", "ol", "li", "dl", "dt", "dd", "table", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "caption");

    /// <summary>The attributes the Markdown copy reads; the tree keeps no others.</summary>
    public static readonly FrozenSet<string> KeptAttributes = FrozenSet.Create(StringComparer.Ordinal, "href", "src", "alt", "start", "lang");

    /// <summary>Element names the tree shares rather than allocating one string per tag (names are lower case).</summary>
    public static readonly FrozenSet<string> KnownNames = FrozenSet.Create(
        StringComparer.Ordinal,
        [.. Void, .. Skipped, .. Blocks, "a", "em", "strong", "b", "i", "code", "kbd", "samp", "del", "s", "span", "small", "sup", "sub", "tr", "td", "th",
        "thead", "tbody", "tfoot", "time", "abbr", "mark", "u", "q", "cite", "label", "picture", "video", "audio", "iframe", "output", "data"]);

    private List<HtmlNode>? _children;

    public string Name { get; } = name;

    public string? Text { get; init; }

    public Dictionary<string, string>? Attributes { get; set; }

    /// <summary>Child nodes (made on first use: most nodes are texts and empty elements).</summary>
    public List<HtmlNode> Children => _children ??= [];

    public bool HasChildren => _children is { Count: > 0 };

    public string Attribute(string name) => Attributes?.GetValueOrDefault(name) ?? "";

    public bool IsBlock => Text is null && Blocks.Contains(Name);

    /// <summary>Navigation, forms, scripts and the like: left out of the copy.</summary>
    public bool IsSkipped => Text is null && Skipped.Contains(Name);

    /// <summary>An element that has no end tag.</summary>
    public static bool IsVoid(string name) => Void.Contains(name);
}
