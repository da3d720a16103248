using Limber.Cli.Commands;
using Limber.Cli.External;
using Limber.Cli.Incremental;
using Limber.Cli.Reporting;
using Limber.Diagnostics;
using Limber.Ingest;
using Limber.Options;
using Limber.Pipeline;

namespace Limber.Cli.Build;

/// <summary>
/// One <c>limber build</c>, behind the command line: checks what was asked, replays an up-to-date build or runs the
/// pipeline (<see cref="SiteStages"/>), indexes the site for search, prints the diagnostics like a compiler, and writes
/// the JSON report, the SARIF log and the up-to-date record.
/// </summary>
public static class SiteBuild
{
    /// <summary>Runs the build <paramref name="request"/> asks for. Exit codes: 0 ok, 1 build failed, 2 usage error.</summary>
    public static int Run(BuildRequest request, TextWriter stdout, TextWriter stderr)
    {
        var (options, reportPath, sarifPath, verbosity, searchIndex) = (request.Options, request.ReportPath, request.SarifPath, request.Verbosity, request.SearchIndex);
        var tools = request.ToolsDirectory ?? Directory.GetCurrentDirectory();
        if (CommandLineChecks.Problem(options.InputDirectory, options.OutputDirectory, options.BaseUrl, ("--report", reportPath), ("--sarif", sarifPath)) is { } problem)
        {
            return CommandLineChecks.Refuse(stderr, "build", problem);
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var console = new ConsoleReporter(stdout, stderr, verbosity, options.InputDirectory);
        var upToDate = options.CacheDirectory is { } cacheDirectory && !options.CheckExternal ? new UpToDateCheck(options, cacheDirectory) : null;
        string? fingerprint = null;
        HashingInputStore? hashing = null;
        var extra = "";
        try
        {
            // Whether Pagefind runs (and over what) is part of what the output folder holds.
            extra = PagefindIndexer.Describe(searchIndex, tools);
            if (upToDate is not null && !upToDate.OutputsAsRecorded(reportPath, sarifPath))
            {
                // Nothing to replay (a fresh or changed output folder): fingerprint the inputs after the build, for the
                // record the next build compares with, from the bytes the build read (not before it, not a second read).
                hashing = new HashingInputStore(new DiskInputStore(options.InputDirectory));
            }

            fingerprint = hashing is null ? upToDate?.Fingerprint(extra) : null;
            if (fingerprint is not null && upToDate!.TryReplay(fingerprint, reportPath, sarifPath) is { } replayed)
            {
                var timing = new StageTiming("up-to-date", watch.ElapsedMilliseconds, 0, 0, GC.GetTotalMemory(false) / (1024 * 1024));
                upToDate.WriteReplayed(reportPath, sarifPath, timing);
                var summary = replayed with { Stages = [timing], ElapsedMs = watch.ElapsedMilliseconds };
                console.Print(summary, options);
                return 0;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // An unreadable input file or cache: build normally, which reports the input problem properly.
            fingerprint = null;
        }

        // Pagefind indexes the new site inside the write stage, before it replaces the old one (one writer, all or nothing).
        var indexer = PagefindSearch.For(searchIndex, tools, TimeSpan.FromMinutes(10));
        BuildResult result;
        try
        {
            result = SiteStages.Create(options, hashing, search: indexer).Run(Site.Empty, new StageContext(options));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            stderr.WriteLine(Diagnostic.Error(DiagnosticCodes.InternalError, $"internal error: {ex.GetType().Name}: {ex.Message}").Format());
            return 1;
        }

        var search = Failed(result, options) ? null : indexer?.Result ?? new SearchIndexResult("builtin", 0, null, null, null);

        // The output folder is final now: list it for the up-to-date record while the summary and the report are
        // written (unless the report or SARIF log is written inside it, which the listing must then include).
        var outputs = upToDate is not null && !Failed(result, options) && !Inside(options.OutputDirectory, reportPath) && !Inside(options.OutputDirectory, sarifPath)
            ? upToDate.ListOutputs()
            : null;
        var fingerprinting = hashing is not null && upToDate is not null && !Failed(result, options)
            ? Task.Run(() => FingerprintOrNull(upToDate, extra, hashing.Hashes))
            : null;
        console.Print(result, options);
        console.PrintSearch(search);
        if (reportPath is not null)
        {
            try
            {
                BuildReport.Write(reportPath, result, options.InputDirectory, search);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine(Diagnostic.Error(DiagnosticCodes.ReportNotWritable, $"cannot write report '{reportPath}': {ex.Message}").Format());
                return 1;
            }
        }

        if (sarifPath is not null)
        {
            try
            {
                SarifWriter.Write(sarifPath, result.Diagnostics, options.InputDirectory);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine(Diagnostic.Error(DiagnosticCodes.ReportNotWritable, $"cannot write SARIF log '{sarifPath}': {ex.Message}").Format());
                return 1;
            }
        }

        var failed = Failed(result, options);
        fingerprint ??= fingerprinting?.GetAwaiter().GetResult();

        try
        {
            if (upToDate is not null && fingerprint is not null && !failed)
            {
                upToDate.Save(fingerprint, BuildSummary.From(result), reportPath, sarifPath, outputs);
            }
            else
            {
                upToDate?.Forget();
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine(Diagnostic.Warning(DiagnosticCodes.BuildCacheNotWritable, $"cannot record the build in '{options.CacheDirectory}' (the next build will run in full): {ex.Message}").Format());
        }

        return failed ? 1 : 0;
    }

    private static bool Inside(string directory, string? path)
    {
        if (path is null)
        {
            return false;
        }

        var relative = Path.GetRelativePath(Path.GetFullPath(directory), Path.GetFullPath(path));
        return relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }

    private static string? FingerprintOrNull(UpToDateCheck check, string extra, IReadOnlyDictionary<string, byte[]> known)
    {
        try
        {
            return check.Fingerprint(extra, known);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null; // an unreadable input: the build reports it, and no record is kept
        }
    }

    public static bool Failed(BuildResult result, BuildOptions options) =>
        result.Diagnostics.Any(d => d.Severity == Severity.Error || (options.Strict && d.Severity == Severity.Warning));
}
