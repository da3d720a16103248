using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Limber.Diagnostics;
using Limber.Markdown.Shortcodes;
using Limber.Options;
using Limber.Pages;
using Limber.Pipeline;
using Limber.Render.Exercises;
using Limber.Render.Html;
using Limber.Render.MachineReadable;
using Limber.Render.References;
using Limber.Render.Search;
using Limber.Render.Theme;

namespace Limber.Render;

/// <summary>
/// Turns pages into output files: Markdown and passages to HTML, wrapped in the theme's Liquid layouts; plus the
/// fingerprinted stylesheet, sitemap, robots.txt and static files. Pure: the write stage puts the files on disk.
/// </summary>
public sealed class RenderStage : IOutputProducer
{
    public StageResult Run(Site site, StageContext context) => Run(site, context, file => file);

    /// <inheritdoc/>
    /// <remarks>Each page's HTML goes to <paramref name="emit"/> as soon as it is rendered; the other files once all pages are done.</remarks>
    public StageResult Run(Site site, StageContext context, Func<OutputFile, OutputFile> emit)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var options = site.Options;
        var themeFiles = ThemeFiles.With(site.ThemeOverrides);
        var theme = new LiquidTheme(themeFiles);
        var outputs = ImmutableArray.CreateBuilder<OutputFile>();
        var basePath = options.BasePath;
        string Url(string siteUrl) =>
            !siteUrl.StartsWith('/') ? siteUrl
            : basePath == "/" && !siteUrl.StartsWith("//", StringComparison.Ordinal) ? siteUrl // the same text: no copy made (called for every link of every page)
            : basePath + siteUrl.TrimStart('/');

        var assets = AddAssets(themeFiles, outputs, Url);
        var generated = site.Pages.Any(p => p.Destination == NotFoundPage.Page.Destination) ? [SearchPage.Page] : new[] { SearchPage.Page, NotFoundPage.Page };
        var pages = site.Pages.AddRange(generated).OrderBy(p => p.Destination, StringComparer.Ordinal).ToImmutableArray();
        diagnostics.AddRange(DuplicateDestinations(pages));
        var bySource = pages.Where(p => p.Kind is PageKind.Content or PageKind.Topic)
            .GroupBy(p => p.Source.File)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var missingLayouts = MissingLayouts(pages, theme);
        diagnostics.AddRange(missingLayouts.Values);
        var sourceLinks = new SourceLinks(bySource, site.StaticFiles.Select(f => f.Path).ToHashSet(StringComparer.Ordinal));
        var nav = options.Navigation.Count > 0 ? options.Navigation : DefaultNavigation(pages);
        var passagesById = site.Passages.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var provenance = new ProvenanceView(pages, site.Passages, Url);
        var sourcePages = pages.Where(p => p.Kind == PageKind.Source).GroupBy(p => p.Source.File, StringComparer.Ordinal).ToDictionary(g => g.Key, g => Url(g.First().Url), StringComparer.Ordinal);

        // References (src/Render/References): citations, xref/wiki links, glossary links, citation-needed marks.
        var references = ReferenceContext.For(site, Url);
        var wayfinding = new Wayfinding(pages, site.Sections, Url);
        var sidebar = new Navigation.Sidebar(site.Sections, Url);

        // Pages render independently: in parallel, results kept in page order so the output stays deterministic.
        // With a cache (preview), a page is pages again only when it or something it reads changed: the key is the
        // page's content, the options, the site's shape (theme, data files, every page's id, title, address and
        // listing, and every listing's items) and, for pages that show passages, every passage's state. A theme edit or
        // a new page title re-renders all.
        var cache = context.Cache;
        string? shape = null, passageState = null;
        if (cache is not null)
        {
            shape = ContentKey.Of([
                .. site.ThemeOverrides.Values.Select(f => f.Path + "\n" + f.Text),
                .. site.DataFiles.Values.Select(f => f.Path + "\n" + f.Text),
                .. site.StaticFiles.Select(f => f.Path), // relative links to them are mapped
                .. pages.Select(p => ShapeLines.GetValue(p, ShapeOf)),
            ]);

            // The same passages array (dedupe reused) means the same passage state.
            var passages = site.Passages;
            passageState = cache.GetOrAdd("passage-state", passages, _ => ContentKey.Of(passages.Select(p => string.Join('\t', p.Id, p.Status, p.DuplicateOf, p.Text))));
        }

