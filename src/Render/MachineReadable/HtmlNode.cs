namespace Limber.Render.MachineReadable;

/// <summary>An element or a text of the tree <see cref="HtmlTree"/> reads for <see cref="MarkdownCopy"/>.</summary>
internal sealed class HtmlNode(string name)
{
    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase) { "br", "hr", "img", "input", "meta", "link", "source", "wbr", "col", "area", "base", "embed", "track" };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { "nav", "script", "style", "form", "button", "select", "textarea", "template", "noscript", "svg", "head", "title" };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "figure", "figcaption", "details", "summary", "blockquote",
        "ul", "ol", "li", "dl", "dt", "dd", "table", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "caption",
    };

    public string Name { get; } = name;

    public string? Text { get; init; }

    public Dictionary<string, string>? Attributes { get; set; }

    public List<HtmlNode> Children { get; } = [];

    public string Attribute(string name) => Attributes?.GetValueOrDefault(name) ?? "";

    public bool IsBlock => Text is null && Blocks.Contains(Name);

    /// <summary>Navigation, forms, scripts and the like: left out of the copy.</summary>
    public bool IsSkipped => Skipped.Contains(Name);

    /// <summary>An element that has no end tag.</summary>
    public static bool IsVoid(string name) => Void.Contains(name);
}
