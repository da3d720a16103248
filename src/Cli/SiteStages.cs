using Limber.Dedupe;
using Limber.Extract;
using Limber.Ingest;
using Limber.Options;
using Limber.Pipeline;
using Limber.Render;
using Limber.Write;

namespace Limber.Cli;

/// <summary>The build, in order. This list is the architecture.</summary>
public static class SiteStages
{
    public static SitePipeline Create(BuildOptions options) => new(
    [
        new IngestStage(new DiskInputStore(options.InputDirectory)),
        new DedupeStage(),
        new ExtractStage(),
        new RenderStage(),
        new WriteStage(),
    ]);
}
