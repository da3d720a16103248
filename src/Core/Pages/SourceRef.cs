namespace Limber.Pages;

/// <summary>A position in an input file. <see cref="File"/> is relative to the input folder, with '/' separators.</summary>
public sealed record SourceRef(string File, int Line = 0, int Column = 0)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}" : File;
}
