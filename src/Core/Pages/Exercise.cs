using System.Collections.Immutable;

namespace Limber.Pages;

/// <summary>An inclusive count range ("six to eight" → 6..8; "ten" → 10..10).</summary>
public sealed record CountRange(int Min, int Max);

/// <summary>An inclusive duration range with its unit: "seconds" or "breaths".</summary>
public sealed record DurationRange(int Min, int Max, string Unit);

/// <summary>
/// The structured front matter of one exercise. Field names match the YAML and JSON catalogue
/// (title, slug, name, steps, cautions, reps, sets, hold, rest, perSide, equipment, position, bodyAreas, source).
/// </summary>
public sealed record Exercise
{
    public required string Title { get; init; }
    public required string Slug { get; init; }
    public string? Name { get; init; }
    public ImmutableArray<string> Steps { get; init; } = [];

    /// <summary>Cautions and tips the source gives ("Avoid arching your back"), shown beside the steps.</summary>
    public ImmutableArray<string> Cautions { get; init; } = [];
    public CountRange? Reps { get; init; }
    public CountRange? Sets { get; init; }
    public DurationRange? Hold { get; init; }
    public DurationRange? Rest { get; init; }
    public bool PerSide { get; init; }
    public ImmutableArray<string> Equipment { get; init; } = [];
    public string? Position { get; init; }
    public ImmutableArray<string> BodyAreas { get; init; } = [];
    public required SourceRef Source { get; init; }
}