        // Root-relative URLs made absolute for the Markdown copies and llms.txt, when the site's address is known.
        var root = options.HasAbsoluteBaseUrl ? new Uri(options.BaseUrl) : null;
        string Absolute(string siteUrl) => root is null ? siteUrl : new Uri(root, siteUrl).ToString();

        var results = pages.AsParallel().AsOrdered().WithCancellation(context.CancellationToken).Select(page =>
            cache is null
                ? RenderPage(page)
                : cache.GetOrAdd("render", (PageKey.Of(page), options, shape!, page.Groups.IsEmpty && page.Kind != PageKind.Source ? "" : passageState!), _ => RenderPage(page) is var r ? r with { File = r.File?.WithoutText(), Markdown = r.Markdown?.WithoutText() } : r))
            .Select(r => r.File is null ? r : (r.Search, File: emit(r.File), Markdown: r.Markdown is null ? null : emit(r.Markdown)))
            .ToList();

        (SearchEntry? Search, OutputFile? File, OutputFile? Markdown) RenderPage(Page page)
        {
            var copyPath = options.MarkdownCopies ? LlmsText.CopyPath(page) : null; // the page's Markdown copy, when one is written
            var body = page.HasBody ? MarkdownHtml.Render(page, ReferenceMarkdown.Prepare(WithoutShortcodes(page), references), sourceLinks, Url) : "";
            var groups = Groups(page, site, passagesById, new GlossaryLinker(references), sourcePages);
            var canonical = options.HasAbsoluteBaseUrl ? new Uri(new Uri(options.BaseUrl), Url(page.Url)).ToString() : null;
            var model = new Dictionary<string, object?>
            {
                ["site"] = TemplateModel.Site(options, nav, page.Url, assets, Url),
                ["page"] = TemplateModel.Page(page, body, groups, JsonLdFor(page, options, canonical, Url), canonical, Url, copyPath, page.Kind == PageKind.Source ? provenance.For(page.Source.File) : null),
            };
            var pageModel = (Dictionary<string, object?>)model["page"]!;
            WayfindingModel.Fill(pageModel, page, wayfinding, options);
            pageModel["sidebar"] = new Deferred(() => sidebar.For(page));
            pageModel["sidebar_html"] = sidebar.Html(page);

            var named = page.FrontMatter.Layout is { } l && !missingLayouts.ContainsKey(l) ? l : null;
            var layout = named ?? (page.Url == "/" && theme.HasLayout("home") ? "home" : DefaultLayout(page.Kind, theme));
            var inner = theme.Render(layout, model, TemplateModel.KnownKeys);
            var search = SearchIndex.Entry(page, body, passagesById, Url, SearchPage.Lists(page));
            if (inner is null)
            {
                return (Search: search, File: null, Markdown: null);
            }

            pageModel["toc"] = page.Kind == PageKind.Exercise ? null : Wayfinding.Toc(inner); // exercise pages are one short screen
            model["content"] = inner;
            var html = theme.Render("base", model, TemplateModel.KnownKeys, HtmlMinifier.Minify); // minified from the render buffer
            var markdown = html is not null && copyPath is not null ? OutputFile.FromText(copyPath, MarkdownCopy.FromHtml(inner, Absolute)) : null;
            return (Search: search, File: html is null ? null : OutputFile.FromText(page.Destination, html), Markdown: markdown);
        }

