using Markdig.Parsers;
using Markdig.Syntax;

namespace Limber.Markdown.Callouts;

/// <summary>
/// A callout with a type and a title: an MkDocs admonition (<c>!!! type "Title"</c>, or <c>???</c>, <c>???+</c> for a
/// collapsible one, and the indented blocks under it) or a Starlight/Docusaurus aside (<c>:::type[Title]</c> … <c>:::</c>).
/// </summary>
public sealed class AdmonitionBlock(BlockParser parser) : ContainerBlock(parser)
{
    /// <summary>The type word as written (<c>note</c>, <c>danger</c>, …).</summary>
    public string Type { get; init; } = "note";

    /// <summary>The title; empty when the author wrote <c>""</c> (no title bar).</summary>
    public string Title { get; init; } = "";

    /// <summary><c>???</c> or <c>???+</c>: rendered as a <c>details</c> element.</summary>
    public bool Collapsible { get; init; }

    /// <summary><c>???+</c>: collapsible, open at first.</summary>
    public bool Open { get; init; }

    /// <summary>An aside: how many colons its closing line needs at least (its opening line's count); 0 for an admonition.</summary>
    public int Colons { get; init; }
}
