using System.Collections.Concurrent;
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
/// </summary>
public sealed class Sidebar(SectionTree tree, Func<string, string> url)
{
    /// <summary>A level with at most this many entries is listed whole.</summary>
    public const int FullLevel = 40;

    /// <summary>Entries listed either side of the open one on a longer level.</summary>
    public const int Window = 7;

    private readonly ConcurrentDictionary<string, Dictionary<string, object?>> _closed = new(StringComparer.Ordinal);

    /// <summary>The sidebar of <paramref name="page"/>; a page outside the tree (unlisted, search, 404) gets the top level, closed.</summary>
    public List<Dictionary<string, object?>> For(Page page)
    {
        var at = page.Pagination is { Urls.Length: > 0 } p ? p.Urls[0] : page.Url;
        var trail = tree.Trail(at);
        return Level(tree.Root, trail, 1, page.Url);
    }

    private List<Dictionary<string, object?>> Level(SectionNode section, System.Collections.Immutable.ImmutableArray<SectionNode> trail, int depth, string current)
    {
        var children = section.Children;
        var open = depth < trail.Length ? trail[depth] : null;
        var openIndex = open is null ? -1 : tree.IndexOf(open.Url);
        int from = 0, to = children.Length;
        if (children.Length > FullLevel)
        {
            var centre = Math.Max(openIndex, 0);
            from = Math.Max(0, centre - Window);
            to = Math.Min(children.Length, from + (2 * Window) + 1);
            from = Math.Max(0, to - (2 * Window) - 1);
        }

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
                ["title"] = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"All {children.Length:N0} pages in {section.Title}"),
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
