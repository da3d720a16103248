namespace Limber.Options;

/// <summary>Options of one build run, from the command line.</summary>
public sealed record BuildOptions
{
    public string InputDirectory { get; init; } = "input";
    public string OutputDirectory { get; init; } = "output";

    /// <summary>Warnings fail the build.</summary>
    public bool Strict { get; init; }

    /// <summary>Remove files in the output folder that this build did not write (the output is always replaced as a whole).</summary>
    public bool Clean { get; init; }

    /// <summary>Build pages whose front matter says <c>draft: true</c> (<c>--drafts</c>); by default they are left out.</summary>
    public bool IncludeDrafts { get; init; }

    /// <summary>Check external links too (<c>--check-external</c>): over the network, bounded, with a cache.</summary>
    public bool CheckExternal { get; init; }

    /// <summary>Overrides site.yml's <c>baseUrl</c> (<c>--base-url</c>), e.g. a deploy preview's address for canonical and sitemap URLs.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>
    /// Leave the search index folder (<c>pagefind/</c>) that <c>limber build</c> wrote where it is: the preview sets this,
    /// so serving a site does not delete its full-text index (search would fall back to the built-in one).
    /// </summary>
    public bool KeepSearchIndex { get; init; }

    /// <summary>Where the external link cache is kept.</summary>
    public string ExternalCacheFile { get; init; } = ".limber-cache/external-links.json";

    /// <summary>
    /// Where the CLI records its last successful build so an unchanged rebuild can be skipped
    /// (<c>Limber.Cli.Incremental.UpToDateCheck</c>); null turns the check off (<c>--no-cache</c>, and every caller but <c>limber build</c>).
    /// </summary>
    public string? CacheDirectory { get; init; }
}
