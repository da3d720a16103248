using Limber.Diagnostics;

namespace Limber.Write;

/// <summary>
/// A tool that indexes the whole written site for search (Pagefind, run at the CLI edge). The write stage runs it over
/// the new site before the new site replaces the old one, and the files it writes are committed with the rest: a build
/// whose index fails or is cut short never leaves a half-indexed site.
/// </summary>
public interface ISiteIndexer
{
    /// <summary>
    /// Whether it indexes a site of this many pages (redirect stubs aside); false (no warning) leaves the site with its built-in index.
    /// Asked first, before <see cref="Unavailable"/> and before the site is staged for it.
    /// </summary>
    bool Indexes(int pages) => true;

    /// <summary>Why the indexer cannot run here (a warning: the site keeps its built-in index), or null when it can.</summary>
    Diagnostic? Unavailable();

    /// <summary>Indexes the site in <paramref name="siteFolder"/>, writing the index into that folder.</summary>
    SiteIndex Index(string siteFolder, CancellationToken cancellationToken);
}

/// <summary>What an indexer wrote (site paths, '/'-separated, under the site folder) and, when it failed, why.</summary>
public sealed record SiteIndex(IReadOnlyList<string> Files, Diagnostic? Diagnostic);