        // The search index's files need only the entries: they are made on another thread while this one makes the
        // site-wide files below (llms.txt, the exercise catalog, sitemap and robots.txt), which otherwise left a core idle.
        var entries = results.Where(r => r.Search is not null).Select(r => r.Search!).ToImmutableArray();
        var searchFiles = Task.Run(() => cache is null ? SearchIndex.Files(entries) : cache.GetOrAdd("search-index", new SequenceKey<SearchEntry>(entries), k => SearchIndex.Files(k.Items)));

        // Everything but the pages goes to emit once, at the end (the pages went as they were rendered).
        var emitted = new HashSet<OutputFile>(ReferenceEqualityComparer.Instance);
        foreach (var file in results.SelectMany(r => new[] { r.File, r.Markdown }).OfType<OutputFile>())
        {
            outputs.Add(file);
            emitted.Add(file);
        }

        outputs.Add(LlmsText.File(options, nav, pages, u => Absolute(Url(u))));

        outputs.AddRange(site.StaticFiles);
        if (pages.Any(p => p.Exercise is not null))
        {
            outputs.Add(OutputFile.FromText("exercises.json", ExerciseCatalog.ToJson(pages.Where(p => p.Exercise is not null).Select(p => p.Exercise!))));
        }

        AddSiteFiles(site, pages, outputs, Url);
        outputs.Add(WebManifest.File(options, Url, assets.GetValueOrDefault("assets/favicon.svg", Url("/assets/favicon.svg"))));
        outputs.AddRange(searchFiles.GetAwaiter().GetResult());
        diagnostics.AddRange(theme.Diagnostics);
        if (theme.Diagnostics.Count > 0)
        {
            // A page's template problems are reported while it renders; a reused page would not report them again.
            cache?.Clear("render");
        }

