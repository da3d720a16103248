using System.Collections.Immutable;
using System.Diagnostics;
using Limber.Diagnostics;

namespace Limber.Pipeline;

public sealed record StageTiming(string Name, long Ms, int PagesIn, int PagesOut);

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
        foreach (var stage in Stages)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var watch = Stopwatch.StartNew();
            var pagesIn = site.Pages.Length;
            var result = stage.Run(site, context with { Reported = diagnostics.ToImmutable() });
            site = result.Site;
            diagnostics.AddRange(site.Options.Severities.Apply(result.Diagnostics));
            timings.Add(new StageTiming(StageName(stage), watch.ElapsedMilliseconds, pagesIn, site.Pages.Length));
        }

        return new BuildResult(site, diagnostics.ToImmutable(), timings.ToImmutable(), total.ElapsedMilliseconds);
    }

    public static string StageName(IStage stage)
    {
        var name = stage.GetType().Name;
        return (name.EndsWith("Stage", StringComparison.Ordinal) ? name[..^5] : name).ToLowerInvariant();
    }
}
