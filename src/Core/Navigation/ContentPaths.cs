namespace Limber.Navigation;

/// <summary>
/// How a file under input/content maps to sections: a folder is a section, and its <c>index.md</c>, <c>_index.md</c>
/// or <c>README.md</c> (in that order of preference, any letter case) is the section's own page, at the folder's URL.
/// Shared by ingest (where a page is written) and the section tree (where it sits), so both agree.
/// </summary>
public static class ContentPaths
{
    /// <summary>Markdown file extensions read as pages.</summary>
    public static bool IsMarkdown(string path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);

    /// <summary>The path without its Markdown extension (<c>guides/install.md</c> → <c>guides/install</c>).</summary>
    public static string WithoutExtension(string path) =>
        path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase) ? path[..^".markdown".Length]
        : path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? path[..^".md".Length]
        : path;

    /// <summary>
    /// 0 for <c>index</c>, 1 for <c>_index</c>, 2 for <c>README</c> (a file name without extension, any case): how strongly
    /// the file claims to be its folder's page; -1 when it is an ordinary page.
    /// </summary>
    public static int IndexRank(string nameWithoutExtension) => nameWithoutExtension.ToLowerInvariant() switch
    {
        "index" => 0,
        "_index" => 1,
        "readme" => 2,
        _ => -1,
    };

    /// <summary>The folder of a content-relative path (<c>a/b/c.md</c> → <c>a/b</c>; <c>c.md</c> → empty).</summary>
    public static string FolderOf(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? "" : path[..slash];
    }

    /// <summary>The file name of a content-relative path without its folder.</summary>
    public static string NameOf(string path) => path[(path.LastIndexOf('/') + 1)..];

    /// <summary>A relative path with '.' and '..' resolved and %-escapes decoded (<c>guide/../img/a%20b.png</c> → <c>img/a b.png</c>); null when it leads above where it starts.</summary>
    public static string? Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part is "" or ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
            }
            else
            {
                parts.Add(Uri.UnescapeDataString(part));
            }
        }

        return string.Join('/', parts);
    }

    /// <summary>
    /// The content-relative Markdown files that are their folder's page: per folder, the best-ranked index file.
    /// Another index-named file in the same folder (a <c>README.md</c> beside an <c>index.md</c>) is an ordinary page.
    /// </summary>
    public static HashSet<string> FolderPages(IEnumerable<string> markdownFiles)
    {
        var best = new Dictionary<string, (int Rank, string File)>(StringComparer.Ordinal);
        foreach (var file in markdownFiles)
        {
            var rank = IndexRank(WithoutExtension(NameOf(file)));
            if (rank < 0)
            {
                continue;
            }

            var folder = FolderOf(file);
            if (!best.TryGetValue(folder, out var current) || rank < current.Rank || (rank == current.Rank && string.CompareOrdinal(file, current.File) < 0))
            {
                best[folder] = (rank, file);
            }
        }

        return best.Values.Select(b => b.File).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>A readable title from a file or folder name: <c>getting-started</c> → <c>Getting started</c>.</summary>
    public static string TitleFromName(string name)
    {
        var words = name.Replace('-', ' ').Replace('_', ' ').Trim();
        return words.Length == 0 ? "Untitled" : char.ToUpperInvariant(words[0]) + words[1..];
    }
}
