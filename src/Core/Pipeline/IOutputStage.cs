using Limber.Pages;

namespace Limber.Pipeline;

/// <summary>
/// The stage that makes the output files (render). It can hand each file on as soon as it is made, so that the
/// <see cref="IOutputStage"/>s after it work on it while later files are still being made (see <see cref="SitePipeline"/>).
/// </summary>
public interface IOutputProducer : IStage
{
    /// <summary>
    /// Runs the stage, passing each output file through <paramref name="emit"/> as soon as it is made (from several threads
    /// at once) and keeping what <paramref name="emit"/> returns in place of the file. <see cref="IStage.Run"/> is this with
    /// <paramref name="emit"/> returning the file itself.
    /// </summary>
    StageResult Run(Site site, StageContext context, Func<OutputFile, OutputFile> emit);
}

/// <summary>
/// A stage after the producer whose work splits into something done for each output file on its own and something done
/// once all have been seen: link check (read each page's links, then resolve them all), precompress (compress each file)
/// and write (write each file, then commit). Its <see cref="IStage.Run"/> still does the whole job over
/// <see cref="Site.Outputs"/>, which is what a build with a cache (preview) and a stage's own tests use.
/// </summary>
public interface IOutputStage : IStage
{
    /// <summary>Starts a streamed run. <paramref name="site"/> is the site before the producer ran; only its options are final.</summary>
    IOutputPass Begin(Site site, StageContext context);
}

/// <summary>One streamed run of an <see cref="IOutputStage"/>.</summary>
public interface IOutputPass
{
    /// <summary>
    /// True when <see cref="Take"/> must be called from one thread, in turn (the write stage: one writer keeps the disk
    /// busy without contention, while the cores render). A serial pass and every pass after it run on their own thread.
    /// </summary>
    bool Serial { get; }

    /// <summary>Takes one output file and adds what goes on to the next stage to <paramref name="next"/> (the file, more files, or the file with its bytes released once written).</summary>
    void Take(OutputFile file, List<OutputFile> next);

    /// <summary>
    /// After the last file: the stage's result. <paramref name="site"/> is the site after the producer, whose
    /// <see cref="Site.Outputs"/> lists every file that came out of the last pass; <paramref name="context"/> has every
    /// diagnostic reported so far, the producer's and earlier passes' included.
    /// </summary>
    StageResult End(Site site, StageContext context);
}
