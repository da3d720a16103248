using Limber.Check;
using Limber.Check.External;
using Limber.Cli.External;
using Limber.Check.Links;
using Limber.Dedupe;
using Limber.Extract;
using Limber.Ingest;
using Limber.Options;
using Limber.Pipeline;
using Limber.Render;
using Limber.Render.References;
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
        new ReferencePagesStage(),
        new CheckStage(),
        new RenderStage(),
        new LinkCheckStage(options.CheckExternal ? check => ExternalChecker(options, check) : null),
        new PrecompressStage(),
        new WriteStage(),
    ]);

    private static HttpExternalLinkChecker ExternalChecker(BuildOptions options, CheckOptions check) => new HttpExternalLinkChecker(
            new SocketsHttpHandler { AllowAutoRedirect = true, MaxConnectionsPerServer = 4 },
            options.ExternalCacheFile,
            TimeSpan.FromHours(check.ExternalCacheHours),
            check.ExternalConcurrency,
            TimeSpan.FromSeconds(check.ExternalTimeoutSeconds));
}
