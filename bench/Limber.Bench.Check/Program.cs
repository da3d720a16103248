using System.Diagnostics;
using Limber.Check;
using Limber.Check.Links;
using Limber.Cli;
using Limber.Options;
using Limber.Pipeline;

// One full build in this process, with every stage ("with") or without the two check stages ("without": the source
// checks and the link check; reference pages are content and stay); "source" and "links" keep only one of the two. bench/check.sh runs both, alternating, in fresh
// processes, and reports the difference in wall time: what the checks add to the build.
if (args.Length != 3 || args[0] is not ("with" or "without" or "source" or "links"))
{
    Console.Error.WriteLine("usage: Limber.Bench.Check with|without|source|links INPUT OUTPUT");
    return 2;
}

Limber.Cli.ProcessSettings.Apply(); // as the limber process does
var watch = Stopwatch.StartNew();
var options = new BuildOptions { InputDirectory = args[1], OutputDirectory = args[2] };
var stages = SiteStages.Create(options).Stages;
if (args[0] == "without")
{
    stages = [.. stages.Where(s => s is not CheckStage and not LinkCheckStage)];
}
else if (args[0] == "source")
{
    stages = [.. stages.Where(s => s is not LinkCheckStage)];
}
else if (args[0] == "links")
{
    stages = [.. stages.Where(s => s is not CheckStage)];
}

var result = new SitePipeline(stages).Run(Site.Empty, new StageContext(options));
using (var process = Process.GetCurrentProcess())
{
    // variant, wall ms, diagnostics, processor time ms (all threads: the cost that does not depend on what else the machine runs)
    Console.WriteLine($"{args[0]} {watch.ElapsedMilliseconds} {result.Diagnostics.Length} {process.TotalProcessorTime.TotalMilliseconds:F0}");
}

if (Environment.GetEnvironmentVariable("LIMBER_BENCH_GC") is "1")
{
    using var self = Process.GetCurrentProcess();
    Console.Error.WriteLine($"  gc {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, paused {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms, allocated {GC.GetTotalAllocatedBytes() >> 20} MB, cpu {self.TotalProcessorTime.TotalMilliseconds:F0} ms");
    foreach (var t in result.Stages)
    {
        Console.Error.WriteLine($"    {t.Name,-15} {t.Ms,6} ms  cpu {t.CpuMs,6} ms  streamed {t.StreamedMs,6} ms");
    }
}
return 0;
