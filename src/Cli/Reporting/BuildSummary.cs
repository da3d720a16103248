using System.Collections.Immutable;
using Limber.Diagnostics;
using Limber.Pages;
using Limber.Pipeline;

namespace Limber.Cli.Reporting;

/// <summary>Passage counts for the summary line.</summary>
public sealed record PassageCounts(int Total, int Kept, int Duplicates, int Clusters, int Debris);

/// <summary>
/// What the console prints about a build: its diagnostics, stage timings and counts. Made from a pipeline run, or
/// read back from the build cache when the inputs have not changed (<see cref="UpToDate"/>).
/// </summary>
public sealed record BuildSummary(
    ImmutableArray<Diagnostic> Diagnostics,
    ImmutableArray<StageTiming> Stages,
    PassageCounts Passages,
    int HtmlPages,
    int Files,
    long ElapsedMs,
    bool UpToDate = false)
{
    public static BuildSummary From(BuildResult result)
    {
        var passages = result.Site.Passages;
        var counts = new PassageCounts(
            passages.Length,
            passages.Count(p => p.Status == PassageStatus.Kept),
            passages.Count(p => p.Status == PassageStatus.Duplicate),
            passages.Where(p => p.DuplicateOf is not null).Select(p => p.DuplicateOf).Distinct().Count(),
            passages.Count(p => p.Status == PassageStatus.Debris));
        return new BuildSummary(
            result.Diagnostics,
            result.Stages,
            counts,
            result.Site.Outputs.Count(o => o.Path.EndsWith(".html", StringComparison.Ordinal)),
            result.Site.Outputs.Length,
            result.ElapsedMs);
    }
}
