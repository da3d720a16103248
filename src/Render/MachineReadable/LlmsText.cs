using System.Text;
using Limber.Options;
using Limber.Pages;

namespace Limber.Render.MachineReadable;

/// <summary>
/// <c>/llms.txt</c> (the format of llmstxt.org): the site's title, its description as a quotation, then every listed
/// page as a link to its Markdown copy (<see cref="MarkdownCopy"/>) with its description, under a heading for each
/// top-level entry of the navigation that the page lives beneath (by URL), the rest under "Pages", and lists within a
/// section (such as the exercise index's facet pages) under "Optional", the format's heading for what can be skipped.
/// </summary>
public static class LlmsText
{
    public const string Path = "llms.txt";

    /// <summary>Where a page's Markdown copy is written (<c>about/index.md</c>), or null for pages without one (404, the search page).</summary>
    public static string? CopyPath(Page page) =>
        page.Destination.EndsWith("index.html", StringComparison.Ordinal) && page.Id != Html.SearchPage.Page.Id
            ? page.Destination[..^"html".Length] + "md"
            : null;

    public static OutputFile File(SiteOptions options, IReadOnlyList<NavLink> nav, IEnumerable<Page> pages, Func<string, string> absolute)
    {
        var text = new StringBuilder();
        text.Append("# ").Append(Line(options.Title)).Append("\n\n");
        if (options.Description.Length > 0)
        {
            text.Append("> ").Append(Line(options.Description)).Append("\n\n");
        }

        if (options.MarkdownCopies)
        {
            text.Append("Every page of this site is also published as Markdown: the links below point at those copies (`index.md` beside each page's `index.html`).\n");
        }

        var sections = nav.Where(n => n.Url != "/" && n.Url.StartsWith('/')).Select(n => (n.Title, n.Url, Pages: new List<Page>())).ToList();
        var other = new List<Page>();
        var optional = new List<Page>();
        foreach (var page in pages.Where(p => p.FrontMatter.Listed && CopyPath(p) is not null).OrderBy(p => p.Url, StringComparer.Ordinal))
        {
            var home = sections.Where(s => page.Url.StartsWith(s.Url, StringComparison.Ordinal)).OrderByDescending(s => s.Url.Length).FirstOrDefault();
            if (home.Pages is null)
            {
                other.Add(page);
            }
            else if (page.Kind == PageKind.List && page.Url != home.Url)
            {
                optional.Add(page); // a list within a section (the exercise index's facets): secondary, as the format's "Optional" section is meant for
            }
            else
            {
                home.Pages.Add(page);
            }
        }

        foreach (var (title, _, list) in sections.Where(s => s.Pages.Count > 0).Append(("Pages", "", other)).Append(("Optional", "", optional)))
        {
            if (list.Count == 0)
            {
                continue;
            }

            text.Append("\n## ").Append(Line(title)).Append("\n\n");
            foreach (var page in list)
            {
                text.Append("- [").Append(Line(page.Title).Replace("]", "\\]", StringComparison.Ordinal)).Append("](").Append(absolute(options.MarkdownCopies ? "/" + CopyPath(page)! : page.Url)).Append(')');
                if (page.FrontMatter.Description is { Length: > 0 } description)
                {
                    text.Append(": ").Append(Line(description));
                }

                text.Append('\n');
            }
        }

        return OutputFile.FromText(Path, text.ToString());
    }

    private static string Line(string text) => text.ReplaceLineEndings(" ").Trim();
}
