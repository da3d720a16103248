namespace Limber.Options;

/// <summary>
/// The <c>dedupe:</c> section of site.yml: how repeated passages are found and which lines are set aside as debris.
/// </summary>
public sealed record DedupeOptions
{
    /// <summary>False turns the stage off: every passage is kept.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Which copy of a cluster is kept: <c>first</c> (first occurrence in file and line order) or <c>longest</c> (the most complete copy; ties go to the first).</summary>
    public string Keep { get; init; } = "first";

    /// <summary>How many one-word typos (edit distance 1, or 2 in words of 8+ letters) two copies may differ by.</summary>
    public int MaxTypos { get; init; } = 1;

    /// <summary>A sentence added or removed counts as cosmetic only when the longer copy has at least this many sentences.</summary>
    public int MinSentencesForSentenceEdit { get; init; } = 4;

    public DebrisOptions Debris { get; init; } = new();
}

/// <summary>How passages that are not content (navigation, notices, ads, bios, bylines, disclaimers, template text) are set aside.</summary>
public sealed record DebrisOptions
{
    /// <summary>Apply Limber's built-in debris classifier (see <c>Limber.Dedupe.DebrisClassifier</c>); false leaves only <see cref="Patterns"/>.</summary>
    public bool UseDefaults { get; init; } = true;

    /// <summary>Kinds of debris the built-in classifier should not set aside, e.g. <c>[bio, ad]</c> (see <c>Limber.Dedupe.DebrisCategory</c>).</summary>
    public IReadOnlyList<string> Disable { get; init; } = [];

    /// <summary>Extra rules: a name, a reason shown in the report, and a .NET regular expression (case-insensitive) matched against the passage text.</summary>
    public IReadOnlyList<DebrisRuleOptions> Patterns { get; init; } = [];

    /// <summary>Regular expressions (case-insensitive); a passage matching any of them is never debris.</summary>
    public IReadOnlyList<string> Allow { get; init; } = [];
}

public sealed record DebrisRuleOptions
{
    public string Name { get; init; } = "custom";
    public string Reason { get; init; } = "";
    public string Pattern { get; init; } = "";
}
