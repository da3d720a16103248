using Limber.Cli.Commands;
using Limber.Diagnostics;
using Limber.Options;
using Limber.Pages;
using Limber.Pipeline;

namespace Limber.Cli.Reporting;

/// <summary>Prints diagnostics like a compiler (to stderr) and the summary (to stdout).</summary>
public sealed class ConsoleReporter(TextWriter stdout, TextWriter stderr, Verbosity verbosity, string inputDirectory)
{
    public void Print(BuildResult result, BuildOptions options) => Print(BuildSummary.From(result), options);

    public void Print(BuildSummary result, BuildOptions options)
    {
        var display = DisplayPath.For(inputDirectory);
        foreach (var d in Sorted(result.Diagnostics))
        {
            var show = d.Severity switch
            {
                Severity.Error => true,
                Severity.Warning => verbosity >= Verbosity.Minimal,
                _ => verbosity >= Verbosity.Detailed,
            };
            if (show)
            {
                stderr.WriteLine(d.Format(display));
            }
        }

        if (verbosity >= Verbosity.Detailed)
        {
            foreach (var stage in result.Stages)
            {
                var streamed = stage.StreamedMs > 0 ? $"  ({stage.StreamedMs} ms of it per file, alongside render)" : "";
                stdout.WriteLine($"  {stage.Name,-15} {stage.Ms,6} ms  cpu {stage.CpuMs,6} ms  pages {stage.PagesIn} -> {stage.PagesOut}  heap {stage.HeapMb} MB, peak {stage.PeakMb} MB{streamed}");
            }

            var gen2 = GC.GetGCMemoryInfo(GCKind.FullBlocking) is { Index: > 0 } full ? full : GC.GetGCMemoryInfo(GCKind.Background);
            stdout.WriteLine($"  gc: {GC.CollectionCount(0)} collections ({GC.CollectionCount(1)} of gen 1+, {GC.CollectionCount(2)} of gen 2), {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms paused, {GC.GetTotalAllocatedBytes() / (1024 * 1024)} MB allocated; last gen 2: heap {gen2.HeapSizeBytes / (1024 * 1024)} MB, committed {gen2.TotalCommittedBytes / (1024 * 1024)} MB, promoted {gen2.PromotedBytes / (1024 * 1024)} MB");
        }

        if (verbosity == Verbosity.Quiet)
        {
            return;
        }

        var passages = result.Passages;
        if (passages.Total > 0 && verbosity >= Verbosity.Normal)
        {
            stdout.WriteLine(
                $"Passages: {passages.Total} passages, {passages.Kept} kept, " +
                $"{passages.Duplicates} duplicates in {passages.Clusters} clusters, {passages.Debris} debris");
        }

        var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = result.Diagnostics.Count(d => d.Severity == Severity.Warning);
        var failed = errors > 0 || (options.Strict && warnings > 0);
        var counts = $"{errors} error(s), {warnings} warning(s)";
        var upToDate = result.UpToDate ? " (up to date: inputs unchanged since the last build, nothing written)" : "";
        stdout.WriteLine(failed
            ? $"Build failed{(errors == 0 ? " (--strict: warnings are errors)" : "")}: {counts}, nothing written, {result.ElapsedMs} ms"
            : $"Built {result.HtmlPages} pages ({result.Files} files) into {options.OutputDirectory}: {counts}, {result.ElapsedMs} ms{upToDate}");
    }

    /// <summary>One line for the search indexing step, after the build's summary: its time is not part of the build's.</summary>
    public void PrintSearch(External.SearchIndexResult? search)
    {
        if (search is null || verbosity < Verbosity.Normal || (search.Engine == "builtin" && search.Diagnostic is null && search.Note is null))
        {
            return;
        }

        stdout.WriteLine(search.Engine == "pagefind"
            ? $"Search: Pagefind{(search.Version is null ? "" : " " + search.Version)} indexed {search.Pages?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "the"} pages in {search.Ms} ms"
            : search.Diagnostic is null
                ? $"Search: the built-in index ({search.Note})"
                : $"Search: Pagefind skipped ({search.Diagnostic.Code}); the built-in index is used");
    }

    /// <summary>Diagnostics in a stable order: by file, line, column, code.</summary>
    public static IEnumerable<Diagnostic> Sorted(IEnumerable<Diagnostic> diagnostics) => diagnostics
        .OrderBy(d => d.File ?? "", StringComparer.Ordinal)
        .ThenBy(d => d.Line)
        .ThenBy(d => d.Column)
        .ThenBy(d => d.Code, StringComparer.Ordinal)
        .ThenBy(d => d.Message, StringComparer.Ordinal);
}
