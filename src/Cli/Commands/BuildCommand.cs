using System.CommandLine;
using Limber.Cli.Incremental;
using Limber.Cli.External;
using Limber.Cli.Reporting;
using Limber.Diagnostics;
using Limber.Ingest;
using Limber.Options;
using Limber.Pipeline;

namespace Limber.Cli.Commands;

/// <summary><c>limber build</c>: runs the pipeline, prints diagnostics like a compiler, writes the JSON report.</summary>
public static class BuildCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = new Option<string>("--input", "-i") { Description = "Input folder (content/, sources/, site.yml, …)", DefaultValueFactory = _ => "input", HelpName = "DIR" };
        var output = new Option<string>("--output", "-o") { Description = "Output folder for the site", DefaultValueFactory = _ => "output", HelpName = "DIR" };
        var report = new Option<string?>("--report") { Description = "Write the JSON build report to FILE", HelpName = "FILE" };
        var strict = new Option<bool>("--strict") { Description = "Treat warnings as errors" };
        var clean = new Option<bool>("--clean") { Description = "On a failed build, remove the output folder instead of keeping the last good site" };
        var sarif = new Option<string?>("--sarif") { Description = "Write diagnostics as a SARIF 2.1.0 log to FILE (for CI pull-request annotations)", HelpName = "FILE" };
        var baseUrl = new Option<string?>("--base-url") { Description = "Use URL instead of site.yml's baseUrl (canonical links, sitemap), e.g. a deploy preview's address", HelpName = "URL" };
        var checkExternal = new Option<bool>("--check-external") { Description = "Also check external links (parallel, bounded, cached in .limber-cache/)" };
        var noCache = new Option<bool>("--no-cache") { Description = "Always run the whole pipeline, even when nothing changed since the last build" };
        var searchIndex = new Option<SearchIndexMode>("--search-index")
        {
            Description = "auto | pagefind | builtin: run Pagefind over the written site (auto: when ./package.json lists pagefind)",
            DefaultValueFactory = _ => SearchIndexMode.Auto,
            HelpName = "MODE",
        };
        var verbosity = new Option<Verbosity>("--verbosity", "-v")
        {
            Description = "quiet | minimal | normal | detailed (-v alone: detailed, with per-stage timings and info diagnostics)",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => Verbosity.Normal,
            HelpName = "LEVEL",
            CustomParser = r => r.Tokens.Count == 0 ? Verbosity.Detailed : ParseVerbosity(r.Tokens[0].Value, r),
        };

        var command = new Command("build", "Build the site from the input folder into the output folder.")
        {
            input, output, report, strict, clean, verbosity, sarif, checkExternal, noCache, searchIndex, baseUrl,
        };
        command.SetAction(parse =>
        {
            var options = new BuildOptions
            {
                InputDirectory = parse.GetValue(input)!,
                OutputDirectory = parse.GetValue(output)!,
                Strict = parse.GetValue(strict),
                Clean = parse.GetValue(clean),
                CheckExternal = parse.GetValue(checkExternal),
                CacheDirectory = parse.GetValue(noCache) ? null : ".limber-cache",
                BaseUrl = parse.GetValue(baseUrl),
            };
            // "-v" with no level means detailed.
            var level = parse.GetResult(verbosity) is { Implicit: false, Tokens.Count: 0 } ? Verbosity.Detailed : parse.GetValue(verbosity);
            return Execute(options, parse.GetValue(report), level, stdout, stderr, parse.GetValue(sarif), parse.GetValue(searchIndex));
        });
        return command;
    }

    public static int Execute(BuildOptions options, string? reportPath, Verbosity verbosity, TextWriter stdout, TextWriter stderr, string? sarifPath = null, SearchIndexMode searchIndex = SearchIndexMode.Auto)
    {
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
            extra = PagefindIndexer.Describe(searchIndex, Directory.GetCurrentDirectory());
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

        BuildResult result;
        try
        {
            result = SiteStages.Create(options, hashing).Run(Site.Empty, new StageContext(options));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            stderr.WriteLine(Diagnostic.Error(DiagnosticCodes.InternalError, $"internal error: {ex.GetType().Name}: {ex.Message}").Format());
            return 1;
        }

        // Search indexing runs after the write stage, outside the build's own timing (an external tool at the CLI edge).
        SearchIndexResult? search = null;
        if (!Failed(result, options) && Directory.Exists(options.OutputDirectory))
        {
            search = PagefindIndexer.Run(searchIndex, Directory.GetCurrentDirectory(), Path.GetFullPath(options.OutputDirectory), TimeSpan.FromMinutes(10));
            if (search.Diagnostic is { } d)
            {
                result = result with { Diagnostics = result.Diagnostics.Add(d) };
            }
        }
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
                stderr.WriteLine($"error LMB6003: cannot write SARIF log '{sarifPath}': {ex.Message}");
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

    private static Verbosity ParseVerbosity(string value, System.CommandLine.Parsing.ArgumentResult result)
    {
        switch (value.ToLowerInvariant())
        {
            case "q" or "quiet": return Verbosity.Quiet;
            case "m" or "minimal": return Verbosity.Minimal;
            case "n" or "normal": return Verbosity.Normal;
            case "d" or "detailed" or "diag" or "diagnostic": return Verbosity.Detailed;
            default:
                result.AddError($"unknown verbosity '{value}' (use quiet, minimal, normal or detailed)");
                return Verbosity.Normal;
        }
    }
}

public enum Verbosity
{
    Quiet,
    Minimal,
    Normal,
    Detailed,
}
