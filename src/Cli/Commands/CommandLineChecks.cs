using Limber.Write;

namespace Limber.Cli.Commands;

/// <summary>
/// Checks of what the user typed that must pass before anything is read or written: each gives one line saying what
/// is wrong, and the command exits with code 2 (usage error) after a pointer to its help.
/// </summary>
public static class CommandLineChecks
{
    /// <summary>The first problem with the folders, report files and base URL, or null when there is none.</summary>
    public static string? Problem(string input, string output, string? baseUrl, params (string Option, string? Path)[] reports)
    {
        if (OutputFolder.Refusal(input, output) is { } refusal)
        {
            return refusal;
        }

        foreach (var (option, path) in reports)
        {
            if (path is not null && OutputFolder.ReportRefusal(option, input, path) is { } problem)
            {
                return problem;
            }
        }

        return baseUrl is not null ? BaseUrlProblem(baseUrl) : null;
    }

    /// <summary>
    /// A base URL is an absolute http(s) address (<c>https://example.org/docs/</c>) or a site path starting with '/'
    /// (<c>/docs/</c>); without a query, a fragment, user information, spaces or control characters.
    /// </summary>
    public static string? BaseUrlProblem(string baseUrl)
    {
        var problem = baseUrl.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c == '\\') ? "contains a space, a backslash or a control character"
            : baseUrl.StartsWith('/') ? (baseUrl.StartsWith("//", StringComparison.Ordinal) || baseUrl.Contains('?') || baseUrl.Contains('#') || baseUrl.Split('/').Contains("..") ? "must be a plain path such as /docs/" : null)
            : !Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") ? "must be an http(s) address such as https://example.org/ or a path such as /docs/"
            : uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0 || string.IsNullOrEmpty(uri.Host) ? "must not have a query, a fragment or user information"
            : null;
        return problem is null ? null : $"--base-url '{Pages.OutputPath.Shown(baseUrl)}' {problem}";
    }

    /// <summary>Writes the problem and the usage pointer, and returns the usage error's exit code.</summary>
    public static int Refuse(TextWriter stderr, string command, string problem)
    {
        stderr.WriteLine($"error: {problem}");
        stderr.WriteLine($"Usage: limber {command} [--input DIR] [--output DIR] …; run 'limber {command} --help' for every option.");
        return 2;
    }
}
