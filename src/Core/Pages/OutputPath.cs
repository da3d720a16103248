namespace Limber.Pages;

/// <summary>
/// The one rule for where a file may go in the output folder, checked wherever a destination is made (a page's slug,
/// a redirect's old address, a static file, the search index) and again by the writer. A destination is a relative
/// path with '/' separators that names a file inside the output folder: not empty, not rooted ('/x', 'C:x', '\\x'),
/// no empty, '.' or '..' segment, no backslash and no control character. Purely textual: no file system access, so it
/// is cheap enough to check every file of every build. (Symbolic links inside the output folder are the writer's
/// concern: it never writes or deletes through one.)
/// </summary>
public static class OutputPath
{
    /// <summary>Why <paramref name="path"/> is not a file inside the output folder, or null when it is.</summary>
    public static string? Problem(string path)
    {
        if (path.Length == 0)
        {
            return "is empty";
        }

        if (path[0] is '/' or '\\' || (path.Length >= 2 && path[1] == ':'))
        {
            return $"'{Shown(path)}' is an absolute path";
        }

        foreach (var c in path)
        {
            if (c == '\\')
            {
                return $"'{Shown(path)}' contains a backslash";
            }

            if (char.IsControl(c))
            {
                return $"'{Shown(path)}' contains a control character";
            }
        }

        foreach (var segment in path.Split('/'))
        {
            if (segment is "" or "." or "..")
            {
                return segment == ".." ? $"'{Shown(path)}' leads out of the output folder ('..')" : $"'{Shown(path)}' has an empty or '.' segment";
            }
        }

        return null;
    }

    /// <summary>
    /// Why the site path <paramref name="sitePath"/> (a slug or an address such as <c>/old/page/</c>, which may start and
    /// end with '/') would not stay inside the output folder, or null when it would.
    /// </summary>
    public static string? SitePathProblem(string sitePath)
    {
        var trimmed = sitePath.Trim('/');
        return trimmed.Length == 0 ? null : Problem(trimmed);
    }

    /// <summary>The path with control characters shown as escapes, so a message stays on one line.</summary>
    public static string Shown(string path) =>
        path.Any(char.IsControl) ? string.Concat(path.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString())) : path;
}
