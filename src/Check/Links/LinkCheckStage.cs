using System.Collections.Concurrent;
using System.Collections.Immutable;
using Limber.Check.External;
using Limber.Diagnostics;
using Limber.Options;
using Limber.Pages;
using Limber.Pipeline;
using Limber.References.CrossLinks;

namespace Limber.Check.Links;

/// <summary>
/// Validates the rendered site with AngleSharp, after render and before write: every internal <c>href</c>,
/// <c>src</c> and <c>srcset</c> must point at a file the build writes and every <c>#fragment</c> at an
/// existing id. Absolute links to the site's own base URL count as internal. Each diagnostic names the
/// Markdown source line that produced the link. External links are checked only with an
/// <see cref="IExternalLinkChecker"/> (<c>--check-external</c>). Reports only.
/// </summary>
/// <param name="external">Makes the external link checker from site.yml's <c>check:</c> options; null skips external links.</param>
public sealed class LinkCheckStage(Func<CheckOptions, IExternalLinkChecker>? external = null) : IOutputStage
{
    private static readonly Uri Origin = new("https://limber.invalid/");

    /// <summary>The path of a target that is the linking page itself ("#x"); no output path is "#".</summary>
    private const string SamePage = "#";

    /// <summary>With no input there is nothing of the author's to check; the theme's own pages would only add noise.</summary>
    private static bool NothingToCheck(StageContext context) =>
        context.Reported.Any(d => d.Code is DiagnosticCodes.InputMissing or DiagnosticCodes.InputEmpty);

    private static bool IsHtml(OutputFile file) => file.Path.EndsWith(".html", StringComparison.OrdinalIgnoreCase);

    /// <summary>Streamed: each page's ids and links are read, as numbers, as it is rendered; they are resolved at the end.</summary>
    public IOutputPass Begin(Site site, StageContext context) => new Pass(this, NothingToCheck(context), site.Pages.Length);

    private sealed class Pass(LinkCheckStage stage, bool skip, int pages) : IOutputPass
    {
        private readonly ConcurrentBag<string> _files = [];

        // A site has a few distinct URLs and ids per page (most links are the navigation's, on every page).
        private readonly LinkStrings _strings = new(capacity: pages * 4);
        private readonly ConcurrentBag<(string Path, PageLinks Links)> _pages = [];

        public bool Serial => false;

        public void Take(OutputFile file, List<OutputFile> next)
        {
            next.Add(file.WithoutText()); // the text was kept for this pass alone; files waiting for the writer need only their bytes
            if (skip)
            {
                return;
            }

            _files.Add(file.Path);
            if (IsHtml(file))
            {
                _pages.Add((file.Path, HtmlLinks.Read(file.Text(), _strings)));
            }
        }

        public StageResult End(Site site, StageContext context)
        {
            if (skip)
            {
                return StageResult.Unchanged(site);
            }

            var pages = _pages.OrderBy(p => p.Path, StringComparer.Ordinal).ToArray();
            return stage.Resolve(site, context, [.. pages.Select(p => p.Path)], [.. pages.Select(p => p.Links)], _strings, new HashSet<string>(_files, StringComparer.Ordinal), cached: null);
        }
    }

    public StageResult Run(Site site, StageContext context)
    {
        if (NothingToCheck(context))
        {
            return StageResult.Unchanged(site);
        }

        var outputs = site.Outputs;
        var files = new HashSet<string>(outputs.Select(o => o.Path), StringComparer.Ordinal);
        var html = outputs.Where(IsHtml).ToArray();
        var paths = html.Select(h => h.Path).ToArray();
        var strings = new LinkStrings(html.Length * 4);
        var cache = context.Cache;
        if (cache is null)
        {
            var read = new PageLinks[html.Length];
            Parallel.For(0, html.Length, new ParallelOptions { CancellationToken = context.CancellationToken }, i => read[i] = HtmlLinks.Read(html[i].Text(), strings));
            return Resolve(site, context, paths, read, strings, files, cached: null);
        }

        // In preview, a file's links are read again only when its bytes change; they are numbered afresh each build.
        var cached = new HtmlDocumentLinks[html.Length];
        Parallel.For(0, html.Length, new ParallelOptions { CancellationToken = context.CancellationToken }, i => cached[i] = cache.GetOrAdd("links", html[i], f => HtmlLinks.Read(f.Text())));
        var numbered = cached.Select(c => PageLinks.Number(c, strings)).ToArray();
        return Resolve(site, context, paths, numbered, strings, files, cached);
    }

