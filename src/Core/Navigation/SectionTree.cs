using System.Collections.Immutable;
using Limber.Pages;

namespace Limber.Navigation;

/// <summary>
/// The site's sections as a tree, rooted at the home page: what sidebars, breadcrumbs, previous/next links and section
/// listings are drawn from. Pages from input/content sit where their file is (a folder is a section, its index file the
/// section's page, whatever the page's slug); generated pages (topics, exercises, sources) sit under the nearest page
/// whose URL contains theirs. Children are ordered by <c>order</c> (front matter <c>order</c>/<c>weight</c>/
/// <c>sidebar.order</c>; pages without one come last), then title. Unlisted pages (<c>listed: false</c>), pages hidden
/// from navigation and the second and later parts of split pages are not in the tree. Immutable; built once per build
/// (O(n log n)); every look-up is a dictionary read.
/// </summary>
public sealed class SectionTree
{
    private readonly Dictionary<string, Place> _byUrl;

    private sealed record Place(SectionNode Node, SectionNode? Parent, int Index, SectionNode? Previous, SectionNode? Next);

    private SectionTree(SectionNode root, Dictionary<string, Place> byUrl)
    {
        Root = root;
        _byUrl = byUrl;
    }

    /// <summary>A tree with only a home entry.</summary>
    public static SectionTree Empty { get; } = new(
        new SectionNode { Title = "Home", Url = "/", PageId = "home", Kind = PageKind.List, Source = "content/" },
        new Dictionary<string, Place>(StringComparer.Ordinal));

    /// <summary>The home page's entry; its children are the top-level sections and pages.</summary>
    public SectionNode Root { get; }

    /// <summary>Number of entries, the home entry included.</summary>
    public int Count => _byUrl.Count;

    /// <summary>The entry of the page at <paramref name="url"/> (site-relative), or null when the page is not in the tree.</summary>
    public SectionNode? Find(string url) => _byUrl.TryGetValue(url, out var place) ? place.Node : null;

    /// <summary>The section the page at <paramref name="url"/> belongs to (the home entry for top-level pages); null for the home page or a page not in the tree.</summary>
    public SectionNode? ParentOf(string url) => _byUrl.TryGetValue(url, out var place) ? place.Parent : null;

    /// <summary>Where the page's entry is among its parent's children (0-based); -1 for the home page or a page not in the tree.</summary>
    public int IndexOf(string url) => _byUrl.TryGetValue(url, out var place) && place.Parent is not null ? place.Index : -1;

    /// <summary>The entries from the home page down to the page's own (breadcrumbs); empty when the page is not in the tree.</summary>
    public ImmutableArray<SectionNode> Trail(string url)
    {
        if (!_byUrl.TryGetValue(url, out var place))
        {
            return [];
        }

        var trail = new List<SectionNode> { place.Node };
        while (place.Parent is { } parent && _byUrl.TryGetValue(parent.Url, out place))
        {
            trail.Add(parent);
        }

        trail.Reverse();
        return [.. trail];
    }

    /// <summary>
    /// The pages before and after this one in reading order within its top-level section: the section's page, then its
    /// entries depth first (a subsection's page before the subsection's entries). Only pages from input/content take
    /// part (generated pages have their own sequences); a top-level page with no entries of its own has none.
    /// </summary>
    public (SectionNode? Previous, SectionNode? Next) Neighbours(string url) =>
        _byUrl.TryGetValue(url, out var place) ? (place.Previous, place.Next) : (null, null);

    /// <summary>Builds the tree of <paramref name="pages"/> (see the class summary for the rules).</summary>
    public static SectionTree Build(IEnumerable<Page> pages)
    {
        var candidates = pages.Where(p => p.FrontMatter.Listed && p.FrontMatter.InNavigation && !p.IsContinuation).ToList();
        var folderPages = ContentPaths.FolderPages(candidates
            .Select(p => p.Source.File)
            .Where(f => f.StartsWith("content/", StringComparison.Ordinal) && ContentPaths.IsMarkdown(f))
            .Select(f => f["content/".Length..]));

        // One page per key (a path of segments); the first page wins a key or a URL (two pages at one address is an
        // error the render stage reports).
        var byKey = new Dictionary<string, Page>(StringComparer.Ordinal);
        var urls = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in candidates)
        {
            var key = KeyOf(page, folderPages);
            if (!byKey.ContainsKey(key) && urls.Add(page.Url))
            {
                byKey[key] = page;
            }
        }

