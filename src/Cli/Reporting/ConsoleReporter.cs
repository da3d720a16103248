using Limber.Cli.Commands;
using Limber.Diagnostics;
using Limber.Options;
using Limber.Pages;
using Limber.Pipeline;

namespace Limber.Cli.Reporting;

/// <summary>Prints diagnostics like a compiler (to stderr) and the summary (to stdout).</summary>
public sealed class ConsoleReporter(TextWriter stdout, TextWriter stderr, Verbosity verbosity, string inputDirectory)
{
    public void Print(BuildResult result, BuildOptions options)
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
                stdout.WriteLine($"  {stage.Name,-15} {stage.Ms,6} ms  pages {stage.PagesIn} -> {stage.PagesOut}");
            }
        }

        if (verbosity == Verbosity.Quiet)
        {
            return;
        }

        var passages = result.Site.Passages;
        if (passages.Length > 0 && verbosity >= Verbosity.Normal)
        {
            var duplicates = passages.Count(p => p.Status == PassageStatus.Duplicate);
            var clusters = passages.Where(p => p.DuplicateOf is not null).Select(p => p.DuplicateOf).Distinct().Count();
            stdout.WriteLine(
                $"Passages: {passages.Length} passages, {passages.Count(p => p.Status == PassageStatus.Kept)} kept, " +
                $"{duplicates} duplicates in {clusters} clusters, {passages.Count(p => p.Status == PassageStatus.Debris)} debris");
        }

        var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = result.Diagnostics.Count(d => d.Severity == Severity.Warning);
        var failed = errors > 0 || (options.Strict && warnings > 0);
        var pages = result.Site.Outputs.Count(o => o.Path.EndsWith(".html", StringComparison.Ordinal));
        var counts = $"{errors} error(s), {warnings} warning(s)";
        stdout.WriteLine(failed
            ? $"Build failed{(errors == 0 ? " (--strict: warnings are errors)" : "")}: {counts}, nothing written, {result.ElapsedMs} ms"
            : $"Built {pages} pages ({result.Site.Outputs.Length} files) into {options.OutputDirectory}: {counts}, {result.ElapsedMs} ms");
    }

    /// <summary>One line for the search indexing step, after the build's summary: its time is not part of the build's.</summary>
    public void PrintSearch(External.SearchIndexResult? search)
    {
        if (search is null || verbosity < Verbosity.Normal || (search.Engine == "builtin" && search.Diagnostic is null))
        {
            return;
        }

        stdout.WriteLine(search.Engine == "pagefind"
            ? $"Search: Pagefind{(search.Version is null ? "" : " " + search.Version)} indexed {search.Pages?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "the"} pages in {search.Ms} ms"
            : $"Search: Pagefind skipped ({search.Diagnostic!.Code}); the built-in index is used");
    }

    /// <summary>Diagnostics in a stable order: by file, line, column, code.</summary>
    public static IEnumerable<Diagnostic> Sorted(IEnumerable<Diagnostic> diagnostics) => diagnostics
        .OrderBy(d => d.File ?? "", StringComparer.Ordinal)
        .ThenBy(d => d.Line)
        .ThenBy(d => d.Column)
        .ThenBy(d => d.Code, StringComparer.Ordinal)
        .ThenBy(d => d.Message, StringComparer.Ordinal);
}
