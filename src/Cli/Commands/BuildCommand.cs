using System.CommandLine;
using Limber.Cli.Build;
using Limber.Cli.External;

namespace Limber.Cli.Commands;

/// <summary><c>limber build</c>: its options, read into one <see cref="BuildRequest"/> for <see cref="SiteBuild"/>.</summary>
public static class BuildCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var shared = new SharedOptions();
        var report = new Option<string?>("--report") { Description = "Write the JSON build report to FILE", HelpName = "FILE" };
        var clean = new Option<bool>("--clean") { Description = "On a failed build, remove the output folder instead of keeping the last good site" };
        var sarif = new Option<string?>("--sarif") { Description = "Write diagnostics as a SARIF 2.1.0 log to FILE (for CI pull-request annotations)", HelpName = "FILE" };
        var checkExternal = new Option<bool>("--check-external") { Description = "Also check external links (parallel, bounded, cached in .limber-cache/)" };
        var noCache = new Option<bool>("--no-cache") { Description = "Always run the whole pipeline, even when nothing changed since the last build" };
        var searchIndex = new Option<SearchIndexMode>("--search-index")
        {
            Description = "auto | pagefind | builtin: run Pagefind over the written site (auto: when ./package.json lists pagefind and the site has at most " + PagefindSearch.AutoMaxPages.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " pages)",
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

        var command = new Command("build", "Build the site from the input folder into the output folder.");
        shared.AddTo(command);
        foreach (var option in new Option[] { report, clean, verbosity, sarif, checkExternal, noCache, searchIndex })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => SiteBuild.Run(
            new BuildRequest
            {
                Options = shared.Read(parse) with
                {
                    Clean = parse.GetValue(clean),
                    CheckExternal = parse.GetValue(checkExternal),
                    CacheDirectory = parse.GetValue(noCache) ? null : ".limber-cache",
                },
                ReportPath = parse.GetValue(report),
                SarifPath = parse.GetValue(sarif),
                // "-v" with no level means detailed.
                Verbosity = parse.GetResult(verbosity) is { Implicit: false, Tokens.Count: 0 } ? Verbosity.Detailed : parse.GetValue(verbosity),
                SearchIndex = parse.GetValue(searchIndex),
            },
            stdout,
            stderr));
        return command;
    }

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
