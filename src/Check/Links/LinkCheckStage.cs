using System.Collections.Concurrent;
using System.Collections.Immutable;
using Limber.Check.CrossLinks;
using Limber.Check.External;
using Limber.Diagnostics;
using Limber.Options;
using Limber.Pages;
using Limber.Pipeline;

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

    private static HtmlDocumentLinks Read(OutputFile file) => HtmlLinks.Read(file.Text());

    private static HtmlDocumentLinks Read(OutputFile file, LinkInterner shared) => HtmlLinks.Read(file.Text(), shared);

    /// <summary>Streamed: each page's links are read and classified as it is rendered; they are resolved at the end.</summary>
    public IOutputPass Begin(Site site, StageContext context) => new Pass(this, NothingToCheck(context), new Resolver(site.Options));

    private sealed class Pass(LinkCheckStage stage, bool skip, Resolver resolver) : IOutputPass
    {
        private readonly ConcurrentBag<string> _files = [];
        private readonly LinkInterner _shared = new();
        private readonly ConcurrentBag<(string Path, HtmlDocumentLinks Links, Target[] Targets)> _pages = [];

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
                var links = Read(file, _shared);
                _pages.Add((file.Path, links, resolver.ClassifyAll(links, file.Path)));
            }
        }

        public StageResult End(Site site, StageContext context)
        {
            if (skip)
            {
                return StageResult.Unchanged(site);
            }

            var pages = _pages.OrderBy(p => p.Path, StringComparer.Ordinal).ToArray();
            return stage.Resolve(site, context, [.. pages.Select(p => p.Path)], [.. pages.Select(p => p.Links)], [.. pages.Select(p => p.Targets)], new HashSet<string>(_files, StringComparer.Ordinal));
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
        var parsed = new HtmlDocumentLinks[html.Length];
        var classified = new Target[html.Length][];
        var options = site.Options;
        var resolver = new Resolver(options);

        // Per page and in parallel: read ids and links with AngleSharp's tokenizer, and resolve each link against the
        // page's address. Only the lookups that need every page (does the file exist, does it have that id) follow.
        Parallel.For(
            0,
            html.Length,
            new ParallelOptions { CancellationToken = context.CancellationToken },
            i =>
            {
                var cache = context.Cache;
                parsed[i] = cache is null ? Read(html[i]) : cache.GetOrAdd("links", html[i], Read);
                classified[i] = cache is null
                    ? resolver.ClassifyAll(parsed[i], html[i].Path)
                    : cache.GetOrAdd("link-targets", (parsed[i], html[i].Path, options), k => resolver.ClassifyAll(k.Item1, k.Path));
            });
        return Resolve(site, context, [.. html.Select(h => h.Path)], parsed, classified, files);
    }

    /// <summary>The lookups that need every page: does the file exist, does it have that id; then the diagnostics, each at its source line.</summary>
    private StageResult Resolve(Site site, StageContext context, string[] paths, HtmlDocumentLinks[] parsed, Target[][] classified, HashSet<string> files)
    {
        var options = site.Options;
        var idsByFile = new Dictionary<string, IdSet>(StringComparer.Ordinal);
        for (var i = 0; i < paths.Length; i++)
        {
            idsByFile[paths[i]] = parsed[i].Ids;
        }

        var suggester = new Lazy<Func<string, string>>(() => Suggester(files));

        // In preview, a page's problems are reused while its links and every page's address and ids are unchanged.
        var cache = context.Cache;
        var siteLinks = cache is null ? 0 : SiteLinkVersion(paths, parsed);
        (int Link, Problem Problem)[] ProblemsOf(int i)
        {
            var found = new List<(int, Problem)>();
            for (var j = 0; j < classified[i].Length; j++)
            {
                if (classified[i][j].Kind == TargetKind.Internal && Check(classified[i][j], files, idsByFile, paths[i], suggester) is { } problem)
                {
                    found.Add((j, problem));
                }
            }

            return [.. found];
        }

        // Finding the problems is a look-up per link (200,000 on a 10,000-page site): per page, in parallel. Reporting
        // them, with each link's source line, follows in page order.
        var allProblems = new (int Link, Problem Problem)[paths.Length][];
        Parallel.For(0, paths.Length, new ParallelOptions { CancellationToken = context.CancellationToken }, i =>
            allProblems[i] = cache is null ? ProblemsOf(i) : cache.GetOrAdd("link-problems", (classified[i], siteLinks), _ => ProblemsOf(i)));

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

            if (external is not null)
            {
                for (var j = 0; j < classified[i].Length; j++)
                {
                    if (classified[i][j].Kind == TargetKind.External)
                    {
                        externalUses.Add((parsed[i].Links[j].Url, Where(parsed[i].Links[j].Url)));
                    }
                }
            }

            foreach (var (j, problem) in allProblems[i])
            {
                var link = parsed[i].Links[j];
                var at = Where(link.Url);
                var fromLayout = page is null || at == page.Source;
                if (fromLayout && !layoutReported.Add(link.Url))
                {
                    continue;
                }

                var from = fromLayout ? $" (in {path}, from the layout or generated HTML)" : $" (in {path})";
                diagnostics.Add(new Diagnostic(problem.Code, Severity.Error, $"{link.Element} {link.Attribute} '{link.Url}'{from}: {problem.Message}", at.File, at.Line, at.Column));
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
    /// remembered for the run: the same link text from the same folder always resolves the same way, and most links on
    /// a site are the navigation's, repeated on every page.
    /// </summary>
    private sealed class Resolver(SiteOptions options)
    {
        private readonly string _basePath = options.BasePath;
        private readonly Uri? _site = options.HasAbsoluteBaseUrl ? new Uri(options.BaseUrl) : null;
        private readonly ConcurrentDictionary<(string Folder, string Url), Target> _memo = new(concurrencyLevel: 64, capacity: 1024);

        public Target[] ClassifyAll(HtmlDocumentLinks links, string fromPath)
        {
            var targets = new Target[links.Links.Length];
            for (var i = 0; i < targets.Length; i++)
            {
                targets[i] = Memoized(links.Links[i].Url, fromPath);
            }

            return targets;
        }

        private Target Memoized(string url, string fromPath)
        {
            // "#x" goes to this very page, whichever it is: one shared target says so. "?q" and "" resolve against the
            // page's own name, so they depend on more than the folder.
            if (url.Length > 0 && url[0] == '#')
            {
                return _memo.GetOrAdd((SamePage, url), static (key, self) => self.Classify(key.Url, SamePage), this);
            }

            if (url.Length == 0 || url[0] == '?')
            {
                return Classify(url, fromPath);
            }

            var independent = url[0] == '/' || HasScheme(url);
            var slash = fromPath.LastIndexOf('/');
            var folder = independent || slash < 0 ? "" : fromPath[..(slash + 1)];
            return _memo.GetOrAdd((folder, url), static (key, self) => self.Classify(key.Url, key.Folder), this);
        }

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

    private static Problem? Check(Target target, HashSet<string> files, Dictionary<string, IdSet> ids, string fromPath, Lazy<Func<string, string>> suggest)
    {
        if (target.Path.StartsWith('\0'))
        {
            return new Problem(DiagnosticCodes.LinkBroken, $"'{target.Path[1..]}' is outside the site's base path");
        }

        var file = target.Path == SamePage ? fromPath : target.Path;
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
            return new Problem(DiagnosticCodes.LinkBroken, $"no file '{file}' is written{hint}");
        }

        if (target.Fragment.Length == 0 || target.Fragment == "top" || !ids.TryGetValue(file, out var targetIds) || targetIds.Contains(target.Fragment))
        {
            return null;
        }

        var nearIds = PageResolver.Closest(target.Fragment, targetIds);
        var idHint = nearIds.IsEmpty ? "" : $"; did you mean {string.Join(", ", nearIds.Select(n => "#" + n))}?";
        var which = file == fromPath ? "this page" : $"'{file}'";
        return new Problem(DiagnosticCodes.AnchorMissing, $"{which} has no element with id '{target.Fragment}'{idHint}");
    }
}
