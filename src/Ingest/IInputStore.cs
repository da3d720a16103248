namespace Limber.Ingest;

/// <summary>The only door to the input folder. Paths are relative to the input root, with '/' separators.</summary>
public interface IInputStore
{
    /// <summary>A human name for the root (as the user typed it), used in folder-level messages.</summary>
    string Root { get; }

    bool Exists { get; }

    /// <summary>Every file under the root, in ordinal order.</summary>
    IReadOnlyList<string> EnumerateFiles();

    long Length(string path);

    byte[] ReadAllBytes(string path);

    /// <summary>Symbolic links found by <see cref="EnumerateFiles"/> that lead out of the root and were not read.</summary>
    IReadOnlyList<string> RefusedLinks => [];

    /// <summary>The file's size and last change, for caching what was read from it; null when the store cannot tell.</summary>
    (long Length, DateTime Modified)? Stamp(string path) => null;
}
