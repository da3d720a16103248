using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using Limber.Diagnostics;
using Limber.Pages;

namespace Limber.Pipeline;

/// <summary>How long a stage took, the pages it saw and made, and the managed heap after it (MB, garbage not yet collected included).</summary>
public sealed record StageTiming(string Name, long Ms, int PagesIn, int PagesOut, long HeapMb = 0)
{
    /// <summary>The process's peak resident memory so far (MB), as the OS counts it.</summary>
    public long PeakMb { get; init; }

    /// <summary>
    /// In a streamed build, the part of <see cref="Ms"/> this stage spent on output files one at a time while the
    /// producer (render) was still running (summed over threads); the rest is its finishing step.
    /// </summary>
    public long StreamedMs { get; init; }

    /// <summary>
    /// Processor time the whole process used during this stage (ms, all threads); <c>CpuMs / Ms</c> is how many cores the
    /// stage kept busy. For streamed stages it is the finishing step's only; their per-file work is in render's figure.
    /// </summary>
    public long CpuMs { get; init; }
}

public sealed record BuildResult(Site Site, ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<StageTiming> Stages, long ElapsedMs);

/// <summary>
/// Runs an ordered list of stages. The list is the architecture; see <c>Limber.Cli.SiteStages</c>.
/// <para>
/// A full build (no cache) streams the outputs: when an <see cref="IOutputProducer"/> (render) is followed by
/// <see cref="IOutputStage"/>s (link check, precompress, write), each file the producer makes goes straight through them —
/// its links read, its compressed copies made, then, on a writer thread, written — and only its path and size are kept.
/// The site's bytes are never all in memory at once, and writing overlaps rendering. Each stage's finishing step
/// (resolving links, committing the output folder) then runs in order, and sees every diagnostic reported before it,
/// as in the stage-by-stage run. With a cache (preview) the stages run one after another over the whole site.
/// </para>
/// </summary>
public sealed class SitePipeline(ImmutableArray<IStage> stages)
{
    /// <summary>Files waiting for the writer thread; bounds the memory held when rendering outpaces the disk.</summary>
    private const int QueuedFiles = 256;

    public ImmutableArray<IStage> Stages { get; } = stages;

    public BuildResult Run(Site site, StageContext context)
    {
        var total = Stopwatch.StartNew();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var timings = ImmutableArray.CreateBuilder<StageTiming>();
        context.Cache?.BeginBuild();
        for (var i = 0; i < Stages.Length; i++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var stage = Stages[i];
            var followers = Stages.Skip(i + 1).TakeWhile(s => s is IOutputStage).Cast<IOutputStage>().ToArray();
            if (context.Cache is null && stage is IOutputProducer producer && followers.Length > 0)
            {
                site = RunStreamed(site, context, producer, followers, diagnostics, timings);
                i += followers.Length;
                continue;
            }

            var watch = Stopwatch.StartNew();
            var cpu = CpuNow();
            var pagesIn = site.Pages.Length;
            var result = stage.Run(site, context with { Reported = diagnostics.ToImmutable() });
            site = result.Site;
            diagnostics.AddRange(site.Options.Severities.Apply(result.Diagnostics));
            timings.Add(Timing(stage, watch.ElapsedMilliseconds, pagesIn, site, cpu));
        }

        context.Cache?.EndBuild();
        return new BuildResult(site, diagnostics.ToImmutable(), timings.ToImmutable(), total.ElapsedMilliseconds);
    }

