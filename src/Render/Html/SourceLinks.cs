using Limber.Navigation;
using Limber.Pages;

namespace Limber.Render.Html;

/// <summary>
/// Where a relative link written in a page's Markdown leads, read from the page's source file's folder as its author
/// wrote it, whatever address the page is written at: <c>other.md</c>, <c>../guide/setup.MD#step-2</c>,
/// <c>notes.markdown?v=2</c> are pages; <c>img/a.png</c> is a file copied from beside the page or from static/;
/// <c>../guide/</c> is a folder's page. Only a link that leads somewhere is mapped, and only its path changes: the
/// query and fragment are kept as written. Anything else (external, root-relative, a fragment alone, a target that is
/// not there) is left for the browser and the link check.
/// </summary>
public sealed class SourceLinks
{
    private readonly IReadOnlyDictionary<string, Page> pagesBySource;
    private readonly Dictionary<string, Page> pagesByLowerSource;
    private readonly IReadOnlySet<string> files;

    /// <param name="pagesBySource">Authored pages by input-relative source file (<c>content/guide/setup.md</c>).</param>
    /// <param name="files">Output paths of the files copied as they are (static/ and the non-Markdown files under content/).</param>
    public SourceLinks(IReadOnlyDictionary<string, Page> pagesBySource, IReadOnlySet<string> files)
    {
        this.pagesBySource = pagesBySource;
        this.files = files;
        pagesByLowerSource = new Dictionary<string, Page>(StringComparer.Ordinal);
        foreach (var (source, page) in pagesBySource)
        {
            pagesByLowerSource.TryAdd(source.ToLowerInvariant(), page);
        }
    }

    public static SourceLinks Empty { get; } = new(new Dictionary<string, Page>(), new HashSet<string>());

    /// <summary>The site-relative URL (starting with '/') that <paramref name="target"/>, written in <paramref name="fromFile"/>, leads to; null to leave it as written.</summary>
    public string? Resolve(string fromFile, string target)
    {
        if (target.Length == 0 || target[0] is '/' or '#' or '?' || (target.Contains(':', StringComparison.Ordinal) && IsSchemeOrXref(target)))
        {
            return null;
        }

        var end = target.IndexOfAny(['?', '#']);
        var path = end < 0 ? target : target[..end];
        var rest = end < 0 ? "" : target[end..];
        if (path.Length == 0)
        {
            return null;
        }

        var folder = ContentPaths.FolderOf(fromFile);
        if (NormalizePath(folder.Length == 0 ? path : folder + "/" + path) is not { } combined)
        {
            return null;
        }

        if (ContentPaths.IsMarkdown(path))
        {
            return PageAt(combined) is { } page ? page.Url + rest : null;
        }

        // A file copied as it is: content/guide/img/a.png or static/img/a.png, at its path under content/ or static/.
        var underContent = combined.StartsWith("content/", StringComparison.Ordinal) ? combined["content/".Length..] : null;
        if (underContent is not null && files.Contains(underContent))
        {
            return "/" + Escape(underContent) + rest;
        }

        // A folder or a page named without its extension, as MkDocs and GitHub readers write them: 'guide/', '../setup'.
        if (underContent is not null && !ContentPaths.NameOf(path.TrimEnd('/')).Contains('.', StringComparison.Ordinal))
        {
            var bare = combined.TrimEnd('/');
            foreach (var candidate in (string[])[bare + "/index.md", bare + "/_index.md", bare + "/README.md", bare + ".md", bare + "/index.markdown", bare + ".markdown"])
            {
                if (PageAt(candidate) is { } page)
                {
                    return page.Url + rest;
                }
            }
        }

        return null;
    }

    private Page? PageAt(string source) =>
        pagesBySource.TryGetValue(source, out var page) || pagesByLowerSource.TryGetValue(source.ToLowerInvariant(), out page) ? page : null;

    private static bool IsSchemeOrXref(string target)
    {
        var colon = target.IndexOf(':');
        var slash = target.IndexOfAny(['/', '?', '#']);
        return slash < 0 || colon < slash;
    }

    private static string Escape(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    /// <summary>Resolves '.' and '..' and decodes %-escapes; null when the path leads above the input folder.</summary>
    internal static string? NormalizePath(string path)
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
}
