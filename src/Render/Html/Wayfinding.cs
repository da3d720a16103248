using System.Net;
using System.Text.RegularExpressions;
using Limber.Navigation;
using Limber.Options;
using Limber.Pages;

namespace Limber.Render.Html;

/// <summary>
/// How a reader finds their way: breadcrumbs (with BreadcrumbList JSON-LD), previous/next within a topic, the home
/// page's start points and an on-page table of contents. Everything site-wide is computed once per build, so the
/// per-page work is a few dictionary look-ups (O(depth of the URL) for breadcrumbs).
/// </summary>
public sealed partial class Wayfinding
{
    /// <summary>A page gets a table of contents when it has at least this many second-level headings.</summary>
    public const int TocMinimum = 3;

    private readonly Dictionary<string, Page> _byUrl;
    private readonly Dictionary<string, (PageLink? Previous, PageLink? Next, string Within)> _sequence = new(StringComparer.Ordinal);
    private readonly Func<string, string> _url;
    private readonly SectionTree _sections;

    public Wayfinding(IReadOnlyList<Page> pages, Func<string, string> url)
        : this(pages, SectionTree.Empty, url)
    {
    }

    /// <param name="pages">Every page of the site.</param>
    /// <param name="sections">The section tree: breadcrumbs follow it, and pages outside the topic and exercise sequences step through their section with it.</param>
    /// <param name="url">Site URL to link URL (adds the base path).</param>
    public Wayfinding(IReadOnlyList<Page> pages, SectionTree sections, Func<string, string> url)
    {
        _url = url;
        _sections = sections;
        _byUrl = new Dictionary<string, Page>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            _byUrl.TryAdd(page.Url, page);
        }

        var topics = TopicOrder(pages);
        Sequence(topics.Select(t => new PageLink(t.Title, t.Url)).ToList(), "Topics");

        // Each exercise steps through the first topic (in topic order) that lists it; the rest through all exercises.
        foreach (var topic in topics)
        {
            Sequence(topic.Items.Where(IsExercise).ToList(), topic.Title);
        }

        if (_byUrl.TryGetValue("/exercises/", out var index))
        {
            Sequence(index.Items.Where(IsExercise).DistinctBy(l => l.Url).ToList(), "Exercises");
        }

