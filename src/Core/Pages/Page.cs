using System.Collections.Immutable;
using Limber.Text;

namespace Limber.Pages;

/// <summary>A link from one page to another, with an optional one-line summary and facet tags.</summary>
public sealed record PageLink(string Title, string Url, string? Summary = null)
{
    /// <summary>Grouping label when a page lists its links in sections (e.g. "Exercises", "Topics").</summary>
    public string? Section { get; init; }
}

/// <summary>
/// Which part of a split page this is. Part 1 keeps the page's id and address; part n is written under
/// <c>page/n/</c> below it (the Hugo convention), so links to part 1 never change as a page grows.
/// </summary>
/// <param name="Number">1-based part number.</param>
/// <param name="Urls">Site-relative URLs of every part, in order.</param>
public sealed record Pagination(int Number, ImmutableArray<string> Urls)
{
    public int Count => Urls.Length;

    public string? PreviousUrl => Number > 1 ? Urls[Number - 2] : null;

    public string? NextUrl => Number < Count ? Urls[Number] : null;
}

public enum PageKind
{
    /// <summary>Authored Markdown from input/content.</summary>
    Content,

    /// <summary>A listing of one raw source file's passages.</summary>
    Source,

    /// <summary>One exercise extracted from a passage.</summary>
    Exercise,

    /// <summary>A topic page (input/topics) gathering passages.</summary>
    Topic,

    /// <summary>A generated index or list page.</summary>
    List,
}

/// <summary>
/// The one document record that flows through the pipeline. Stages never mutate a page;
/// they return a changed copy made with <c>with</c>.
/// </summary>
public sealed record Page
{
    /// <summary>Unique, stable id; the target of <c>xref:</c> links.</summary>
    public required string Id { get; init; }

    public required PageKind Kind { get; init; }

    /// <summary>Where the page came from (input-relative file and line).</summary>
    public required SourceRef Source { get; init; }

    /// <summary>Output path relative to the output folder, e.g. <c>about/index.html</c>.</summary>
    public required string Destination
    {
        get => _destination;
        init
        {
            _destination = value;
            Url = UrlOf(value); // made once per record (and per `with` that moves it), not on every read
        }
    }

    private readonly string _destination = "";

    public FrontMatter FrontMatter { get; init; } = FrontMatter.Empty;

    /// <summary>
    /// Markdown body (authored pages) or empty for generated ones, held as UTF-8 (half the memory of a string on a
    /// 10,000-page site). Reading it costs nothing; <c>Body.ToString()</c> decodes a fresh string, so a reader
    /// decodes once per use. A string assigns to it directly.
    /// </summary>
    public Utf8Text Body { get; init; } = Utf8Text.Empty;

    /// <summary>True when <see cref="Body"/> is not empty.</summary>
    public bool HasBody => !Body.IsEmpty;

    /// <summary>1-based line in <see cref="Source"/> where <see cref="Body"/> starts.</summary>
    public int BodyLine { get; init; } = 1;

    /// <summary>Passages shown on the page, in groups.</summary>
    public ImmutableArray<PassageGroup> Groups { get; init; } = [];

    /// <summary>Links a page lists: the entries of a list page, or related pages (topics ↔ exercises).</summary>
    public ImmutableArray<PageLink> Items { get; init; } = [];

    /// <summary>Set on exercise pages.</summary>
    public Exercise? Exercise { get; init; }

    /// <summary>Every input location the page's content came from.</summary>
    public ImmutableArray<SourceRef> Provenance { get; init; } = [];

    /// <summary>Set when a long page is split into parts (see <see cref="Pages.Pagination"/>); null otherwise.</summary>
    public Pagination? Pagination { get; init; }

    /// <summary>True for the second and later parts of a split page: listings and the topic order skip them.</summary>
    public bool IsContinuation => Pagination is { Number: > 1 };

    public string Title => FrontMatter.Title ?? Id;

    /// <summary>A page directly under the site root, such as <c>about/index.html</c>: what navigation and the default home list.</summary>
    public bool IsTopLevel => Destination.EndsWith("/index.html", StringComparison.Ordinal) && Destination.Count(c => c == '/') == 1;

    /// <summary>Site-relative URL of the page, e.g. <c>/about/</c> for <c>about/index.html</c>.</summary>
    public string Url { get; private init; } = "/";

    public static string UrlOf(string destination)
    {
        if (destination == "index.html")
        {
            return "/";
        }

        return destination.EndsWith("/index.html", StringComparison.Ordinal)
            ? "/" + destination[..^"index.html".Length]
            : "/" + destination;
    }
}