    /// <summary>
    /// The lookups that need every page: resolve each link against its page's address, does the file exist, does it
    /// have that id; then the diagnostics, each at its source line.
    /// </summary>
    /// <param name="cached">In preview, each file's links as cached, whose identity keys the file's cached problems.</param>
    private StageResult Resolve(Site site, StageContext context, string[] paths, PageLinks[] pages, LinkStrings strings, HashSet<string> files, HtmlDocumentLinks[]? cached)
    {
        var options = site.Options;
        var idsByFile = new Dictionary<string, PageLinks>(paths.Length, StringComparer.Ordinal);
        for (var i = 0; i < paths.Length; i++)
        {
            idsByFile[paths[i]] = pages[i];
        }

        var resolver = new Resolver(options, strings);
        var suggester = new Lazy<Func<string, string>>(() => Suggester(files));

        // Where each distinct target lands is worked out once: most links on a site share a handful of targets.
        var landings = new ConcurrentDictionary<Target, Landing>(ReferenceEqualityComparer.Instance);
        Landing LandingOf(Target target, int page) => target.Path == SamePage
            ? new Landing(paths[page], pages[page], null, FragmentId(target, strings))
            : landings.GetOrAdd(target, t => Land(t, files, idsByFile, strings, suggester));

        // In preview, a page's problems are reused while its links and every page's address and ids are unchanged.
        var cache = cached is null ? null : context.Cache;
        var siteLinks = cache is null ? 0 : SiteLinkVersion(paths, cached!);
        (int Link, Problem Problem)[] ProblemsOf(int i)
        {
            List<(int, Problem)>? found = null;
            var links = pages[i].Links;
            for (var j = 0; j < links.Length; j++)
            {
                var target = resolver.Resolve(links[j].Url, paths[i]);
                if (target.Kind == TargetKind.Internal && Check(target, LandingOf(target, i), strings, paths[i]) is { } problem)
                {
                    (found ??= []).Add((j, problem));
                }
            }

            return found is null ? [] : [.. found];
        }

        // Resolving is a look-up or two per link (200,000 on a 10,000-page site): per page, in parallel. Reporting the
        // problems, with each link's source line, follows in page order.
        var allProblems = new (int Link, Problem Problem)[paths.Length][];
        Parallel.For(0, paths.Length, new ParallelOptions { CancellationToken = context.CancellationToken }, i =>
            allProblems[i] = cache is null ? ProblemsOf(i) : cache.GetOrAdd("link-problems", (cached![i], paths[i], options, siteLinks), _ => ProblemsOf(i)));

        var pagesByDestination = site.Pages.GroupBy(p => p.Destination, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var externalUses = new List<(string Url, SourceRef Where)>();
        var layoutReported = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < paths.Length; i++)
        {
            var path = paths[i];
            pagesByDestination.TryGetValue(path, out var page);
            LinkSourceLocator? locator = null;
            SourceRef Where(string href)
            {
                if (page is null)
                {
                    return new SourceRef(path);
                }

                locator ??= new LinkSourceLocator(page);
                return locator.Locate(href);
            }

            var links = pages[i].Links;
            if (external is not null)
            {
                foreach (var link in links)
                {
                    if (resolver.Resolve(link.Url, path).Kind == TargetKind.External)
                    {
                        externalUses.Add((strings[link.Url], Where(strings[link.Url])));
                    }
                }
            }

            foreach (var (j, problem) in allProblems[i])
            {
                var link = links[j];
                var url = strings[link.Url];
                var at = Where(url);
                var fromLayout = page is null || at == page.Source;
                if (fromLayout && !layoutReported.Add(url))
                {
                    continue;
                }

                var from = fromLayout ? $" (in {path}, from the layout or generated HTML)" : $" (in {path})";
                diagnostics.Add(new Diagnostic(problem.Code, Severity.Error, $"{link.ElementName} {link.AttributeName} '{url}'{from}: {problem.Message}", at.File, at.Line, at.Column));
            }
        }

        if (external is not null && externalUses.Count > 0)
        {
            diagnostics.AddRange(CheckExternal(external(options.Check), externalUses, context.CancellationToken));
        }

        return new StageResult(site, diagnostics.ToImmutable());
    }

