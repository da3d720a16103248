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
        using var buffer = new MemoryStream();
        WriteTo(buffer, result, inputDirectory, search);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>
    /// Writes the report as UTF-8 JSON (and a final newline), one entry at a time: on a 10,000-page site the report is
    /// about 8 MB, and building it whole as objects, then a string, then bytes held some 60 MB at the end of the build.
    /// </summary>
    public static void WriteTo(Stream stream, BuildResult result, string inputDirectory, External.SearchIndexResult? search = null)
    {
        var display = DisplayPath.For(inputDirectory);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = Json.Encoder });

        // Entries are written field by field (the same JSON JsonSerializer writes for them, without a dictionary per
        // entry), and the buffer is handed to the file every 64 KB.
        void Each<T>(string name, IEnumerable<T> items, Action<T> write)
        {
            writer.WriteStartArray(name);
            foreach (var item in items)
            {
                writer.WriteStartObject();
                write(item);
                writer.WriteEndObject();
                if (writer.BytesPending > 1 << 16)
                {
                    writer.Flush();
                }
            }

            writer.WriteEndArray();
        }

        void StringOrNull(string property, string? value)
        {
            if (value is null)
            {
                writer.WriteNull(property);
            }
            else
            {
                writer.WriteString(property, value);
            }
        }

        writer.WriteStartObject();
        Each("diagnostics", ConsoleReporter.Sorted(result.Diagnostics), d =>
        {
            writer.WriteString("code", d.Code);
            writer.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
            writer.WriteString("message", d.Message);
            StringOrNull("file", d.File is null ? null : display(d.File));
            writer.WriteNumber("line", d.Line);
            writer.WriteNumber("column", d.Column);
        });
        writer.WritePropertyName("stages");
        JsonSerializer.Serialize(writer, result.Stages.Select(Stage).ToList(), Json);
        Each("pages", result.Site.Pages.OrderBy(p => p.Destination, StringComparer.Ordinal), p =>
        {
            writer.WriteString("source", display(p.Source.File) + (p.Source.Line > 0 ? ":" + p.Source.Line : ""));
            writer.WriteString("destination", p.Destination);
        });
        writer.WritePropertyName("search");
        JsonSerializer.Serialize(writer, search is null ? null : new Dictionary<string, object?>
        {
            ["engine"] = search.Engine,
            ["ms"] = search.Ms,
            ["pages"] = search.Pages,
            ["version"] = search.Version,
            ["note"] = search.Note,
        }, Json);
        Each("passages", result.Site.Passages, p =>
        {
            writer.WriteString("id", p.Id);
            writer.WriteString("file", display(p.File));
            writer.WriteNumber("line", p.Line);
            writer.WriteString("status", p.Status.ToString().ToLowerInvariant());
            StringOrNull("duplicateOf", p.DuplicateOf);
            if (p.Similarity is { } similarity)
            {
                writer.WriteNumber("similarity", Math.Round(similarity, 4));
            }
            else
            {
                writer.WriteNull("similarity");
            }

            StringOrNull("reason", p.Reason);
        });
        writer.WriteEndObject();
        writer.Flush();
        stream.WriteByte((byte)'\n');
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

        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        WriteTo(file, result, inputDirectory, search);
    }
}
