using System.Collections.Concurrent;
using System.Collections.Immutable;
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
/// <para>
/// One code path: each HTML file's ids and links are read as it comes (<see cref="LinkReading"/>), as numbers in a
/// site-wide string table; once every file has been seen, the links are resolved (<see cref="LinkResolver"/>), checked
/// against where they land (<see cref="LinkLandings"/>) and reported at their source lines. A full build streams the
/// files through it while render runs; <see cref="Run"/> (preview, tests) feeds it <see cref="Site.Outputs"/>.
/// </para>
/// </summary>
/// <param name="external">Makes the external link checker from site.yml's <c>check:</c> options; null skips external links.</param>
public sealed class LinkCheckStage(Func<CheckOptions, IExternalLinkChecker>? external = null) : IOutputStage
{
    /// <summary>With no input there is nothing of the author's to check; the theme's own pages would only add noise.</summary>
    private static bool NothingToCheck(StageContext context) =>
        context.Reported.Any(d => d.Code is DiagnosticCodes.InputMissing or DiagnosticCodes.InputEmpty);

    private static bool IsTemplateError(Diagnostic d) => d.Severity == Severity.Error && d.Code is DiagnosticCodes.TemplateSyntax or DiagnosticCodes.TemplateUnknownVariable
        or DiagnosticCodes.TemplateUnknownFilter or DiagnosticCodes.TemplateMissing or DiagnosticCodes.TemplateRuntime or DiagnosticCodes.TemplateLimit;

    public IOutputPass Begin(Site site, StageContext context) => new Pass(this, new LinkReading(NothingToCheck(context), site.Pages.Length, context.Cache));

    public StageResult Run(Site site, StageContext context)
    {
        var reading = new LinkReading(NothingToCheck(context), site.Outputs.Length, context.Cache);
        Parallel.ForEach(site.Outputs, new ParallelOptions { CancellationToken = context.CancellationToken }, reading.Read);
        return End(site, context, reading);
    }

    private sealed class Pass(LinkCheckStage stage, LinkReading reading) : IOutputPass
    {
        public bool Serial => false;

        public void Take(OutputFile file, List<OutputFile> next)
        {
            next.Add(file.WithoutText()); // the text was kept for this pass alone; files waiting for the writer need only their bytes
            reading.Read(file);
        }

        public StageResult End(Site site, StageContext context) => stage.End(site, context, reading);
    }

    private StageResult End(Site site, StageContext context, LinkReading reading)
    {
        // Pages a broken template did not render would make every link to them an error: the template's own error is
        // the one to fix, so it is not buried under links that only fail because of it.
        if (reading.Skip || context.Reported.Any(IsTemplateError))
        {
            return StageResult.Unchanged(site);
        }

        var (paths, pages, cached) = reading.Pages();
        return Resolve(site, context, paths, pages, reading.Strings, reading.Files(), cached);
    }

    /// <summary>
    /// The lookups that need every page: resolve each link against its page's address, does the file exist, does it
    /// have that id; then the diagnostics, each at its source line.
    /// </summary>
    /// <param name="cached">In preview, each file's links as cached, whose identity keys the file's cached problems.</param>
    private StageResult Resolve(Site site, StageContext context, string[] paths, PageLinks[] pages, LinkStrings strings, HashSet<string> files, HtmlDocumentLinks[]? cached)
    {
        var options = site.Options;
        var resolver = new LinkResolver(options, strings);
        var landings = new LinkLandings(paths, pages, strings, files);

        // In preview, a page's problems are reused while its links and every page's address and ids are unchanged.
        var cache = cached is null ? null : context.Cache;
        var siteLinks = cache is null ? 0 : SiteLinkVersion(paths, cached!);
        (int Link, LinkProblem Problem)[] ProblemsOf(int i)
        {
            List<(int, LinkProblem)>? found = null;
            var links = pages[i].Links;
            for (var j = 0; j < links.Length; j++)
            {
                if (landings.Check(resolver.Resolve(links[j].Url, paths[i]), i) is { } problem)
                {
                    (found ??= []).Add((j, problem));
                }
            }

            return found is null ? [] : [.. found];
        }

        // Resolving is a look-up or two per link (200,000 on a 10,000-page site): per page, in parallel. Reporting the
        // problems, with each link's source line, follows in page order.
        var allProblems = new (int Link, LinkProblem Problem)[paths.Length][];
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
                    if (resolver.Resolve(link.Url, path).Kind == LinkTargetKind.External)
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
}