        Filters = [.. new[] { ("body_area", "Body area", "By body area"), ("equipment", "Equipment", "By equipment"), ("position", "Position", "By position") }
            .Select(f => (f, Values: (index?.Items ?? []).Where(l => l.Section == f.Item3).Select(l => l.Title).ToList()))
            .Where(x => x.Values.Count > 0)
            .Select(x => new Dictionary<string, object?> { ["name"] = x.f.Item1, ["label"] = x.f.Item2, ["values"] = x.Values })];
        StartAreas = [.. (index?.Items ?? []).Where(l => l.Section == "By body area").Select(Link)];
        StartTopics = [.. topics.Where(t => t.Groups.Length > 0 || t.HasBody).Select(t => Link(new PageLink(t.Title, t.Url, t.FrontMatter.Description)))];
    }

    /// <summary>The search page's filters (Pagefind's <c>data-pagefind-filter</c> names): name, label and values.</summary>
    public List<Dictionary<string, object?>> Filters { get; }

    /// <summary>Body-area facet pages of the exercise index: the home page's "by body area" start points.</summary>
    public List<Dictionary<string, object?>> StartAreas { get; }

    /// <summary>Topic pages (conditions), in the topic index's order: the home page's "by condition" start points.</summary>
    public List<Dictionary<string, object?>> StartTopics { get; }

    /// <summary>
    /// Home, the sections above the page in the section tree, then the page itself (empty on the home page); for a page
    /// outside the tree, each ancestor URL that is a page.
    /// </summary>
    public List<Dictionary<string, object?>> Breadcrumbs(Page page)
    {
        if (page.Url == "/" || !page.Url.StartsWith('/'))
        {
            return [];
        }

        var crumbs = new List<Dictionary<string, object?>> { Crumb("Home", "/") };
        var trail = _sections.Trail(page.Url);
        if (trail.Length > 1)
        {
            for (var i = 1; i < trail.Length - 1; i++)
            {
                crumbs.Add(Crumb(trail[i].Title, trail[i].Url));
            }

            crumbs.Add(Crumb(page.Title, page.Url));
            return crumbs;
        }

        var path = page.Url.TrimEnd('/');
        var slash = 0;
        while ((slash = path.IndexOf('/', slash + 1)) > 0)
        {
            var ancestor = path[..(slash + 1)];
            if (_byUrl.TryGetValue(ancestor, out var a))
            {
                crumbs.Add(Crumb(a.Title, a.Url));
            }
        }

        crumbs.Add(Crumb(page.Title, page.Url));
        return crumbs;
    }

    /// <summary>schema.org BreadcrumbList for the crumbs; item URLs are absolute when the base URL is.</summary>
    public static string? BreadcrumbJsonLd(List<Dictionary<string, object?>> crumbs, SiteOptions options)
    {
        if (crumbs.Count == 0)
        {
            return null;
        }

        var root = options.HasAbsoluteBaseUrl ? new Uri(options.BaseUrl) : null;
        var data = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "BreadcrumbList",
            ["itemListElement"] = crumbs.Select((c, i) => new Dictionary<string, object?>
            {
                ["@type"] = "ListItem",
                ["position"] = i + 1,
                ["name"] = c["title"],
                ["item"] = root is null ? c["url"] : new Uri(root, (string)c["url"]!).ToString(),
            }).ToList(),
        };
        return TemplateModel.Serialize(data);
    }

    /// <summary>
    /// The page before and after this one: within its topic or the exercises (see the constructor), else in reading
    /// order within its section of the section tree (<see cref="SectionTree.Neighbours"/>).
    /// </summary>
    public (Dictionary<string, object?>? Previous, Dictionary<string, object?>? Next) PreviousNext(Page page)
    {
        if (!_sequence.TryGetValue(page.Url, out var s))
        {
            var (before, after) = _sections.Neighbours(page.Url);
            if (before is null && after is null)
            {
                return (null, null);
            }

            var trail = _sections.Trail(page.Url);
            var within = trail.Length > 1 ? trail[1].Title : "";
            Dictionary<string, object?>? Of(SectionNode? n) => n is null ? null : new(Link(new PageLink(n.Title, n.Url, n.Summary))) { ["within"] = within };
            return (Of(before), Of(after));
        }

        Dictionary<string, object?>? With(PageLink? l) => l is null ? null : new(Link(l)) { ["within"] = s.Within };
        return (With(s.Previous), With(s.Next));
    }

    /// <summary>The second-level headings with an id in rendered HTML, when there are enough to be worth a contents list.</summary>
    public static List<Dictionary<string, object?>>? Toc(string html)
    {
        List<Dictionary<string, object?>>? entries = null;
        foreach (Match m in Heading().Matches(html))
        {
            var text = WebUtility.HtmlDecode(Tags().Replace(m.Groups[2].Value, "")).Trim();
            (entries ??= []).Add(new Dictionary<string, object?> { ["id"] = m.Groups[1].Value, ["title"] = text });
        }

        return entries is { Count: >= TocMinimum } ? entries : null;
    }

    private void Sequence(List<PageLink> links, string within)
    {
        for (var i = 0; i < links.Count; i++)
        {
            if (!_sequence.ContainsKey(links[i].Url) && links.Count > 1)
            {
                _sequence[links[i].Url] = (i > 0 ? links[i - 1] : null, i + 1 < links.Count ? links[i + 1] : null, within);
            }
        }
    }

    private bool IsExercise(PageLink link) => _byUrl.TryGetValue(link.Url, out var p) && p.Kind == PageKind.Exercise;

    private List<Page> TopicOrder(IReadOnlyList<Page> pages)
    {
        if (_byUrl.TryGetValue("/topics/", out var index) && index.Items.Length > 0)
        {
            return [.. index.Items.Select(l => _byUrl.GetValueOrDefault(l.Url)).OfType<Page>().Where(p => p.Kind == PageKind.Topic && p.FrontMatter.Listed)];
        }

        return [.. pages.Where(p => p.Kind == PageKind.Topic && p.FrontMatter.Listed && !p.IsContinuation)
            .OrderBy(p => p.FrontMatter.Order ?? int.MaxValue).ThenBy(p => p.Title, StringComparer.Ordinal)];
    }

    private Dictionary<string, object?> Crumb(string title, string url) => new() { ["title"] = title, ["url"] = _url(url) };

    private Dictionary<string, object?> Link(PageLink l) => new() { ["title"] = l.Title, ["url"] = _url(l.Url), ["summary"] = l.Summary };

    [GeneratedRegex("<h2 id=\"([^\"]+)\"[^>]*>(.*?)</h2>", RegexOptions.Singleline)]
    private static partial Regex Heading();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
