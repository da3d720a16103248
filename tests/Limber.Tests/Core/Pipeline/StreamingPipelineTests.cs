using System.Collections.Concurrent;
using System.Collections.Immutable;
using Limber.Diagnostics;
using Limber.Options;
using Limber.Pages;
using Limber.Pipeline;

namespace Limber.Tests.Core.Pipeline;

/// <summary>
/// A full build streams render's files through the output stages (see <see cref="SitePipeline"/>). These tests use small
/// stand-in stages to pin the contract: every file reaches every pass, a serial pass runs on one thread, the finishing
/// steps run in order and see what was reported before them, and a failure in the writer stops the build.
/// </summary>
public class StreamingPipelineTests
{
    private sealed class Producer(int files, params Diagnostic[] reported) : IOutputProducer
    {
        public int ThreadsSeen;

        public StageResult Run(Site site, StageContext context) => Run(site, context, f => f);

        public StageResult Run(Site site, StageContext context, Func<OutputFile, OutputFile> emit)
        {
            var threads = new ConcurrentDictionary<int, bool>();
            var made = Enumerable.Range(0, files).AsParallel().Select(i =>
            {
                threads[Environment.CurrentManagedThreadId] = true;
                return emit(OutputFile.FromText($"p{i:D4}/index.html", new string('x', i)));
            }).ToList();
            ThreadsSeen = threads.Count;
            return new StageResult(site with { Outputs = [.. made] }, [.. reported]);
        }
    }

    /// <summary>Adds a ".copy" next to each file, like precompress.</summary>
    private sealed class Copier : IOutputStage
    {
        public StageResult Run(Site site, StageContext context) => throw new InvalidOperationException("streamed builds use Begin");

        public IOutputPass Begin(Site site, StageContext context) => new Pass();

        private sealed class Pass : IOutputPass
        {
            public bool Serial => false;

            public void Take(OutputFile file, List<OutputFile> next)
            {
                next.Add(file);
                next.Add(file with { Path = file.Path + ".copy" });
            }

            public StageResult End(Site site, StageContext context) => StageResult.Unchanged(site);
        }
    }

    /// <summary>Records what it takes and on which threads, like write; can fail on a given file.</summary>
    private sealed class Recorder(string? failOn = null) : IOutputStage
    {
        public readonly ConcurrentBag<(string Path, int Length, int Thread)> Taken = [];
        public readonly string? FailOn = failOn;
        public bool EndSawFailure;
        public int EndSawOutputs;

        public StageResult Run(Site site, StageContext context) => throw new InvalidOperationException("streamed builds use Begin");

        public IOutputPass Begin(Site site, StageContext context) => new Pass(this);

        private sealed class Pass(Recorder owner) : IOutputPass
        {
            public bool Serial => true;

            public void Take(OutputFile file, List<OutputFile> next)
            {
                if (file.Path == owner.FailOn)
                {
                    throw new IOException("disk full");
                }

                owner.Taken.Add((file.Path, file.Content.Length, Environment.CurrentManagedThreadId));
                next.Add(file.Released());
            }

            public StageResult End(Site site, StageContext context)
            {
                owner.EndSawFailure = context.Failed;
                owner.EndSawOutputs = site.Outputs.Length;
                return new StageResult(site, [Diagnostic.Info("LMB6001", "ended")]);
            }
        }
    }

    private static StageContext Context() => new(new BuildOptions());

    [Fact]
    public void EveryFileGoesThroughEveryPassAndTheSerialPassRunsOnOneThreadApartFromTheProducer()
    {
        var producer = new Producer(500);
        var recorder = new Recorder();

        var result = new SitePipeline([producer, new Copier(), recorder]).Run(Site.Empty, Context());

        Assert.Equal(1000, recorder.Taken.Count);
        Assert.Equal(1000, recorder.Taken.Select(t => t.Path).Distinct().Count());
        Assert.All(recorder.Taken.Where(t => !t.Path.EndsWith(".copy", StringComparison.Ordinal)), t => Assert.Equal(int.Parse(t.Path[1..5]), t.Length));
        Assert.Single(recorder.Taken.Select(t => t.Thread).Distinct());
        Assert.Equal(1000, recorder.EndSawOutputs);
        Assert.Equal(1000, result.Site.Outputs.Length);
        Assert.All(result.Site.Outputs, f => Assert.True(f.IsReleased && f.Content.IsEmpty));
        Assert.Equal(result.Site.Outputs.Select(f => f.Path).Order(StringComparer.Ordinal), result.Site.Outputs.Select(f => f.Path));
        Assert.Equal(3, result.Site.Outputs.First(f => f.Path == "p0003/index.html").Length);
        Assert.Equal(["copier", "recorder"], result.Stages.Skip(1).Select(s => s.Name));
        Assert.Equal("ended", Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public void FinishingStepsSeeWhatTheProducerReported()
    {
        var recorder = new Recorder();

        new SitePipeline([new Producer(10, Diagnostic.Error("LMB5001", "template broke")), recorder]).Run(Site.Empty, Context());

        Assert.True(recorder.EndSawFailure);
    }

    [Fact]
    public void WithACacheTheStagesRunOneAfterAnotherInstead()
    {
        // Recorder.Run throws: with a cache (preview) the pipeline must call Run, not Begin.
        var pipeline = new SitePipeline([new Producer(3), new Recorder()]);

        Assert.Throws<InvalidOperationException>(() => pipeline.Run(Site.Empty, Context() with { Cache = new BuildCache() }));
    }

    [Fact]
    public void AFailureOnTheWriterThreadStopsTheBuildWithThatError()
    {
        var pipeline = new SitePipeline([new Producer(2000), new Recorder(failOn: "p0100/index.html")]);

        var error = Assert.Throws<IOException>(() => pipeline.Run(Site.Empty, Context()));

        Assert.Equal("disk full", error.Message);
    }
}
