using Limber.Cli.Commands;
using Limber.Cli.External;
using Limber.Options;

namespace Limber.Cli.Build;

/// <summary>Everything one <c>limber build</c> is asked to do: the pipeline's options and what the CLI does around it.</summary>
public sealed record BuildRequest
{
    /// <summary>The pipeline's options: folders, strictness, base URL, cache folder.</summary>
    public required BuildOptions Options { get; init; }

    /// <summary>Where the JSON build report goes (<c>--report</c>), or null for none.</summary>
    public string? ReportPath { get; init; }

    /// <summary>Where the SARIF 2.1.0 log goes (<c>--sarif</c>), or null for none.</summary>
    public string? SarifPath { get; init; }

    public Verbosity Verbosity { get; init; } = Verbosity.Normal;

    /// <summary>Whether Pagefind indexes the site (<c>--search-index</c>).</summary>
    public SearchIndexMode SearchIndex { get; init; } = SearchIndexMode.Auto;

    /// <summary>The folder whose <c>package.json</c> pins Pagefind and where <c>node_modules</c> goes; the current folder when null.</summary>
    public string? ToolsDirectory { get; init; }
}
