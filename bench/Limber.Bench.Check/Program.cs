using System.Diagnostics;
using Limber.Check;
using Limber.Check.Links;
using Limber.Cli;
using Limber.Options;
using Limber.Pipeline;

// One full build in this process, with every stage ("with") or without the two check stages ("without": the source
// checks and the link check; reference pages are content and stay). bench/check.sh runs both, alternating, in fresh
// processes, and reports the difference in wall time: what the checks add to the build.
if (args.Length != 3 || args[0] is not ("with" or "without"))
{
    Console.Error.WriteLine("usage: Limber.Bench.Check with|without INPUT OUTPUT");
    return 2;
}

var watch = Stopwatch.StartNew();
var options = new BuildOptions { InputDirectory = args[1], OutputDirectory = args[2] };
var stages = SiteStages.Create(options).Stages;
if (args[0] == "without")
{
    stages = [.. stages.Where(s => s is not CheckStage and not LinkCheckStage)];
}

var result = new SitePipeline(stages).Run(Site.Empty, new StageContext(options));
Console.WriteLine($"{args[0]} {watch.ElapsedMilliseconds} {result.Diagnostics.Length}");
return 0;
