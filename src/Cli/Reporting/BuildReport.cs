using System.Text;
using System.Text.Json;
using Limber.Pipeline;

namespace Limber.Cli.Reporting;

/// <summary>The JSON build report (<c>--report FILE</c>); its schema is documented in the README.</summary>
public static class BuildReport
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string ToJson(BuildResult result, string inputDirectory)
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
            ["stages"] = result.Stages.Select(s => new Dictionary<string, object?>
            {
                ["name"] = s.Name,
                ["ms"] = s.Ms,
                ["pagesIn"] = s.PagesIn,
                ["pagesOut"] = s.PagesOut,
                ["heapMb"] = s.HeapMb,
            }).ToList(),
            ["pages"] = result.Site.Pages.OrderBy(p => p.Destination, StringComparer.Ordinal).Select(p => new Dictionary<string, object?>
            {
                ["source"] = display(p.Source.File) + (p.Source.Line > 0 ? ":" + p.Source.Line : ""),
                ["destination"] = p.Destination,
            }).ToList(),
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

    public static void Write(string path, BuildResult result, string inputDirectory)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllText(path, ToJson(result, inputDirectory), new UTF8Encoding(false));
    }
}
