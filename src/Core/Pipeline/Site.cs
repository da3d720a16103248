using System.Collections.Immutable;
using Limber.Navigation;
using Limber.Options;
using Limber.Pages;
using Limber.References;

namespace Limber.Pipeline;

/// <summary>
/// The immutable state passed from stage to stage: options, pages, passages, data files and,
/// once rendered, the output files.
/// </summary>
public sealed record Site
{
    public SiteOptions Options { get; init; } = SiteOptions.Default;

    public ImmutableArray<Page> Pages { get; init; } = [];

    /// <summary>
    /// The sections and their pages as a tree (see <see cref="SectionTree"/>), set by the sections stage once every page
    /// exists; what sidebars, breadcrumbs, previous/next links and section listings are drawn from.
    /// </summary>
    public SectionTree Sections { get; init; } = SectionTree.Empty;

    /// <summary>Every passage of input/sources, in file and line order, with its dedupe decision.</summary>
    public ImmutableArray<Passage> Passages { get; init; } = [];

    /// <summary>Text data files by input-relative path (topics, sidecars, references.yml, glossary.yml, …).</summary>
    public ImmutableSortedDictionary<string, InputFile> DataFiles { get; init; } =
        ImmutableSortedDictionary.Create<string, InputFile>(StringComparer.Ordinal);

    /// <summary>The bibliography and glossary, read from <see cref="DataFiles"/> by the references stage.</summary>
    public SiteReferences References { get; init; } = SiteReferences.Empty;

    /// <summary>Theme overrides from input/theme, keyed by path relative to the theme root (e.g. <c>layouts/base.liquid</c>).</summary>
    public ImmutableSortedDictionary<string, InputFile> ThemeOverrides { get; init; } =
        ImmutableSortedDictionary.Create<string, InputFile>(StringComparer.Ordinal);

    /// <summary>Files from input/static, copied verbatim.</summary>
    public ImmutableArray<OutputFile> StaticFiles { get; init; } = [];

    /// <summary>What the write stage writes.</summary>
    public ImmutableArray<OutputFile> Outputs { get; init; } = [];

    /// <summary>
    /// Set by the write stage: output paths ('/' separators) it wrote or deleted, sorted. Empty when nothing changed on
    /// disk or nothing was written (a failed build). The preview uses it to tell a stylesheet-only change from others.
    /// </summary>
    public ImmutableArray<string> Changed { get; init; } = [];

    public static Site Empty { get; } = new();
}