        var ordered = outputs.Select(o => emitted.Contains(o) ? o : emit(o)).OrderBy(o => o.Path, StringComparer.Ordinal).ToImmutableArray();
        return new StageResult(site with { Pages = pages, Outputs = ordered }, diagnostics.ToImmutable());
    }

    /// <summary>The page with Hugo shortcodes left out of its body (see <see cref="ShortcodeRemoval"/>; the check stage reports them), or the page itself when it has none.</summary>
    private static Page WithoutShortcodes(Page page)
    {
        if (!ShortcodeScanner.MayContain(page.Body))
        {
            return page;
        }

        var text = page.Body.ToString();
        var body = ShortcodeRemoval.Remove(text);
        return ReferenceEquals(body, text) ? page : page with { Body = body };
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Page, string> ShapeLines = new();

    /// <summary>
    /// What other pages read of this one: its id, title, address, kind, listing, and (for listings) its items, which
    /// steer wayfinding elsewhere (previous/next, facets, the home page's start points). Computed once per page record.
    /// </summary>
    private static string ShapeOf(Page p)
    {
        var line = string.Join('\t', p.Id, p.Title, p.Destination, p.Kind, p.Source.File, p.FrontMatter.Listed, p.FrontMatter.Order, p.FrontMatter.Description, p.Groups.IsEmpty, p.FrontMatter.NavTitle, p.FrontMatter.InNavigation);
        return p.Items.IsEmpty ? line : line + "\n" + string.Join('\n', p.Items.Select(i => $"{i.Title}\t{i.Url}\t{i.Section}"));
    }

    /// <summary>Exercise pages carry an ExercisePlan + HowTo graph; every other page the generic WebPage.</summary>
    private static string JsonLdFor(Page page, SiteOptions options, string? canonical, Func<string, string> url) =>
        page.Exercise is { } exercise
            ? ExerciseJsonLd.For(exercise, canonical ?? url(page.Url))
            : TemplateModel.JsonLd(page, options, canonical);

    /// <summary>
    /// Layouts named in front matter that the theme lacks (often a template of the generator the page was written for,
    /// such as Hugo's <c>layout: list</c>): one warning per name, and those pages use their kind's default layout.
    /// </summary>
    private static Dictionary<string, Diagnostic> MissingLayouts(ImmutableArray<Page> pages, LiquidTheme theme)
    {
        var missing = new Dictionary<string, Diagnostic>(StringComparer.Ordinal);
        foreach (var group in pages.Where(p => p.FrontMatter.Layout is not null).GroupBy(p => p.FrontMatter.Layout!, StringComparer.Ordinal))
        {
            if (!theme.HasLayout(group.Key))
            {
                var first = group.First();
                var count = group.Count();
                missing[group.Key] = Diagnostic.Warning(
                    DiagnosticCodes.TemplateMissing,
                    $"layout '{group.Key}' not found (theme/layouts/{group.Key}.liquid or input/theme/layouts/{group.Key}.liquid), named by {count} page(s); they use their default layout",
                    first.Source.File,
                    first.Source.Line,
                    1);
            }
        }

        return missing;
    }

    private static string DefaultLayout(PageKind kind, LiquidTheme theme)
    {
        var name = kind switch
        {
            PageKind.Exercise => "exercise",
            PageKind.Topic => "topic",
            PageKind.List => "list",
            PageKind.Source => "source",
            _ => "page",
        };
        return theme.HasLayout(name) ? name : "page";
    }

    /// <summary>The passages a page shows, as the layout sees them; only kept passages, in their current state.</summary>
    /// <param name="sourcePages">Source file → URL of its source page, where each line's decision is shown (<c>source_url</c> links to the line).</param>
    private static List<Dictionary<string, object?>> Groups(Page page, Site site, IReadOnlyDictionary<string, Passage> byId, GlossaryLinker glossary, IReadOnlyDictionary<string, string> sourcePages)
    {
        var groups = page.Groups;
        return groups.Select(g => new Dictionary<string, object?>
        {
            ["heading"] = g.Heading,
            ["passages"] = g.Passages
                .Select(p => byId.TryGetValue(p.Id, out var current) ? current : p)
                .Where(p => p.Status == PassageStatus.Kept)
                .Select(p => new Dictionary<string, object?>
                {
                    ["id"] = p.Id,
                    ["html"] = PassageMarkup.Html(p, site.Options.Check, glossary),
                    ["source"] = p.Source.ToString(),
                    ["file"] = p.File,
                    ["line"] = p.Line,
                    ["source_url"] = sourcePages.TryGetValue(p.File, out var sourcePage) ? $"{sourcePage}#line-{p.Line}" : null,
                })
                .ToList(),
        }).ToList();
    }

    /// <summary>
    /// Home, then the top-level sections (list pages such as <c>/topics/</c>) and every top-level page with an explicit
    /// <c>order</c>, by order then title. Other pages are reached through the sections, so the menu stays short on big sites.
    /// </summary>
    public static IReadOnlyList<NavLink> DefaultNavigation(IEnumerable<Page> pages)
    {
        var top = pages
            .Where(p => p.FrontMatter.Listed && p.IsTopLevel)
            .Where(p => p.Kind == PageKind.List || p.FrontMatter.Order is not null)
            .OrderBy(p => p.FrontMatter.Order ?? int.MaxValue)
            .ThenBy(p => p.Title, StringComparer.Ordinal)
            .Select(p => new NavLink { Title = p.Title, Url = p.Url });
        return [new NavLink { Title = "Home", Url = "/" }, .. top];
    }

    private static IEnumerable<Diagnostic> DuplicateDestinations(ImmutableArray<Page> pages)
    {
        foreach (var group in pages.GroupBy(p => p.Destination).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var other in group.Skip(1))
            {
                yield return Diagnostic.At(
                    DiagnosticCodes.DuplicateDestination,
                    Severity.Error,
                    $"page '{other.Id}' is written to '{group.Key}', which page '{first.Id}' ({first.Source}) already uses; set a different slug",
                    other.Source);
            }
        }
    }

    /// <summary>Copies theme assets; stylesheets and scripts get a content hash in their names so they can be cached for ever.</summary>
    /// <returns>Theme path → URL of every asset (e.g. <c>assets/site.css</c> → <c>/assets/site.4ff839b9af.css</c>).</returns>
    private static IReadOnlyDictionary<string, string> AddAssets(ThemeFiles theme, ImmutableArray<OutputFile>.Builder outputs, Func<string, string> url)
    {
        var urls = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, (text, _)) in theme.Files.Where(f => f.Key.StartsWith("assets/", StringComparison.Ordinal)))
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            var output = path;
            if (path.EndsWith(".css", StringComparison.Ordinal) || path.EndsWith(".js", StringComparison.Ordinal))
            {
                var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
                var dot = path.LastIndexOf('.');
                output = $"{path[..dot]}.{hash}{path[dot..]}";
            }

            urls[path] = url("/" + output);
            outputs.Add(new OutputFile(output, bytes));
        }

        return urls;
    }

    private static void AddSiteFiles(Site site, ImmutableArray<Page> pages, ImmutableArray<OutputFile>.Builder outputs, Func<string, string> url)
    {
        var options = site.Options;
        var robots = new StringBuilder("User-agent: *\nAllow: /\n");
        if (options.HasAbsoluteBaseUrl)
        {
            var root = new Uri(options.BaseUrl);
            var sitemap = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
            foreach (var page in pages.Where(p => p.FrontMatter.Listed).OrderBy(p => p.Url, StringComparer.Ordinal))
            {
                sitemap.Append("  <url><loc>").Append(System.Security.SecurityElement.Escape(new Uri(root, url(page.Url)).ToString())).Append("</loc></url>\n");
            }

            sitemap.Append("</urlset>\n");
            outputs.Add(OutputFile.FromText("sitemap.xml", sitemap.ToString()));
            robots.Append("Sitemap: ").Append(new Uri(root, url("/sitemap.xml"))).Append('\n');
        }

        outputs.Add(OutputFile.FromText("robots.txt", robots.ToString()));
        AddRedirects(pages, outputs, url);
    }

    /// <summary>
    /// <c>redirectFrom</c> front matter: a Netlify <c>_redirects</c> file (permanent redirects, read by the host) and, for
    /// hosts without redirect rules, a small page at each old address that points at the new one. An old address that a
    /// page of this build still uses keeps that page and gets no redirect page.
    /// </summary>
    private static void AddRedirects(ImmutableArray<Page> pages, ImmutableArray<OutputFile>.Builder outputs, Func<string, string> url)
    {
        var moved = pages.SelectMany(p => p.FrontMatter.RedirectFrom.Select(from => (From: from, Page: p)))
            .OrderBy(r => r.From, StringComparer.Ordinal)
            .ToList();
        if (moved.Count == 0)
        {
            return;
        }

        var taken = outputs.Select(o => o.Path).ToHashSet(StringComparer.Ordinal);
        var rules = new StringBuilder("# Pages that moved (redirectFrom front matter)\n");
        foreach (var (from, page) in moved)
        {
            var target = url(page.Url);
            rules.Append(url(from)).Append(' ').Append(target).Append(" 301\n");
            var trimmed = from.Trim('/');
            var file = trimmed.EndsWith(".html", StringComparison.OrdinalIgnoreCase) ? trimmed : (trimmed.Length == 0 ? "" : trimmed + "/") + "index.html";
            if (!taken.Add(file))
            {
                continue;
            }

            var href = System.Net.WebUtility.HtmlEncode(target);
            outputs.Add(OutputFile.FromText(file, $"""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>{System.Net.WebUtility.HtmlEncode(page.Title)}</title>
                <meta name="robots" content="noindex"><link rel="canonical" href="{href}"><meta http-equiv="refresh" content="0; url={href}"></head>
                <body><p>This page has moved to <a href="{href}">{href}</a>.</p></body></html>

                """));
        }

        outputs.Add(OutputFile.FromText("_redirects", rules.ToString()));
    }
}
