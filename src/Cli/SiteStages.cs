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
using Limber.References;
using Limber.Render.Navigation;
using Limber.Write;

namespace Limber.Cli;

/// <summary>The build, in order. This list is the architecture.</summary>
public static class SiteStages
{
    /// <param name="options">The build's options.</param>
    /// <param name="input">Where ingest reads from; the input folder on disk when null.</param>
    /// <param name="output">Where write writes to; the output folder on disk when null.</param>
    /// <param name="search">Indexes the new site for search before it replaces the old one (Pagefind); none when null.</param>
    public static SitePipeline Create(BuildOptions options, IInputStore? input = null, IOutputStore? output = null, ISiteIndexer? search = null) => new(
    [
        new IngestStage(input ?? new DiskInputStore(options.InputDirectory)),
        new DedupeStage(),
        new ExtractStage(),
        new ReferencesStage(),
        new ReferencePagesStage(),
        new SectionsStage(),
        new CheckStage(),
        new RenderStage(),
        new LinkCheckStage(options.CheckExternal ? check => ExternalChecker(options, check) : null),
        new PrecompressStage(),
        new WriteStage(output ?? new DiskOutputStore(options.OutputDirectory), search),
    ]);

    private static HttpExternalLinkChecker ExternalChecker(BuildOptions options, CheckOptions check) => new HttpExternalLinkChecker(
            new SocketsHttpHandler { AllowAutoRedirect = true, MaxConnectionsPerServer = 4 },
            options.ExternalCacheFile,
            TimeSpan.FromHours(check.ExternalCacheHours),
            check.ExternalConcurrency,
            TimeSpan.FromSeconds(check.ExternalTimeoutSeconds));
}
