using System.Collections.Immutable;
using Limber.Pages;

namespace Limber.Navigation;

/// <summary>
/// One entry of the section tree: a page, and when it is a section's index page (a folder's <c>index.md</c>,
/// <c>_index.md</c> or <c>README.md</c>, or a generated list such as <c>/topics/</c>), the entries of that section.
/// </summary>
public sealed record SectionNode
{
    /// <summary>The label in navigation: front matter <c>linkTitle</c> / <c>sidebar.label</c> / <c>sidebar_label</c>, else the page's title.</summary>
    public required string Title { get; init; }

    /// <summary>Site-relative URL of the page (<c>/guides/install/</c>); unique in the tree.</summary>
    public required string Url { get; init; }

    /// <summary>Id of the page the entry stands for.</summary>
    public required string PageId { get; init; }

    public required PageKind Kind { get; init; }

    /// <summary>The input file of the page (<c>content/guides/install.md</c>); a folder (<c>content/guides/</c>) for a generated section index.</summary>
    public required string Source { get; init; }

    /// <summary>Sort key among siblings (front matter <c>order</c>, <c>weight</c>, <c>sidebar.order</c>, <c>sidebar_position</c>); null sorts last.</summary>
    public int? Order { get; init; }

    /// <summary>The page's one-line description, for listings.</summary>
    public string? Summary { get; init; }

    /// <summary>The section's entries in navigation order (order, then title); empty for a plain page.</summary>
    public ImmutableArray<SectionNode> Children { get; init; } = [];

    /// <summary>True when the entry has entries of its own.</summary>
    public bool IsSection => !Children.IsEmpty;

    /// <summary>True for pages from input/content (authored pages and the generated index of a folder without one).</summary>
    public bool IsAuthoredTree => Source.StartsWith("content/", StringComparison.Ordinal);
}
