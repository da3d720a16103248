using System.Collections.Immutable;

namespace Limber.Pages;

/// <summary>The typed front matter every page can carry (authored YAML or set by a stage).</summary>
public sealed record FrontMatter
{
    public string? Title { get; init; }
    public string? Description { get; init; }
    public string? Slug { get; init; }
    public string? Id { get; init; }
    public ImmutableArray<string> Tags { get; init; } = [];
    public int? Order { get; init; }

    /// <summary>Shorter label for navigation, sidebars and breadcrumbs (<c>linkTitle</c>, <c>sidebar.label</c>, <c>sidebar_label</c>); null means the title.</summary>
    public string? NavTitle { get; init; }

    /// <summary>False keeps the page out of the section tree (sidebar, section listings) while it is still built, searchable and listed elsewhere (<c>sidebar.hidden</c>).</summary>
    public bool InNavigation { get; init; } = true;

    /// <summary>Publication date as written (ISO 8601, e.g. 2024-05-01); shown and used for sorting by themes.</summary>
    public string? Date { get; init; }

    /// <summary>Layout name under theme/layouts (without extension); null means the kind's default.</summary>
    public string? Layout { get; init; }

    /// <summary>Match terms of a topic page (input/topics/*.md).</summary>
    public ImmutableArray<string> Match { get; init; } = [];

    /// <summary>Old site paths of this page (<c>redirectFrom</c>): each gets a permanent redirect to the page's URL.</summary>
    public ImmutableArray<string> RedirectFrom { get; init; } = [];

    /// <summary>A draft (<c>draft: true</c>, as in Hugo, Zola and Starlight): left out of the build unless <c>--drafts</c>.</summary>
    public bool Draft { get; init; }

    /// <summary>When false the page is left out of search, sitemap and lists.</summary>
    public bool Listed { get; init; } = true;

    public static FrontMatter Empty { get; } = new();
}
