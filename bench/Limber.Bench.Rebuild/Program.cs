using System.Diagnostics;
using Limber.Cli;
using Limber.Options;
using Limber.Pipeline;

// Measures what preview does after a save: one long-lived BuildCache, a full first build, then rebuilds after
// (1) no change, (2) an edit to one authored page's body, (3) an edit to one raw source passage. Each edit is made
// on a copy of the input, so the corpus is left as it was. Usage: Limber.Bench.Rebuild INPUT [RUNS]
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: Limber.Bench.Rebuild INPUT [RUNS]");
    return 2;
}

Limber.Cli.ProcessSettings.Apply(); // as the limber process does
var runs = args.Length > 1 ? int.Parse(args[1]) : 5;
var work = Path.Combine(Path.GetTempPath(), $"limber-rebuild-{Environment.ProcessId}");
CopyDirectory(args[0], Path.Combine(work, "in"));
try
{
    var options = new BuildOptions { InputDirectory = Path.Combine(work, "in"), OutputDirectory = Path.Combine(work, "out") };
    var cache = new BuildCache();
    BuildResult Build() => SiteStages.Create(options).Run(Site.Empty, new StageContext(options) { Cache = cache });

    var first = Stopwatch.StartNew();
    var initial = Build();
    Console.WriteLine($"first build (fills the cache): {first.ElapsedMilliseconds} ms, {initial.Site.Pages.Length} pages");

    var page = Directory.GetFiles(Path.Combine(work, "in", "content"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Skip(7).First();
    var source = Directory.GetFiles(Path.Combine(work, "in", "sources"), "*.txt").Order(StringComparer.Ordinal).First();
    var cases = new (string Name, Action Edit)[]
    {
        ("nothing changed", () => { }),
        ($"one page body edited ({Path.GetFileName(page)})", () => File.AppendAllText(page, $"\nAn added sentence {Guid.NewGuid():N}.\n")),
        ($"one source passage edited ({Path.GetFileName(source)})", () =>
        {
            var lines = File.ReadAllLines(source);
            var i = Array.FindIndex(lines, l => l.Length > 40);
            lines[i] += $" Edited {Guid.NewGuid():N}.";
            File.WriteAllLines(source, lines);
        }),
    };

    foreach (var (name, edit) in cases)
    {
        var times = new List<long>();
        BuildResult? last = null;
        for (var r = 0; r < runs; r++)
        {
            edit();
            var watch = Stopwatch.StartNew();
            last = Build();
            times.Add(watch.ElapsedMilliseconds);
        }

        times.Sort();
        var stages = string.Join(", ", last!.Stages.Select(s => $"{s.Name} {s.Ms}"));
        var stats = string.Join(", ", cache.LastBuild.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key} {kv.Value.Misses}/{kv.Value.Hits + kv.Value.Misses}"));
        Console.WriteLine($"{name}: median {times[times.Count / 2]} ms (min {times[0]}, max {times[^1]}, {runs} runs)");
        Console.WriteLine($"  stages (ms): {stages}");
        Console.WriteLine($"  recomputed/asked: {stats}");
    }
}
finally
{
    Directory.Delete(work, recursive: true);
}

return 0;

static void CopyDirectory(string from, string to)
{
    foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
    {
        var target = Path.Combine(to, Path.GetRelativePath(from, file));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(file, target);
    }
}
