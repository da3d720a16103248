namespace Limber.Ingest;

/// <summary>Reads the input folder from disk.</summary>
public sealed class DiskInputStore(string root) : IInputStore
{
    public string Root { get; } = root;

    public bool Exists => Directory.Exists(Root);

    public IReadOnlyList<string> EnumerateFiles()
    {
        var full = Path.GetFullPath(Root);
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        return Directory.EnumerateFiles(full, "*", options)
            .Select(f => Path.GetRelativePath(full, f).Replace('\\', '/'))
            .Where(f => !f.Split('/').Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public long Length(string path) => new FileInfo(Path.Combine(Root, path)).Length;

    public byte[] ReadAllBytes(string path) => File.ReadAllBytes(Path.Combine(Root, path));

    public (long Length, DateTime Modified)? Stamp(string path)
    {
        var info = new FileInfo(Path.Combine(Root, path));
        return info.Exists ? (info.Length, info.LastWriteTimeUtc) : null;
    }
}