    private static IEnumerable<Diagnostic> CheckExternal(IExternalLinkChecker checker, List<(string Url, SourceRef Where)> uses, CancellationToken token)
    {
        var results = checker.CheckAsync([.. uses.Select(u => u.Url).Distinct(StringComparer.Ordinal)], token).GetAwaiter().GetResult();
        foreach (var (url, where) in uses.DistinctBy(u => (u.Url, u.Where)))
        {
            if (!results.TryGetValue(url, out var r) || r.Status == ExternalStatus.Ok)
            {
                continue;
            }

            var (code, text) = r.Status switch
            {
                ExternalStatus.RateLimited => (DiagnosticCodes.ExternalLinkRateLimited, "the server answered 429 Too Many Requests, so the link could not be checked (not counted as valid)"),
                ExternalStatus.Timeout => (DiagnosticCodes.ExternalLinkTimeout, "the request timed out, so the link could not be checked (not counted as valid)"),
                _ => (DiagnosticCodes.ExternalLinkBroken, r.Detail),
            };
            yield return Diagnostic.Warning(code, $"external link '{url}': {text}", where.File, where.Line, where.Column);
        }
    }

    public enum TargetKind
    {
        Skip,
        Internal,
        External,
    }

    /// <summary>A link target: an internal output path (site-relative, decoded) and fragment, or an external URL.</summary>
    public sealed record Target(TargetKind Kind, string Path = "", string Fragment = "");

    public static Target Classify(string url, string fromPath, SiteOptions options) => new Resolver(options).Classify(url, fromPath);

    /// <summary>
    /// Resolves links for one site's options. The base path and base URL are parsed once, and a link's target is
    /// remembered for the run: a URL that does not depend on the page's address (root-relative, "#x", with a scheme) is
    /// resolved once per site, a relative one once per folder. Most links on a site are the navigation's, on every page.
    /// </summary>
    private sealed class Resolver(SiteOptions options, LinkStrings? strings = null)
    {
        private readonly string _basePath = options.BasePath;
        private readonly Uri? _site = options.HasAbsoluteBaseUrl ? new Uri(options.BaseUrl) : null;
        private readonly Target?[] _byUrl = new Target?[strings?.Count ?? 0];
        private readonly ConcurrentDictionary<(string Folder, int Url), Target> _relative = new();

        /// <summary>The target of the URL numbered <paramref name="url"/> on the page at <paramref name="fromPath"/>.</summary>
        public Target Resolve(int url, string fromPath)
        {
            if (_byUrl[url] is { } known)
            {
                return known;
            }

            var text = strings![url];

            // "#x" goes to this very page, whichever it is: one shared target says so. "?q" and "" resolve against the
            // page's own name, so they depend on more than the folder.
            if (text.Length > 0 && text[0] == '#')
            {
                return _byUrl[url] = Classify(text, SamePage); // a race only writes the same target twice
            }

            if (text.Length == 0 || text[0] == '?')
            {
                return Classify(text, fromPath);
            }

            if (text[0] == '/' || HasScheme(text))
            {
                return _byUrl[url] = Classify(text, "");
            }

            var slash = fromPath.LastIndexOf('/');
            var folder = slash < 0 ? "" : fromPath[..(slash + 1)];
            return _relative.GetOrAdd((folder, url), static (key, self) => self.Classify(self.Text(key.Url), key.Folder), this);
        }

