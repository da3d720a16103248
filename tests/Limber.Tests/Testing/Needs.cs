namespace Limber.Tests.Testing;

/// <summary>Something outside the repository that a test needs.</summary>
public enum Needs
{
    /// <summary>Debian's Chromium at <c>/usr/bin/chromium</c>, driven by Playwright.</summary>
    Chromium,

    /// <summary>Node.js on PATH and Pagefind installed in the repository's <c>node_modules</c> (<c>npm ci</c>).</summary>
    Pagefind,

    /// <summary>The shared corpus generator <c>../shared/bench/gen-corpus.py</c> beside the repository, and python3.</summary>
    SharedBench,
}

/// <summary>
/// Finds what a test needs. On a developer's machine a missing tool makes the test report as skipped (with the reason);
/// under CI (<c>CI=true</c>, see <c>.ci/run</c>, which installs them) nothing is skipped, so a missing tool fails.
/// </summary>
public static class Requirement
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static bool IsCi => Environment.GetEnvironmentVariable("CI") == "true";

    /// <summary>Why a test needing <paramref name="needs"/> cannot run here, or null when it can.</summary>
    public static string? Missing(Needs needs) => needs switch
    {
        Needs.Chromium => File.Exists(ChromiumPath) ? null : $"Chromium not found at {ChromiumPath} (apt-get install chromium)",
        Needs.Pagefind => OnPath("node") is null ? "Node.js (node) not found on PATH"
            : File.Exists(Repo.PathTo("node_modules", ".bin", "pagefind")) ? null : "Pagefind not installed: run 'npm ci' in the repository",
        Needs.SharedBench => !File.Exists(SharedBenchGenerator) ? $"{SharedBenchGenerator} not found (../shared beside the repository)"
            : OnPath("python3") is null ? "python3 not found on PATH" : null,
        _ => throw new ArgumentOutOfRangeException(nameof(needs)),
    };

    /// <summary>The skip reason for a test needing <paramref name="needs"/>: null when it is there, and always null under CI.</summary>
    public static string? SkipReason(Needs needs) => IsCi ? null : Missing(needs) is { } why ? $"needs {needs}: {why}" : null;

    /// <summary>Fails with the reason when <paramref name="needs"/> is missing (under CI a missing tool is a failure, not a skip).</summary>
    public static void Require(Needs needs)
    {
        if (Missing(needs) is { } why)
        {
            Assert.Fail($"{why}{(IsCi ? "; CI=true requires it (.ci/run installs it)" : "")}");
        }
    }

    public static string SharedBenchGenerator => Path.GetFullPath(Repo.PathTo("..", "shared", "bench", "gen-corpus.py"));

    private static string? OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
}

/// <summary>
/// A fact that needs something outside the repository: reported as skipped, with the reason, when it is missing on a
/// developer's machine (xunit 2 reads <see cref="FactAttribute.Skip"/> from the attribute instance at discovery), and
/// run, so that it fails, under CI.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[Xunit.Sdk.XunitTestCaseDiscoverer("Xunit.Sdk.FactDiscoverer", "xunit.execution.{Platform}")]
public sealed class FactNeedsAttribute : FactAttribute
{
    public FactNeedsAttribute(params Needs[] needs) => Skip = needs.Select(Requirement.SkipReason).FirstOrDefault(r => r is not null)!;
}