    private static Site RunStreamed(Site site, StageContext context, IOutputProducer producer, IOutputStage[] followers, ImmutableArray<Diagnostic>.Builder diagnostics, ImmutableArray<StageTiming>.Builder timings)
    {
        var watch = Stopwatch.StartNew();
        var cpu = CpuNow();
        var pagesIn = site.Pages.Length;
        var before = context with { Reported = diagnostics.ToImmutable() };
        var passes = followers.Select(f => f.Begin(site, before)).ToArray();
        var ticks = new long[passes.Length];
        var serialFrom = Array.FindIndex(passes, p => p.Serial) is var s and >= 0 ? s : passes.Length;
        var kept = new ConcurrentBag<OutputFile>();

        void Flow(OutputFile file, int from, int to, Action<OutputFile> then)
        {
            List<OutputFile> current = [file];
            for (var p = from; p < to; p++)
            {
                var start = Stopwatch.GetTimestamp();
                var next = new List<OutputFile>(current.Count);
                foreach (var f in current)
                {
                    passes[p].Take(f, next);
                }

                Interlocked.Add(ref ticks[p], Stopwatch.GetTimestamp() - start);
                current = next;
            }

            current.ForEach(then);
        }

        StageResult produced;
        using (var failed = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken))
        using (var queue = new BlockingCollection<OutputFile>(QueuedFiles))
        {
            var writer = serialFrom == passes.Length ? Task.CompletedTask : Task.Factory.StartNew(
                () =>
                {
                    try
                    {
                        foreach (var file in queue.GetConsumingEnumerable(failed.Token))
                        {
                            Flow(file, serialFrom, passes.Length, kept.Add);
                        }
                    }
                    catch (Exception) when (!failed.IsCancellationRequested)
                    {
                        failed.Cancel(); // stop the producer instead of leaving it blocked on a full queue
                        throw;
                    }
                },
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default);
            try
            {
                produced = producer.Run(site, before with { CancellationToken = failed.Token }, file =>
                {
                    Flow(file, 0, serialFrom, f =>
                    {
                        if (serialFrom == passes.Length)
                        {
                            kept.Add(f);
                        }
                        else
                        {
                            queue.Add(f, failed.Token);
                        }
                    });
                    return file.Released();
                });
            }
            catch (OperationCanceledException) when (writer.IsFaulted || (failed.IsCancellationRequested && !context.CancellationToken.IsCancellationRequested))
            {
                produced = null!; // the writer's own exception is rethrown below
            }
            finally
            {
                queue.CompleteAdding();
                try
                {
                    writer.Wait(CancellationToken.None);
                }
                catch (AggregateException ex) when (ex.InnerExceptions.Count == 1)
                {
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerExceptions[0]);
                }
            }
        }

        site = produced.Site with { Outputs = [.. kept.OrderBy(f => f.Path, StringComparer.Ordinal)] };
        diagnostics.AddRange(site.Options.Severities.Apply(produced.Diagnostics));
        timings.Add(Timing(producer, watch.ElapsedMilliseconds, pagesIn, site, cpu));

        for (var p = 0; p < passes.Length; p++)
        {
            var end = Stopwatch.StartNew();
            var endCpu = CpuNow();
            var result = passes[p].End(site, context with { Reported = diagnostics.ToImmutable() });
            site = result.Site;
            diagnostics.AddRange(site.Options.Severities.Apply(result.Diagnostics));
            var streamed = (long)Stopwatch.GetElapsedTime(0, ticks[p]).TotalMilliseconds;
            timings.Add(Timing(followers[p], end.ElapsedMilliseconds + streamed, site.Pages.Length, site, endCpu) with { StreamedMs = streamed });
        }

        return site;
    }

    private static StageTiming Timing(IStage stage, long ms, int pagesIn, Site site, TimeSpan cpuAtStart)
    {
        using var process = Process.GetCurrentProcess();
        return new StageTiming(StageName(stage), ms, pagesIn, site.Pages.Length, GC.GetTotalMemory(false) / (1024 * 1024))
        {
            PeakMb = process.PeakWorkingSet64 / (1024 * 1024),
            CpuMs = (long)(process.TotalProcessorTime - cpuAtStart).TotalMilliseconds,
        };
    }

    private static TimeSpan CpuNow()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    public static string StageName(IStage stage)
    {
        var name = stage.GetType().Name;
        return (name.EndsWith("Stage", StringComparison.Ordinal) ? name[..^5] : name).ToLowerInvariant();
    }
}