        private string Text(int url) => strings![url];

        /// <summary>"https:", "mailto:", "data:"…: a scheme before any '/', '?' or '#' (RFC 3986: a letter, then letters, digits, '+', '-', '.').</summary>
        private static bool HasScheme(string url)
        {
            for (var i = 0; i < url.Length; i++)
            {
                var c = url[i];
                if (c == ':')
                {
                    return i > 0;
                }

                if (!(char.IsAsciiLetter(c) || (i > 0 && (char.IsAsciiDigit(c) || c is '+' or '-' or '.'))))
                {
                    return false;
                }
            }

            return false;
        }

        public Target Classify(string url, string fromPath)
        {
            if (url.Length == 0 || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("tel:", StringComparison.OrdinalIgnoreCase)
                || url.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            {
                return new Target(TargetKind.Skip);
            }

            var basePath = _basePath;

            // Fast paths for the common shapes: "#fragment" and root-relative "/a/b/#fragment" (no Uri allocation).
            if (url[0] == '#')
            {
                return new Target(TargetKind.Internal, fromPath, Unescape(url[1..]));
            }

            if (url[0] == '/' && (url.Length == 1 || url[1] != '/') && url.IndexOfAny(['?', '\\', '.']) < 0)
            {
                var hash = url.IndexOf('#');
                var rootPath = Unescape(hash < 0 ? url : url[..hash]);
                var rootFragment = hash < 0 ? "" : Unescape(url[(hash + 1)..]);
                return rootPath.StartsWith(basePath, StringComparison.Ordinal)
                    ? new Target(TargetKind.Internal, rootPath[basePath.Length..], rootFragment)
                    : new Target(TargetKind.Internal, "\0" + rootPath, rootFragment);
            }

            Uri resolved;
            if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" && !url.StartsWith('/'))
            {
                if (_site is { } site
                    && string.Equals(site.Host, absolute.Host, StringComparison.OrdinalIgnoreCase)
                    && site.Port == absolute.Port
                    && absolute.AbsolutePath.StartsWith(basePath, StringComparison.Ordinal))
                {
                    resolved = new Uri(Origin, absolute.PathAndQuery + absolute.Fragment);
                }
                else
                {
                    return new Target(TargetKind.External);
                }
            }
            else if (url.StartsWith("//", StringComparison.Ordinal) || (Uri.TryCreate(url, UriKind.Absolute, out var other) && !url.StartsWith('/') && other.Scheme != "file"))
            {
                return url.StartsWith("//", StringComparison.Ordinal) ? new Target(TargetKind.External) : new Target(TargetKind.Skip);
            }
            else
            {
                var from = new Uri(Origin, basePath + fromPath);
                if (!Uri.TryCreate(from, url, out resolved!))
                {
                    return new Target(TargetKind.Internal, "\0" + url);
                }
            }

            var path = Uri.UnescapeDataString(resolved.AbsolutePath);
            var fragment = resolved.Fragment.Length > 1 ? Uri.UnescapeDataString(resolved.Fragment[1..]) : "";
            if (!path.StartsWith(basePath, StringComparison.Ordinal))
            {
                return new Target(TargetKind.Internal, "\0" + path, fragment);
            }

            return new Target(TargetKind.Internal, path[basePath.Length..], fragment);
        }
    }

    /// <summary>What every link's resolution reads: each HTML file's path and its ids (as an order-free digest per file).</summary>
    private static int SiteLinkVersion(string[] paths, HtmlDocumentLinks[] parsed)
    {
        var hash = default(HashCode);
        for (var i = 0; i < paths.Length; i++)
        {
            var ids = 0;
            foreach (var id in parsed[i].Ids)
            {
                ids ^= StringComparer.Ordinal.GetHashCode(id);
            }

            hash.Add(paths[i]);
            hash.Add(parsed[i].Ids.Count);
            hash.Add(ids);
        }

        return hash.ToHashCode();
    }

