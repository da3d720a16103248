namespace Limber.Check.Links;

/// <summary>One URL in an HTML file: the attribute it came from and its value.</summary>
public sealed record HtmlLink(string Attribute, string Url, string Element);
