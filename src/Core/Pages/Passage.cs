using System.Collections.Immutable;

namespace Limber.Pages;

public enum PassageStatus
{
    Kept,
    Duplicate,
    Debris,
}

/// <summary>
/// One passage of raw source material: a non-blank line of an input/sources/*.txt file.
/// Text is untrusted: it is always rendered as text, never as HTML or Markdown.
/// </summary>
public sealed record Passage(string Id, string File, int Line, string Text)
{
    public PassageStatus Status { get; init; } = PassageStatus.Kept;

    /// <summary>Id of the kept passage this one repeats (only for <see cref="PassageStatus.Duplicate"/>).</summary>
    public string? DuplicateOf { get; init; }

    /// <summary>Similarity to <see cref="DuplicateOf"/> in [0, 1].</summary>
    public double? Similarity { get; init; }

    /// <summary>Why a passage was removed: the debris rule, or the kinds of edit that separate a duplicate from its original.</summary>
    public string? Reason { get; init; }

    public SourceRef Source => new(File, Line, 1);

    /// <summary>Stable id for a passage: the source file's stem and the physical line.</summary>
    public static string MakeId(string file, int line)
    {
        var stem = Path.GetFileNameWithoutExtension(file);
        return $"{Limber.Text.Slug.From(stem)}-l{line}";
    }
}

/// <summary>Groups of passages shown together on a page (a topic, a source listing).</summary>
public sealed record PassageGroup(string Heading, ImmutableArray<Passage> Passages);
