using System.Collections.Immutable;
using Limber.Diagnostics;
using Limber.Pages;
using Limber.Pipeline;

namespace Limber.Write;

/// <summary>
/// The only stage that writes. Nothing is written unless the whole build succeeded, so a failed build leaves the last
/// good site in place (with <c>--clean</c> it removes it instead, so stale output cannot be published; only a folder
/// marked as Limber's). Writing is one all-or-nothing <see cref="OutputUpdate"/>: a new output folder is staged beside
/// its place and renamed into it; an existing one gets only the files whose bytes changed (each under a temporary name,
/// renamed over the old file once every check has passed) and loses the files the build no longer produces. Unchanged
/// files keep their timestamps, which keeps rebuilds and deploys cheap. The folder is refused outright when
/// <see cref="OutputFolder.Refusal"/> says so (the input, a folder holding it, a non-empty folder not written by Limber…).
/// </summary>
/// <param name="store">Where the site goes; the output folder on disk (<see cref="DiskOutputStore"/>) when null.</param>
/// <param name="indexer">Indexes the new site for search before it replaces the old one (Pagefind); none when null.</param>
public sealed class WriteStage(IOutputStore? store = null, ISiteIndexer? indexer = null) : IOutputStage
{
    /// <summary>
    /// Streamed: each file is written as it comes, on one writer thread, where it cannot be seen yet. Only the paths and
    /// sizes are kept. At the end, a build that succeeded is checked and committed; a failed one leaves the last good
    /// site as it was.
    /// </summary>
    public IOutputPass Begin(Site site, StageContext context) => new WritePass(Store(context), indexer, context);

    public StageResult Run(Site site, StageContext context)
    {
        var output = Store(context);
        if (context.Failed)
        {
            return Failed(site, context, output);
        }

        if (output.Refusal(context.Build.InputDirectory) is { } refusal)
        {
            return Result(site, Diagnostic.Error(DiagnosticCodes.OutputRefused, refusal));
        }

        IOutputUpdate? update = null;
        try
        {
            update = output.Begin();
            var cache = context.Cache;
            var listingKey = FullPath(context);

            // In preview, what the folder holds is what this session's last write left there: the preview owns its output
            // folder, so only its first build lists it (on 10,000 pages listing it took more time than the rest of a one-page
            // rebuild's write). A file deleted or edited by hand meanwhile is replaced when its page next changes.
            HashSet<string>? existing = null;
            if (!update.IsNew && cache is not null && !cache.TryGet("write-listing", listingKey, out existing))
            {
                existing = new HashSet<string>(output.Files(), StringComparer.Ordinal);
            }

            update.Check(site.Outputs);
            foreach (var file in site.Outputs)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                var target = update.Target(file.Path);

                // In preview, the very output this process last wrote at this path needs neither reading nor writing.
                if (existing is not null && existing.Contains(target) && cache!.TryGet<string, OutputFile>("write", target, out var last) && ReferenceEquals(last, file))
                {
                    continue;
                }

                update.Stage(file.Path, file.Content.Span);
            }

            update.Check(site.Outputs);
            var (wanted, indexed) = Index(indexer, update, site, context);
            var changed = update.Commit(wanted, existing, context.Build.KeepSearchIndex ? SearchIndexFolder : null);
            if (cache is not null)
            {
                foreach (var file in site.Outputs)
                {
                    cache.Set("write", update.Target(file.Path), file);
                }

                cache.Set("write-listing", listingKey, new HashSet<string>(wanted.Select(f => update.Target(f.Path)), StringComparer.Ordinal));
            }

            return Written(site, changed, indexed);
        }
        catch (OutputPathException ex)
        {
            update?.Discard();
            return Result(site, Diagnostic.Error(DiagnosticCodes.OutputPathConflict, $"nothing written: {ex.Message}"));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or OperationCanceledException)
        {
            update?.Discard();
            if (ex is OperationCanceledException)
            {
                throw;
            }

            return Result(site, Diagnostic.Error(DiagnosticCodes.OutputNotWritable, $"cannot write output folder '{output.Root}': {ex.Message}"));
        }
    }

    private IOutputStore Store(StageContext context) => store ?? new DiskOutputStore(context.Build.OutputDirectory);

    /// <summary>
    /// Runs the search indexer over the new site, staged but not yet in place, and adds what it wrote to the update;
    /// returns every file the committed site holds and the indexer's warning, if any. Throws <see cref="OutputPathException"/>
    /// when an index file collides with a file of the site.
    /// </summary>
    internal static (IReadOnlyList<OutputFile> Wanted, Diagnostic? Diagnostic) Index(ISiteIndexer? indexer, IOutputUpdate update, Site site, StageContext context)
    {
        if (indexer is null)
        {
            return (site.Outputs, null);
        }

        // The site's pages, not its HTML files: the small pages that only redirect from an old address do not count.
        if (!indexer.Indexes(site.Pages.Length))
        {
            return (site.Outputs, null);
        }

        if (indexer.Unavailable() is { } why)
        {
            return (site.Outputs, why);
        }

        var folder = update.SiteFolder(site.Outputs.Select(f => f.Path).Where(p => p.EndsWith(".html", StringComparison.OrdinalIgnoreCase)));
        if (folder is null)
        {
            return (site.Outputs, null);
        }

        var index = indexer.Index(folder, context.CancellationToken);
        update.Adopt(index.Files);
        IReadOnlyList<OutputFile> wanted = [.. site.Outputs, .. index.Files.Select(p => new OutputFile(p, ReadOnlyMemory<byte>.Empty))];
        update.Check(wanted);
        return (wanted, index.Diagnostic);
    }

    internal static StageResult Written(Site site, List<string> changed, Diagnostic? indexed) => new(
        site with { Changed = [.. changed.Order(StringComparer.Ordinal)] },
        indexed is null ? [] : ImmutableArray.Create(indexed));

    /// <summary>The folder Pagefind writes its index into, kept by a preview (<see cref="Options.BuildOptions.KeepSearchIndex"/>).</summary>
    public const string SearchIndexFolder = "pagefind";

    internal static string FullPath(StageContext context) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(context.Build.OutputDirectory));

    /// <summary>What a failed build does to the output folder: nothing, or with <c>--clean</c> removes it when it is Limber's.</summary>
    internal static StageResult Failed(Site site, StageContext context, IOutputStore output)
    {
        var display = output.Root;
        if (context.Build.Clean && output.Exists)
        {
            return output.RemoveSite(context.Build.InputDirectory)
                ? Result(site, Diagnostic.Info(DiagnosticCodes.OutputNotWrittenBuildFailed, $"build failed: nothing written, and --clean removed '{display}'"))
                : Result(site, Diagnostic.Info(DiagnosticCodes.OutputNotWrittenBuildFailed, $"build failed: nothing written; --clean left '{display}' alone (it was not written by Limber)"));
        }

        var kept = output.Exists ? $"; '{display}' still holds the last good build" : "";
        return Result(site, Diagnostic.Info(DiagnosticCodes.OutputNotWrittenBuildFailed, $"build failed: nothing written{kept}"));
    }

    internal static StageResult Result(Site site, Diagnostic diagnostic) => new(site, ImmutableArray.Create(diagnostic));
}
