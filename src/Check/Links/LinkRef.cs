namespace Limber.Check.Links;

/// <summary>One URL in an HTML file, as numbers: the URL in the run's <see cref="LinkStrings"/>, the attribute and element it came from.</summary>
public readonly record struct LinkRef(int Url, byte Attribute, byte Element)
{
    /// <summary>"href", "src" or "srcset".</summary>
    public string AttributeName => HtmlLinks.Attributes[Attribute];

    /// <summary>"a", "img", "link"…</summary>
    public string ElementName => HtmlLinks.Elements[Element];
}
