using System.Reflection;
using System.Text;
using System.Text.Json;
using Limber.Diagnostics;

namespace Limber.Cli.Reporting;

/// <summary>
/// Writes diagnostics as a SARIF 2.1.0 log (<c>--sarif FILE</c>) so CI can annotate pull requests. File paths are
/// shown as the user named the input folder (<c>input/content/a.md</c>), relative to the working directory, which
/// in CI is the repository root.
/// </summary>
public static class SarifWriter
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Every code's constant name in <see cref="DiagnosticCodes"/> (e.g. LMB4001 → CitationUndefined), used as the rule name.</summary>
    public static IReadOnlyDictionary<string, string> RuleNames { get; } = typeof(DiagnosticCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .GroupBy(f => (string)f.GetRawConstantValue()!)
        .ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);

    public static string ToJson(IEnumerable<Diagnostic> diagnostics, string inputDirectory, string version)
    {
        var display = DisplayPath.For(inputDirectory);
        var list = ConsoleReporter.Sorted(diagnostics).ToList();
        var codes = list.Select(d => d.Code).Distinct().Order(StringComparer.Ordinal).ToList();
        var ruleIndex = codes.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
        var rules = codes.Select(c => new Dictionary<string, object?>
        {
            ["id"] = c,
            ["name"] = RuleNames.TryGetValue(c, out var n) ? n : c,
            ["shortDescription"] = new Dictionary<string, object?> { ["text"] = Words(RuleNames.TryGetValue(c, out var m) ? m : c) },
        }).ToList();
        var results = list.Select(d =>
        {
            var result = new Dictionary<string, object?>
            {
                ["ruleId"] = d.Code,
                ["ruleIndex"] = ruleIndex[d.Code],
                ["level"] = d.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "note" },
                ["message"] = new Dictionary<string, object?> { ["text"] = d.Message },
            };
            if (d.File is not null)
            {
                var physical = new Dictionary<string, object?>
                {
                    ["artifactLocation"] = new Dictionary<string, object?> { ["uri"] = Uri.EscapeDataString(display(d.File)).Replace("%2F", "/", StringComparison.Ordinal) },
                };
                if (d.Line > 0)
                {
                    var region = new Dictionary<string, object?> { ["startLine"] = d.Line };
                    if (d.Column > 0)
                    {
                        region["startColumn"] = d.Column;
                    }

                    physical["region"] = region;
                }

                result["locations"] = new List<object> { new Dictionary<string, object?> { ["physicalLocation"] = physical } };
            }

            return result;
        }).ToList();

        var log = new Dictionary<string, object?>
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new List<object>
            {
                new Dictionary<string, object?>
                {
                    ["tool"] = new Dictionary<string, object?>
                    {
                        ["driver"] = new Dictionary<string, object?>
                        {
                            ["name"] = "Limber",
                            ["version"] = version,
                            ["semanticVersion"] = version,
                            ["rules"] = rules,
                        },
                    },
                    ["columnKind"] = "utf16CodeUnits",
                    ["results"] = results,
                },
            },
        };
        return JsonSerializer.Serialize(log, Json) + "\n";
    }

    public static void Write(string path, IEnumerable<Diagnostic> diagnostics, string inputDirectory)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        var version = typeof(SarifWriter).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        File.WriteAllText(path, ToJson(diagnostics, inputDirectory, version), new UTF8Encoding(false));
    }

    private static string Words(string pascal)
    {
        var sb = new StringBuilder();
        foreach (var c in pascal)
        {
            if (char.IsUpper(c) && sb.Length > 0)
            {
                sb.Append(' ');
            }

            sb.Append(sb.Length == 0 ? c : char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }
}
