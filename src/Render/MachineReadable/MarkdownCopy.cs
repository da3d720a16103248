namespace Limber.Render.MachineReadable;

/// <summary>
/// The Markdown copy of a page (<c>/path/index.md</c> beside <c>/path/index.html</c>, as Rspress and Quarto publish for
/// language models and scripts): the page's rendered content (its layout's output, without the site's header, sidebar
/// and footer) turned back into Markdown. Working from the HTML gives every kind of page (authored, topic, exercise,
/// list) the same treatment with links already resolved. A small tolerant parser, one pass to a tree and one to text:
/// headings, paragraphs, lists, links, images, emphasis, code, code blocks, quotations, tables, definition lists;
/// navigation, forms and scripts are left out.
/// </summary>
public static class MarkdownCopy
{
    /// <summary>The Markdown for a fragment of HTML. <paramref name="absolute"/> turns root-relative link targets into absolute ones.</summary>
    public static string FromHtml(string html, Func<string, string>? absolute = null)
    {
        var root = HtmlTree.Parse(html);
        var writer = new MarkdownWriter(absolute ?? (u => u));
        writer.Blocks(root.Children);
        return writer.ToString();
    }
}
