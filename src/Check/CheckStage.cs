using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Limber.Check.Rules;
using Limber.Diagnostics;
using Limber.Pages;
using Limber.Pipeline;
using Limber.References.CrossLinks;

namespace Limber.Check;

/// <summary>
/// Source-level checks of citations and cross-links, after the references are read and before render: runs each rule
/// of <see cref="CheckRules"/> over every authored Markdown page and kept raw passage (in parallel), then the
/// site-wide rules. Reports only; the site passes through unchanged.
/// </summary>
public sealed class CheckStage : IStage
{
    public StageResult Run(Site site, StageContext context)
    {
        var resolver = new PageResolver(site.Pages);
        var cache = context.Cache;

        // What a page's checks read besides the page: the data files (bibliography) and every page's id and title (xrefs, wiki links).
        var contextKey = cache is null ? "" : ContentKey.Of(
            [string.Join('\n', site.Options.Check.ClaimFolders), .. site.DataFiles.Values.Select(f => f.Path + "\n" + f.Text), .. site.Pages.Select(p => ResolverLines.GetValue(p, q => q.Id + "\t" + q.Title + "\t" + q.Destination))]);
        var perPage = new PageFindings[site.Pages.Length];
        Parallel.For(0, site.Pages.Length, new ParallelOptions { CancellationToken = context.CancellationToken }, i =>
        {
            var page = site.Pages[i];
            perPage[i] = cache is null ? CheckPage(page, site, resolver) : cache.GetOrAdd("check", (PageKey.Of(page), contextKey), _ => CheckPage(page, site, resolver));
        });

        var kept = site.Passages.Where(p => p.Status == PassageStatus.Kept).ToArray();
        var perPassage = new ImmutableArray<Diagnostic>[kept.Length];
        Parallel.For(0, kept.Length, new ParallelOptions { CancellationToken = context.CancellationToken }, i =>
            perPassage[i] = cache is null ? CheckPassage(kept[i]) : cache.GetOrAdd("check-passage", kept[i], CheckPassage));

        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var cited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var found in perPage)
        {
            diagnostics.AddRange(found.Diagnostics);
            cited.UnionWith(found.Cited);
        }

        var whole = new SiteCheckContext(site, cited);
        foreach (var rule in CheckRules.Site)
        {
            rule.Check(whole);
        }

        diagnostics.AddRange(whole.Diagnostics);
        foreach (var d in perPassage)
        {
            diagnostics.AddRange(d);
        }

        return new StageResult(site, diagnostics.ToImmutable());
    }

    /// <summary>What a page's rules found: diagnostics and the bibliography keys it cites; reused while the page and what it reads are unchanged.</summary>
    private sealed record PageFindings(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<string> Cited)
    {
        public static PageFindings None { get; } = new([], []);
    }

    private static PageFindings CheckPage(Page page, Site site, PageResolver resolver)
    {
        // Only authored Markdown is checked; generated pages (bibliography, glossary) carry HTML made from data files.
        if (!page.HasBody || !page.Source.File.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return PageFindings.None;
        }

        var context = new PageCheckContext(page, site.References, resolver, site.Options.Check.ClaimsApplyTo(page.Source.File));
        foreach (var rule in CheckRules.Pages)
        {
            rule.Check(context);
        }

        return new PageFindings(context.Diagnostics, context.Cited);
    }

    private static ImmutableArray<Diagnostic> CheckPassage(Passage passage)
    {
        var context = new PassageCheckContext(passage);
        foreach (var rule in CheckRules.Passages)
        {
            rule.Check(context);
        }

        return context.Diagnostics;
    }

    /// <summary>What cross-link checks read of each page, computed once per page record.</summary>
    private static readonly ConditionalWeakTable<Page, string> ResolverLines = new();
}
