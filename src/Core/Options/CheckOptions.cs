namespace Limber.Options;

/// <summary>The <c>check:</c> section of site.yml: citations, cross-links and external links.</summary>
public sealed record CheckOptions
{
    /// <summary>Show a discreet "citation needed" mark after unsourced statistics and study claims.</summary>
    public bool CitationNeeded { get; init; } = true;

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
