namespace Limber.Options;

/// <summary>The <c>check:</c> section of site.yml: citations, cross-links and external links.</summary>
public sealed record CheckOptions
{
    /// <summary>Show a discreet "citation needed" mark after unsourced statistics and study claims.</summary>
    public bool CitationNeeded { get; init; } = true;

    /// <summary>
    /// Folders of authored pages (input-relative: <c>content/evidence</c>, <c>topics</c>, or <c>content</c> for all of it)
    /// whose statistics and study claims need a citation (LMB4020 and the "citation needed" mark). Raw passages under
    /// <c>sources/</c> are always checked: that is where unsourced figures come from. None by default, so documentation
    /// that says "25% of total memory" is not marked.
    /// </summary>
    public IReadOnlyList<string> ClaimFolders { get; init; } = [];

    /// <summary>Whether the claim check runs on the authored page read from <paramref name="file"/> (input-relative).</summary>
    public bool ClaimsApplyTo(string file)
    {
        foreach (var folder in ClaimFolders)
        {
            var prefix = folder.Trim('/');
            if (prefix.Length == 0 || file.StartsWith(prefix + "/", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Link glossary terms on their first mention per page.</summary>
    public bool GlossaryLinks { get; init; } = true;

    /// <summary>Bibliography file, input-relative (CSL-YAML or CSL-JSON).</summary>
    public string References { get; init; } = "references.yml";

    /// <summary>Glossary file, input-relative.</summary>
    public string Glossary { get; init; } = "glossary.yml";

    /// <summary>How long a checked external link's result is trusted, in hours.</summary>
    public int ExternalCacheHours { get; init; } = 24;

    /// <summary>External links checked at once.</summary>
    public int ExternalConcurrency { get; init; } = 8;

    /// <summary>Seconds before an external request counts as timed out.</summary>
    public int ExternalTimeoutSeconds { get; init; } = 10;
}
