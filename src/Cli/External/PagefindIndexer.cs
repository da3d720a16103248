using System.Diagnostics;
using System.Text.RegularExpressions;
using Limber.Diagnostics;

namespace Limber.Cli.External;

/// <summary>When the CLI runs Pagefind after a build (<c>--search-index</c>).</summary>
public enum SearchIndexMode
{
    /// <summary>
    /// Pagefind when the current folder's <c>package.json</c> lists it (the repository root) and the site has at most
    /// <see cref="PagefindSearch.AutoMaxPages"/> pages; otherwise only the built-in index.
    /// </summary>
    Auto,

    /// <summary>Always try Pagefind; a missing <c>package.json</c>, Node or npm is a warning.</summary>
    Pagefind,

    /// <summary>Only the built-in <c>search-index.json</c>.</summary>
    Builtin,
}

/// <summary>What the search indexing step did: <c>Engine</c> is <c>pagefind</c> or <c>builtin</c>.</summary>
public sealed record SearchIndexResult(string Engine, long Ms, int? Pages, string? Version, Diagnostic? Diagnostic)
{
    /// <summary>Why the built-in index was chosen without a warning (a site too large for Pagefind by default), or null.</summary>
    public string? Note { get; init; }
}

/// <summary>
/// Runs Pagefind (npm package <c>pagefind</c>, pinned by <c>package.json</c> + <c>package-lock.json</c>) over a site
/// folder, at the CLI edge because it is an external tool; in a build, the write stage hands it the new site before it
/// replaces the old one (<see cref="PagefindSearch"/>). Installs it with
/// <c>npm ci</c> when <c>node_modules</c> lacks it. Anything missing or failing is one warning: the site stays usable
/// with the built-in index, which the search page falls back to.
/// </summary>
public static partial class PagefindIndexer
{
    /// <summary>What <see cref="Run"/> would do, for the up-to-date check: "builtin", or "pagefind" with the package.json that pins it.</summary>
    public static string Describe(SearchIndexMode mode, string toolsDirectory)
    {
        return Wanted(mode, toolsDirectory) ? "search: pagefind\n" + PackageJson(toolsDirectory).Text : "search: builtin";
    }

    /// <summary>The tools folder's package.json (empty when missing) and whether it lists pagefind.</summary>
    private static (string Text, bool Listed) PackageJson(string toolsDirectory)
    {
        var path = Path.Combine(toolsDirectory, "package.json");
        var text = File.Exists(path) ? File.ReadAllText(path) : "";
        return (text, text.Contains("\"pagefind\"", StringComparison.Ordinal));
    }

    /// <summary>True when <paramref name="mode"/> asks for Pagefind here (not only the built-in index).</summary>
    public static bool Wanted(SearchIndexMode mode, string toolsDirectory) =>
        !(mode == SearchIndexMode.Builtin || (mode == SearchIndexMode.Auto && !PackageJson(toolsDirectory).Listed));

    /// <summary>
    /// What stops Pagefind from running here, as a result to report (the built-in index, with a warning when Pagefind
    /// was asked for), or null when it can run: package.json names it, Node is on the path, and Pagefind is installed
    /// or npm can install it.
    /// </summary>
    public static SearchIndexResult? Preflight(SearchIndexMode mode, string toolsDirectory, string? searchPath = null)
    {
        searchPath ??= Environment.GetEnvironmentVariable("PATH") ?? "";
        static SearchIndexResult Skipped(string why) => new("builtin", 0, null, null, Diagnostic.Warning(DiagnosticCodes.SearchIndexSkipped, why));
        var (_, listed) = PackageJson(toolsDirectory);
        if (mode == SearchIndexMode.Builtin || (mode == SearchIndexMode.Auto && !listed))
        {
            return new SearchIndexResult("builtin", 0, null, null, null);
        }

        if (!listed)
        {
            return Skipped($"search indexing skipped: no package.json naming pagefind in '{Path.GetFullPath(toolsDirectory)}'; the site uses its built-in search index");
        }

        if (FindOnPath("node", searchPath) is null)
        {
            return Skipped("search indexing skipped: Node.js (node) not found on PATH; the site uses its built-in search index");
        }

        if (!File.Exists(Bin(toolsDirectory)) && FindOnPath(OperatingSystem.IsWindows() ? "npm.cmd" : "npm", searchPath) is null)
        {
            return Skipped("search indexing skipped: npm not found on PATH to install pagefind; the site uses its built-in search index");
        }

        return null;
    }

    private static string Bin(string toolsDirectory) => Path.Combine(toolsDirectory, "node_modules", ".bin", OperatingSystem.IsWindows() ? "pagefind.cmd" : "pagefind");

    /// <param name="searchPath">Where to look for node and npm; the PATH environment variable when null.</param>
    public static SearchIndexResult Run(SearchIndexMode mode, string toolsDirectory, string siteDirectory, TimeSpan timeout, string? searchPath = null)
    {
        searchPath ??= Environment.GetEnvironmentVariable("PATH") ?? "";
        var watch = Stopwatch.StartNew();
        SearchIndexResult Skipped(string code, string why) => new("builtin", watch.ElapsedMilliseconds, null, null, Diagnostic.Warning(code, why));
        if (Preflight(mode, toolsDirectory, searchPath) is { } skipped)
        {
            return skipped;
        }

        var bin = Bin(toolsDirectory);
        if (!File.Exists(bin))
        {
            var npm = FindOnPath(OperatingSystem.IsWindows() ? "npm.cmd" : "npm", searchPath)!;
            var install = Exec(npm, ["ci", "--no-audit", "--no-fund", "--loglevel=error"], toolsDirectory, timeout);
            if (install.ExitCode != 0 || !File.Exists(bin))
            {
                return Skipped(DiagnosticCodes.SearchIndexFailed, $"search indexing skipped: 'npm ci' failed ({FirstLine(install.Output)}); the site uses its built-in search index");
            }
        }

        var run = Exec(bin, ["--site", siteDirectory], toolsDirectory, timeout);
        if (run.ExitCode != 0)
        {
            return Skipped(DiagnosticCodes.SearchIndexFailed, $"Pagefind failed (exit {run.ExitCode}): {FirstLine(run.Output)}; the site uses its built-in search index");
        }

        var pages = IndexedPages().Match(run.Output);
        var version = Version().Match(run.Output);
        return new SearchIndexResult(
            "pagefind",
            watch.ElapsedMilliseconds,
            pages.Success ? int.Parse(pages.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null,
            version.Success ? version.Groups[1].Value : null,
            null);
    }

    private static (int ExitCode, string Output) Exec(string file, string[] args, string workingDirectory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        try
        {
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                return (-1, $"timed out after {timeout.TotalSeconds:0} s");
            }

            return (process.ExitCode, stdout.Result + "\n" + stderr.Result);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (-1, ex.Message);
        }
    }

    private static string? FindOnPath(string name, string searchPath) =>
        searchPath.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);

    private static string FirstLine(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault(l => l.Length > 0) ?? "no output";

    [GeneratedRegex(@"Indexed (\d+) pages?")]
    private static partial Regex IndexedPages();

    [GeneratedRegex(@"Running Pagefind v([0-9][^\s]*)")]
    private static partial Regex Version();
}
