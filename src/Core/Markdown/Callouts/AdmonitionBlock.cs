using Markdig.Parsers;
using Markdig.Syntax;

namespace Limber.Markdown.Callouts;

/// <summary>An MkDocs admonition: <c>!!! type "Title"</c> (or <c>???</c>, <c>???+</c> for a collapsible one) and the indented blocks under it.</summary>
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
}
