using System.Text;
using System.Text.Json;
using Limber.Pipeline;

namespace Limber.Cli.Reporting;

/// <summary>The JSON build report (<c>--report FILE</c>); its schema is documented in the README.</summary>
public static class BuildReport
{
    /// <summary>How the report is written (also used when an up-to-date build rewrites a recorded report).</summary>
    public static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string ToJson(BuildResult result, string inputDirectory, External.SearchIndexResult? search = null)
    {
        var display = DisplayPath.For(inputDirectory);
        var report = new Dictionary<string, object?>
        {
            ["diagnostics"] = ConsoleReporter.Sorted(result.Diagnostics).Select(d => new Dictionary<string, object?>
            {
                ["code"] = d.Code,
                ["severity"] = d.Severity.ToString().ToLowerInvariant(),
                ["message"] = d.Message,
                ["file"] = d.File is null ? null : display(d.File),
                ["line"] = d.Line,
                ["column"] = d.Column,
            }).ToList(),
            ["stages"] = result.Stages.Select(Stage).ToList(),
            ["pages"] = result.Site.Pages.OrderBy(p => p.Destination, StringComparer.Ordinal).Select(p => new Dictionary<string, object?>
            {
                ["source"] = display(p.Source.File) + (p.Source.Line > 0 ? ":" + p.Source.Line : ""),
                ["destination"] = p.Destination,
            }).ToList(),
            ["search"] = search is null ? null : new Dictionary<string, object?>
            {
                ["engine"] = search.Engine,
                ["ms"] = search.Ms,
                ["pages"] = search.Pages,
                ["version"] = search.Version,
            },
            ["passages"] = result.Site.Passages.Select(p => new Dictionary<string, object?>
            {
                ["id"] = p.Id,
                ["file"] = display(p.File),
                ["line"] = p.Line,
                ["status"] = p.Status.ToString().ToLowerInvariant(),
                ["duplicateOf"] = p.DuplicateOf,
                ["similarity"] = p.Similarity is { } s ? Math.Round(s, 4) : null,
                ["reason"] = p.Reason,
            }).ToList(),
        };
        return JsonSerializer.Serialize(report, Json) + "\n";
    }

    /// <summary>One entry of the report's <c>stages</c>.</summary>
    public static Dictionary<string, object?> Stage(StageTiming s) => new()
    {
        ["name"] = s.Name,
        ["ms"] = s.Ms,
        ["pagesIn"] = s.PagesIn,
        ["pagesOut"] = s.PagesOut,
        ["heapMb"] = s.HeapMb,
        ["peakMb"] = s.PeakMb,
        ["streamedMs"] = s.StreamedMs,
        ["cpuMs"] = s.CpuMs,
    };

    public static void Write(string path, BuildResult result, string inputDirectory, External.SearchIndexResult? search = null)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllText(path, ToJson(result, inputDirectory, search), new UTF8Encoding(false));
    }
}
