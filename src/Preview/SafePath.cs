namespace Limber.Preview;

/// <summary>
/// Maps a request path onto a file inside the served folder, or refuses it. Refused: <c>..</c> and <c>.</c> segments
/// (also when they arrived percent-encoded, since the path is decoded before it gets here), backslashes, drive letters and
/// NUL bytes, and any file or folder on the way that is a symbolic link leading outside the folder.
/// </summary>
public static class SafePath
{
    /// <summary>The file to serve for <paramref name="decodedPath"/> (a folder means its <c>index.html</c>), or null.</summary>
    public static string? Resolve(string root, string decodedPath)
    {
        if (decodedPath.Contains('\0') || decodedPath.Contains('\\') || decodedPath.Contains(':'))
        {
            return null;
        }

        var segments = decodedPath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s is "." or ".."))
        {
            return null;
        }

        var fullRoot = Path.GetFullPath(root);
        var full = Path.GetFullPath(Path.Combine([fullRoot, .. segments]));
        if (!IsInside(fullRoot, full))
        {
            return null;
        }

        if (Directory.Exists(full))
        {
            full = Path.Combine(full, "index.html");
        }

        if (!File.Exists(full))
        {
            return null;
        }

        return IsInside(RealPath(fullRoot), RealPath(full)) ? full : null;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="root"/> or below it.</summary>
    public static bool IsInside(string root, string path)
    {
        var prefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        return path == root || path.StartsWith(prefix, StringComparison.Ordinal);
    }

    /// <summary>The path with every symbolic link on the way (folders and the file itself) replaced by what it points at.</summary>
    public static string RealPath(string fullPath)
    {
        var root = Path.GetPathRoot(fullPath)!;
        var current = root;
        foreach (var segment in fullPath[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, segment);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
            {
                current = RealPath(Path.GetFullPath(target.FullName));
            }
        }

        return current;
    }
}