        var children = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var key in byKey.Keys)
        {
            if (key.Length == 0)
            {
                continue;
            }

            var parent = ParentKey(key, byKey);
            if (!children.TryGetValue(parent, out var list))
            {
                children[parent] = list = [];
            }

            list.Add(key);
        }

        SectionNode NodeOf(string key)
        {
            var kids = children.TryGetValue(key, out var list)
                ? list.Select(NodeOf).OrderBy(n => n.Order ?? int.MaxValue).ThenBy(n => n.Order is null ? 1 : 0)
                    .ThenBy(n => n.Title, StringComparer.OrdinalIgnoreCase).ThenBy(n => n.Title, StringComparer.Ordinal)
                    .ThenBy(n => n.Url, StringComparer.Ordinal).ToImmutableArray()
                : [];
            if (!byKey.TryGetValue(key, out var page))
            {
                return Empty.Root with { Children = kids }; // no home page among the pages: a bare home entry
            }

            return new SectionNode
            {
                Title = page.FrontMatter.NavTitle ?? page.Title,
                Url = page.Url,
                PageId = page.Id,
                Kind = page.Kind,
                Source = page.Source.File,
                Order = page.FrontMatter.Order,
                Summary = page.FrontMatter.Description,
                Children = kids,
            };
        }

        var root = NodeOf("");
        var byUrl = new Dictionary<string, Place>(StringComparer.Ordinal) { [root.Url] = new Place(root, null, -1, null, null) };
        for (var t = 0; t < root.Children.Length; t++)
        {
            var top = root.Children[t];
            var reading = new List<(SectionNode Node, SectionNode Parent, int Index)>();
            Walk(top, root, t, reading);
            var sequence = top.IsAuthoredTree && top.IsSection ? reading.Where(r => r.Node.IsAuthoredTree).Select(r => r.Node).ToList() : [];
            var position = sequence.Select((n, i) => (n.Url, i)).ToDictionary(x => x.Url, x => x.i, StringComparer.Ordinal);
            foreach (var (node, parent, index) in reading)
            {
                SectionNode? previous = null, next = null;
                if (position.TryGetValue(node.Url, out var at))
                {
                    previous = at > 0 ? sequence[at - 1] : null;
                    next = at + 1 < sequence.Count ? sequence[at + 1] : null;
                }

                byUrl.TryAdd(node.Url, new Place(node, parent, index, previous, next));
            }
        }

        return new SectionTree(root, byUrl);
    }

    private static void Walk(SectionNode node, SectionNode parent, int index, List<(SectionNode, SectionNode, int)> into)
    {
        into.Add((node, parent, index));
        for (var i = 0; i < node.Children.Length; i++)
        {
            Walk(node.Children[i], node, i, into);
        }
    }

    /// <summary>The nearest shorter key that is in the tree; the home key (empty) at the end.</summary>
    private static string ParentKey(string key, Dictionary<string, Page> byKey)
    {
        var slash = key.LastIndexOf('/');
        while (slash > 0)
        {
            var prefix = key[..slash];
            if (byKey.ContainsKey(prefix))
            {
                return prefix;
            }

            slash = prefix.LastIndexOf('/');
        }

        return "";
    }

    /// <summary>
    /// Where a page sits: a content page by its file (its folder, for a folder's page); a generated section index of a
    /// folder by that folder; any other page by its URL.
    /// </summary>
    internal static string KeyOf(Page page, HashSet<string> folderPages)
    {
        var file = page.Source.File;
        if (file.StartsWith("content/", StringComparison.Ordinal))
        {
            var relative = file["content/".Length..];
            if (relative.EndsWith('/'))
            {
                return relative.TrimEnd('/');
            }

            if (ContentPaths.IsMarkdown(relative))
            {
                return folderPages.Contains(relative) ? ContentPaths.FolderOf(relative) : ContentPaths.WithoutExtension(relative);
            }
        }

        return page.Url.Trim('/');
    }
}
