using System.Collections.Concurrent;
using System.Text;
using System.Text.Encodings.Web;
using Limber.Navigation;
using Limber.Pages;

namespace Limber.Render.Navigation;

/// <summary>
/// A page's sidebar as the layout sees it (<c>page.sidebar</c>): the top-level entries of the section tree, with the
/// sections on the way to the current page open (their entries listed, recursively) and the others closed. Each entry
/// is <c>title</c>, <c>url</c>, <c>current</c> (this page), <c>open</c> (this page is in it), <c>section</c> (it has
/// entries), <c>children</c> (listed when open) and <c>more</c> (a last "all N pages" entry that stands for the entries
/// left out). A level with more than <see cref="FullLevel"/> entries lists the <see cref="Window"/> entries either side
/// of the open one and then that link to the section's page, so a flat 10,000-page folder does not put 10,000 links on
/// every page. Closed entries are built once per build and shared by every page.
/// <para>
/// The default layout draws it from <see cref="Html"/> (<c>page.sidebar_html</c>): the same list as HTML, written here
/// rather than by a Liquid loop per page, with each closed entry's markup made once per build. <c>page.sidebar</c> is
/// built only when a layout reads it.
/// </para>
/// </summary>
public sealed class Sidebar(SectionTree tree, Func<string, string> url)
{
    /// <summary>A level with at most this many entries is listed whole.</summary>
    public const int FullLevel = 40;

    /// <summary>Entries listed either side of the open one on a longer level.</summary>
    public const int Window = 7;

    /// <summary>Levels <see cref="Html"/> draws: the top level and three below it, as the default layout did.</summary>
    public const int HtmlDepth = 4;

    private readonly ConcurrentDictionary<string, Dictionary<string, object?>> _closed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _closedHtml = new(StringComparer.Ordinal);

    /// <summary>The sidebar of <paramref name="page"/>; a page outside the tree (unlisted, search, 404) gets the top level, closed.</summary>
    public List<Dictionary<string, object?>> For(Page page)
    {
        var at = page.Pagination is { Urls.Length: > 0 } p ? p.Urls[0] : page.Url;
        var trail = tree.Trail(at);
        return Level(tree.Root, trail, 1, page.Url);
    }

    /// <summary>
    /// The sidebar of <paramref name="page"/> as a <c>ul</c> list, <see cref="HtmlDepth"/> levels deep: each entry an
    /// <c>li</c> (class <c>open</c> on the way to the page, <c>section</c> when it has entries, <c>more</c> for the
    /// "all N pages" link) holding its link (<c>aria-current="page"</c> on this page's) and, when open, its entries.
    /// </summary>
    public string Html(Page page)
    {
        var at = page.Pagination is { Urls.Length: > 0 } p ? p.Urls[0] : page.Url;
        var trail = tree.Trail(at);
        var html = new StringBuilder(2048);
        HtmlLevel(html, tree.Root, trail, 1, page.Url);
        return html.ToString();
    }

    private void HtmlLevel(StringBuilder html, SectionNode section, System.Collections.Immutable.ImmutableArray<SectionNode> trail, int depth, string current)
    {
        var children = section.Children;
        var open = depth < trail.Length ? trail[depth] : null;
        var openIndex = open is null ? -1 : tree.IndexOf(open.Url);
        var (from, to) = Listed(children.Length, openIndex);
        html.Append("<ul>");
        for (var i = from; i < to; i++)
        {
            var child = children[i];
            if (i != openIndex)
            {
                html.Append(_closedHtml.GetOrAdd(child.Url, static (_, made) => made.Sidebar.ClosedHtml(made.Child), (Sidebar: this, Child: child)));
                continue;
            }

            EntryHtml(html, child.IsSection ? "open section" : "open", url(child.Url), child.Title, child.Url == current);
            if (child.IsSection && depth < HtmlDepth && child.Children.Length > 0)
            {
                html.Append('\n');
                HtmlLevel(html, child, trail, depth + 1, current);
            }

            html.Append("</li>");
        }

        if (to - from < children.Length)
        {
            EntryHtml(html, "more", url(section.Url), MoreTitle(children.Length, section), current: false).Append("</li>");
        }

        html.Append("\n</ul>");
    }

    /// <summary>A closed entry's markup, the same on every page (made once per build, no closure per page).</summary>
    private string ClosedHtml(SectionNode node) =>
        EntryHtml(new StringBuilder(), node.IsSection ? "section" : null, url(node.Url), node.Title, current: false).Append("</li>").ToString();

    private static StringBuilder EntryHtml(StringBuilder html, string? cssClass, string href, string title, bool current)
    {
        html.Append("\n<li");
        if (cssClass is not null)
        {
            html.Append(" class=\"").Append(cssClass).Append('"');
        }

        html.Append("><a href=\"").Append(HtmlEncoder.Default.Encode(href)).Append('"');
        if (current)
        {
            html.Append(" aria-current=\"page\"");
        }

        return html.Append('>').Append(HtmlEncoder.Default.Encode(title)).Append("</a>");
    }

    /// <summary>The entries of a level listed, from and to (exclusive): all of them, or a window around the open one.</summary>
    private static (int From, int To) Listed(int count, int openIndex)
    {
        if (count <= FullLevel)
        {
            return (0, count);
        }

        var centre = Math.Max(openIndex, 0);
        var from = Math.Max(0, centre - Window);
        var to = Math.Min(count, from + (2 * Window) + 1);
        return (Math.Max(0, to - (2 * Window) - 1), to);
    }

    private static string MoreTitle(int count, SectionNode section) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"All {count:N0} pages in {section.Title}");

    private List<Dictionary<string, object?>> Level(SectionNode section, System.Collections.Immutable.ImmutableArray<SectionNode> trail, int depth, string current)
    {
        var children = section.Children;
        var open = depth < trail.Length ? trail[depth] : null;
        var openIndex = open is null ? -1 : tree.IndexOf(open.Url);
        var (from, to) = Listed(children.Length, openIndex);

        var list = new List<Dictionary<string, object?>>(to - from + 1);
        for (var i = from; i < to; i++)
        {
            var child = children[i];
            if (i == openIndex)
            {
                list.Add(Entry(child, current: child.Url == current, isOpen: true, child.IsSection ? Level(child, trail, depth + 1, current) : []));
            }
            else
            {
                list.Add(_closed.GetOrAdd(child.Url, _ => Entry(child, current: false, isOpen: false, [])));
            }
        }

        if (to - from < children.Length)
        {
            list.Add(new Dictionary<string, object?>
            {
                ["title"] = MoreTitle(children.Length, section),
                ["url"] = url(section.Url),
                ["current"] = false,
                ["open"] = false,
                ["section"] = false,
                ["children"] = new List<Dictionary<string, object?>>(),
                ["more"] = true,
            });
        }

        return list;
    }

    private Dictionary<string, object?> Entry(SectionNode node, bool current, bool isOpen, List<Dictionary<string, object?>> children) => new()
    {
        ["title"] = node.Title,
        ["url"] = url(node.Url),
        ["current"] = current,
        ["open"] = isOpen,
        ["section"] = node.IsSection,
        ["children"] = children,
        ["more"] = false,
    };
}