    private static string Unescape(string s) => s.Contains('%', StringComparison.Ordinal) ? Uri.UnescapeDataString(s) : s;

    private sealed record Problem(string Code, string Message);

    /// <summary>Pages whose folder name is nearest the missing target's name ("x-archived.md" → /x/); the page index is built once per run.</summary>
    private static Func<string, string> Suggester(HashSet<string> files)
    {
        static string Name(string path)
        {
            var p = path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"/index.html".Length] : path;
            var slash = p.LastIndexOf('/');
            p = slash < 0 ? p : p[(slash + 1)..];
            var dot = p.LastIndexOf('.');
            return dot > 0 ? p[..dot] : p;
        }

        var pages = files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToLookup(Name, StringComparer.OrdinalIgnoreCase);
        var names = new NearestNames(pages.Select(g => g.Key));
        var hints = new ConcurrentDictionary<string, string>(StringComparer.Ordinal); // many links miss the same file
        return file => hints.GetOrAdd(file, f =>
        {
            var near = names.Closest(Name(f));
            return near.IsEmpty ? "" : $"; did you mean {string.Join(", ", near.SelectMany(n => pages[n]).Take(3).Select(n => "/" + (n.EndsWith("index.html", StringComparison.Ordinal) ? n[..^"index.html".Length] : n)))}?";
        });
    }

    /// <summary>Where an internal target lands: its file and that file's ids, or why there is no such file; and the number of the id it asks for (-1: none, or an id no page has).</summary>
    private sealed record Landing(string File, PageLinks? Page, Problem? Missing, int FragmentId);

    private static int FragmentId(Target target, LinkStrings strings) =>
        target.Fragment.Length > 0 && strings.TryGetNumber(target.Fragment, out var id) ? id : -1;

    private static Landing Land(Target target, HashSet<string> files, Dictionary<string, PageLinks> pages, LinkStrings strings, Lazy<Func<string, string>> suggest)
    {
        if (target.Path.StartsWith('\0'))
        {
            return new Landing(target.Path, null, new Problem(DiagnosticCodes.LinkBroken, $"'{target.Path[1..]}' is outside the site's base path"), -1);
        }

        var file = target.Path;
        if (file.Length == 0 || file.EndsWith('/'))
        {
            file += "index.html";
        }
        else if (!files.Contains(file) && files.Contains(file + "/index.html"))
        {
            file += "/index.html";
        }

        if (!files.Contains(file))
        {
            var hint = suggest.Value(file);
            return new Landing(file, null, new Problem(DiagnosticCodes.LinkBroken, $"no file '{file}' is written{hint}"), -1);
        }

        return new Landing(file, pages.GetValueOrDefault(file), null, FragmentId(target, strings));
    }

    private static Problem? Check(Target target, Landing landing, LinkStrings strings, string fromPath)
    {
        if (landing.Missing is { } missing)
        {
            return missing;
        }

        // An id no page has was never numbered.
        if (target.Fragment.Length == 0 || target.Fragment == "top" || landing.Page is not { } targetPage
            || (landing.FragmentId >= 0 && targetPage.HasId(landing.FragmentId)))
        {
            return null;
        }

        var nearIds = PageResolver.Closest(target.Fragment, targetPage.Ids.Select(i => strings[i]).Order(StringComparer.Ordinal));
        var idHint = nearIds.IsEmpty ? "" : $"; did you mean {string.Join(", ", nearIds.Select(n => "#" + n))}?";
        var which = landing.File == fromPath ? "this page" : $"'{landing.File}'";
        return new Problem(DiagnosticCodes.AnchorMissing, $"{which} has no element with id '{target.Fragment}'{idHint}");
    }
}
