using System.Collections.Immutable;
using Limber.Diagnostics;

namespace Limber.Options;

/// <summary>Settings from input/site.yml. Every setting has a default, so the file is optional.</summary>
public sealed record SiteOptions
{
    public string Title { get; init; } = "Limber";
    public string Description { get; init; } = "";

    /// <summary>Public address of the site. An absolute URL enables the sitemap and canonical links; its path is the base path of every link.</summary>
    public string BaseUrl { get; init; } = "/";
    public string Language { get; init; } = "en";

    /// <summary>Footer text of every page (plain text).</summary>
    public string Footer { get; init; } = "Built with Limber.";

    /// <summary>Header navigation. Empty means: derived from the site's sections.</summary>
    public IReadOnlyList<NavLink> Navigation { get; init; } = [];

    /// <summary>
    /// Also write a <c>.gz</c> and a <c>.br</c> copy of every text file of 1 KB or more, for hosts that serve precompressed
    /// files (nginx, Caddy, …). Off by default: hosts such as Netlify compress on the fly, and on a 10,000-page site the
    /// copies cost seconds of compression and triple the files written.
    /// </summary>
    public bool Precompress { get; init; }

    /// <summary>
    /// Publish a Markdown copy of every page (<c>index.md</c> beside its <c>index.html</c>), which <c>/llms.txt</c> then
    /// links to, for language models and scripts. Off by default, as in Rspress (<c>llms</c>), Quarto (<c>llms-txt</c>)
    /// and the llms.txt plugins of Docusaurus, Starlight and MkDocs: the copies are one more file per page and on the
    /// 10,000-page bench site about a seventh of the render stage's CPU. The reference site turns them on. Off,
    /// <c>/llms.txt</c> still lists every page, by its HTML address.
    /// </summary>
    public bool MarkdownCopies { get; init; }

    /// <summary>
    /// A topic page showing more source passages than this is split into parts of this many (part 1 at the topic's
    /// address, then <c>page/2/</c>, …). 0 turns splitting off.
    /// </summary>
    public int PassagesPerPage { get; init; } = 50;

    /// <summary>Files larger than this are refused with a diagnostic.</summary>
    public int MaxFileSizeMb { get; init; } = 16;

    /// <summary>Per-code severity changes: <c>LMB4010: error</c>, <c>warning</c>, <c>info</c> or <c>off</c>.</summary>
    public IReadOnlyDictionary<string, string> Severity { get; init; } = ImmutableSortedDictionary<string, string>.Empty;

    /// <summary>Duplicate and debris detection for source passages.</summary>
    public DedupeOptions Dedupe { get; init; } = new();

    /// <summary>Citation and cross-link checking (the <c>check:</c> section).</summary>
    public CheckOptions Check { get; init; } = new();

    public static SiteOptions Default { get; } = new();

    /// <summary>The path part of <see cref="BaseUrl"/>, always starting and ending with '/'.</summary>
    public string BasePath
    {
        get
        {
            var path = Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) ? uri.AbsolutePath : BaseUrl;
            path = "/" + path.Trim('/');
            return path.EndsWith('/') ? path : path + "/";
        }
    }

    public bool HasAbsoluteBaseUrl => Uri.TryCreate(BaseUrl, UriKind.Absolute, out var u) && (u.Scheme == "http" || u.Scheme == "https");

    public SeverityOverrides Severities => new(Severity.ToImmutableSortedDictionary(
        kv => kv.Key,
        kv => kv.Value.ToLowerInvariant() switch
        {
            "error" => Diagnostics.Severity.Error,
            "warning" => Diagnostics.Severity.Warning,
            "info" => Diagnostics.Severity.Info,
            _ => (Severity?)null,
        },
        StringComparer.Ordinal));
}

public sealed record NavLink
{
    public string Title { get; init; } = "";
    public string Url { get; init; } = "/";
}
