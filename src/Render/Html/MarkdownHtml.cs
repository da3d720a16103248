using Limber.Markdown;
using Limber.Pages;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Limber.Render.Html;

/// <summary>Renders an authored page's Markdown body with the shared pipeline; links to <c>other.md</c> become page URLs.</summary>
public static class MarkdownHtml
{
    /// <summary>Renders <paramref name="markdown"/> (the page's body, prepared by the reference pass) as the page's HTML.</summary>
    public static string Render(Page page, string markdown, IReadOnlyDictionary<string, Page> pagesBySource, Func<string, string> url)
    {
        var document = Markdig.Markdown.Parse(markdown, SiteMarkdown.Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is { } target && ResolveSourceLink(page.Source.File, target, pagesBySource) is { } resolved)
            {
                link.Url = url(resolved.Page.Url) + resolved.Fragment;
            }
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        SiteMarkdown.Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>Resolves a relative link to a Markdown source file (<c>../topics/sciatica.md#causes</c>) to its page.</summary>
    public static (Page Page, string Fragment)? ResolveSourceLink(string fromFile, string target, IReadOnlyDictionary<string, Page> pagesBySource)
    {
        if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith('/') || target.StartsWith('#') || target.StartsWith("xref:", StringComparison.Ordinal))
        {
            return null;
        }

        var hash = target.IndexOf('#');
        var path = hash < 0 ? target : target[..hash];
        var fragment = hash < 0 ? "" : target[hash..];
        if (!path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var directory = fromFile.Contains('/') ? fromFile[..fromFile.LastIndexOf('/')] : "";
        var combined = NormalizePath(directory.Length == 0 ? path : directory + "/" + path);
        return combined is not null && pagesBySource.TryGetValue(combined, out var page) ? (page, fragment) : null;
    }

    private static string? NormalizePath(string path)
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
