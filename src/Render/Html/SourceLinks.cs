using Limber.Navigation;
using Limber.Pages;

namespace Limber.Render.Html;

/// <summary>
/// Where a relative link written in a page's Markdown leads, read from the page's source file's folder as its author
/// wrote it, whatever address the page is written at: <c>other.md</c>, <c>../guide/setup.MD#step-2</c>,
/// <c>notes.markdown?v=2</c> are pages; <c>img/a.png</c> is a file copied from beside the page or from static/;
/// <c>../guide/</c> is a folder's page. A root-relative link that is no page's address nor a copied file's but names a
/// source file from the content folder, in any letter case, with or without its extension (<c>/guide/Setup/</c> for
/// <c>content/guide/Setup.md</c>, whose address is lower case, as Hugo's are), is that page; so is Zola's internal link
/// <c>@/guide/setup.md</c>, read from the content folder too. Only a link that leads
/// somewhere is mapped, and only its path changes: the query and fragment are kept as written. Anything else
/// (external, a fragment alone, a target that is not there) is left for the browser and the link check.
/// </summary>
public sealed class SourceLinks
{
    private readonly IReadOnlyDictionary<string, Page> pagesBySource;
    private readonly Dictionary<string, Page> pagesByLowerSource;
    private readonly IReadOnlySet<string> files;
    private readonly HashSet<string> pageUrls;

    /// <param name="pagesBySource">Authored pages by input-relative source file (<c>content/guide/setup.md</c>).</param>
    /// <param name="files">Output paths of the files copied as they are (static/ and the non-Markdown files under content/).</param>
    public SourceLinks(IReadOnlyDictionary<string, Page> pagesBySource, IReadOnlySet<string> files)
    {
        this.pagesBySource = pagesBySource;
        this.files = files;
        pagesByLowerSource = new Dictionary<string, Page>(StringComparer.Ordinal);
        pageUrls = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (source, page) in pagesBySource)
        {
            pagesByLowerSource.TryAdd(source.ToLowerInvariant(), page);
            pageUrls.Add(page.Url);
        }
    }

    public static SourceLinks Empty { get; } = new(new Dictionary<string, Page>(), new HashSet<string>());

    /// <summary>The site-relative URL (starting with '/') that <paramref name="target"/>, written in <paramref name="fromFile"/>, leads to; null to leave it as written.</summary>
    public string? Resolve(string fromFile, string target)
    {
        if (target.Length == 0 || target[0] is '#' or '?' || (target.Contains(':', StringComparison.Ordinal) && IsSchemeOrXref(target)))
        {
            return null;
        }

        if (target[0] == '/')
        {
            return RootRelative(target);
        }

        if (target.StartsWith("@/", StringComparison.Ordinal))
        {
            return FromContentFolder(target[1..]);
        }

        var end = target.IndexOfAny(['?', '#']);
        var path = end < 0 ? target : target[..end];
        var rest = end < 0 ? "" : target[end..];
        if (path.Length == 0)
        {
            return null;
        }

        var folder = ContentPaths.FolderOf(fromFile);
        if (ContentPaths.Normalize(folder.Length == 0 ? path : folder + "/" + path) is not { } combined)
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
        return underContent is not null ? PageNamedWithoutExtension(path, combined, rest) : null;
    }

    /// <summary>A root-relative <paramref name="target"/> read from the content folder, when it is no address the site already has.</summary>
    private string? RootRelative(string target)
    {
        if (target.Length > 1 && target[1] == '/')
        {
            return null; // '//host/path': another site
        }

        var end = target.IndexOfAny(['?', '#']);
        var path = end < 0 ? target : target[..end];
        return pageUrls.Contains(path) || files.Contains(path[1..]) ? null : FromContentFolder(target);
    }

    /// <summary>
    /// <paramref name="target"/> ('/' and a path) read from the content folder: a page (<c>/guide/setup.md</c>, and as
    /// Zola writes internal links, <c>@/guide/setup.md</c>), a page named without its extension or a copied file.
    /// </summary>
    private string? FromContentFolder(string target)
    {
        var end = target.IndexOfAny(['?', '#']);
        var path = end < 0 ? target : target[..end];
        if (ContentPaths.Normalize("content" + path) is not { } combined || combined.Length <= "content/".Length)
        {
            return null;
        }

        var rest = end < 0 ? "" : target[end..];
        if (ContentPaths.IsMarkdown(path))
        {
            return PageAt(combined) is { } page ? page.Url + rest : null;
        }

        var underContent = combined["content/".Length..];
        return files.Contains(underContent) ? "/" + Escape(underContent) + rest : PageNamedWithoutExtension(path, combined, rest);
    }

    /// <summary>The page of <paramref name="combined"/> (an input path without extension, or a folder) when the link's last name has no extension.</summary>
    private string? PageNamedWithoutExtension(string path, string combined, string rest)
    {
        if (ContentPaths.NameOf(path.TrimEnd('/')).Contains('.', StringComparison.Ordinal))
        {
            return null;
        }

        var bare = combined.TrimEnd('/');
        foreach (var candidate in (string[])[bare + "/index.md", bare + "/_index.md", bare + "/README.md", bare + ".md", bare + "/index.markdown", bare + ".markdown"])
        {
            if (PageAt(candidate) is { } page)
            {
                return page.Url + rest;
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
}
