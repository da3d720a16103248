using System.Collections.Immutable;
using System.Diagnostics;
using Limber.Diagnostics;

namespace Limber.Pipeline;

/// <summary>How long a stage took, the pages it saw and made, and the managed heap in use after it (MB).</summary>
public sealed record StageTiming(string Name, long Ms, int PagesIn, int PagesOut, long HeapMb = 0);

public sealed record BuildResult(Site Site, ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<StageTiming> Stages, long ElapsedMs);

/// <summary>Runs an ordered list of stages. The list is the architecture; see <c>Limber.Cli.SiteStages</c>.</summary>
public sealed class SitePipeline(ImmutableArray<IStage> stages)
{
    public ImmutableArray<IStage> Stages { get; } = stages;

    public BuildResult Run(Site site, StageContext context)
    {
        var total = Stopwatch.StartNew();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var timings = ImmutableArray.CreateBuilder<StageTiming>();
        context.Cache?.BeginBuild();
        foreach (var stage in Stages)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var watch = Stopwatch.StartNew();
            var pagesIn = site.Pages.Length;
            var result = stage.Run(site, context with { Reported = diagnostics.ToImmutable() });
            site = result.Site;
            diagnostics.AddRange(site.Options.Severities.Apply(result.Diagnostics));
            var elapsed = watch.ElapsedMilliseconds;

            // A stage's working data (parsed Markdown, rendered strings, token streams) is garbage once it returns.
            // Collecting it here, between stages, keeps a 10,000-page build's peak memory near what the site itself
            // holds, for a few milliseconds per stage; left to itself the GC lets the heap grow to twice that.
            // With a cache (preview) the heap is the cache, and a rebuild must stay fast: no collection then.
            if (context.Cache is null)
            {
                GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            }

            timings.Add(new StageTiming(StageName(stage), elapsed, pagesIn, site.Pages.Length, GC.GetTotalMemory(false) / (1024 * 1024)));
        }

        context.Cache?.EndBuild();
        return new BuildResult(site, diagnostics.ToImmutable(), timings.ToImmutable(), total.ElapsedMilliseconds);
    }

    public static string StageName(IStage stage)
    {
        var name = stage.GetType().Name;
        return (name.EndsWith("Stage", StringComparison.Ordinal) ? name[..^5] : name).ToLowerInvariant();
    }
}
