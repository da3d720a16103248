using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Limber.Diagnostics;
using Limber.Toml;
using Tomlyn.Model;

namespace Limber.Pages;

/// <summary>
/// Reads TOML front matter (between <c>+++</c> lines, as Hugo and Zola write it) into the same entries the YAML reader
/// gives, so one mapping (<see cref="FrontMatterParser"/>) serves both. Tomlyn's tables carry no positions, so each key
/// is located by finding its <c>key =</c> line (or its <c>[table]</c> header) in the text.
/// </summary>
internal static partial class TomlFrontMatter
{
    [GeneratedRegex(@"^\s*\[\s*(?<name>[^\[\]]+?)\s*\]\s*(#.*)?$")]
    private static partial Regex TableHeader();

    /// <summary>The entries of <paramref name="toml"/>, whose first line is line <paramref name="lineOffset"/> + 1 of the file; null (with a diagnostic) when it is not TOML.</summary>
    public static List<FrontMatterEntry>? Read(string toml, string file, int lineOffset, int lastLine, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var (table, error) = TomlLoader.Load(toml);
        if (error is not null)
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.FrontMatterInvalid,
                $"front matter is not valid TOML: {error.Message}",
                file,
                Math.Min(error.Line + lineOffset, lastLine),
                error.Column));
            return null;
        }

        var lines = toml.Split('\n');
        return Entries(table!, lines, tableName: null, lineOffset);
    }

    private static List<FrontMatterEntry> Entries(TomlTable table, string[] lines, string? tableName, int lineOffset)
    {
        var entries = new List<FrontMatterEntry>(table.Count);
        foreach (var (key, value) in table)
        {
            var (line, column) = Locate(lines, tableName, key);
            (bool IsScalar, string? Scalar, ImmutableArray<string?>? Items, ImmutableArray<FrontMatterEntry>? Children) read = value switch
            {
                TomlTable inner => (false, null, null, [.. Entries(inner, lines, tableName is null ? key : tableName + "." + key, lineOffset)]),
                TomlArray array => (false, null, [.. array.Select(ScalarText)], null),
                TomlTableArray => (false, null, null, null),
                _ => (true, ScalarText(value), null, null),
            };
            var (isScalar, scalar, items, children) = read;
            entries.Add(new FrontMatterEntry(key, line + lineOffset, column, line + lineOffset, column, isScalar, scalar, items) { Children = children });
        }

        return entries;
    }

    /// <summary>A single TOML value as the text a YAML scalar would give: strings as they are, numbers invariant, booleans lower case, dates ISO 8601.</summary>
    private static string? ScalarText(object? value) => value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        long or int or double or float or decimal => Convert.ToString(value, CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TomlTable or TomlArray or TomlTableArray or null => null,
        _ => value.ToString(),
    };

    /// <summary>1-based line and column of <paramref name="key"/> in the table <paramref name="tableName"/> (null: the top level); line 1 when not found.</summary>
    private static (int Line, int Column) Locate(string[] lines, string? tableName, string key)
    {
        string? current = null;
        var dotted = tableName is null ? key : tableName + "." + key;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (TableHeader().Match(line) is { Success: true } header)
            {
                current = header.Groups["name"].Value.Replace(" ", "", StringComparison.Ordinal);
                if (current == dotted)
                {
                    return (i + 1, line.IndexOf('[') + 1);
                }

                continue;
            }

            var trimmed = line.TrimStart();
            var name = current == tableName ? key : current is null ? dotted : null;
            foreach (var candidate in (string?[])[name, current is null && tableName is not null ? dotted : null])
            {
                if (candidate is not null && StartsWithKey(trimmed, candidate))
                {
                    return (i + 1, line.Length - trimmed.Length + 1);
                }
            }
        }

        return (1, 1);
    }

    private static bool StartsWithKey(string line, string key)
    {
        foreach (var form in (string[])[key, "\"" + key + "\"", "'" + key + "'"])
        {
            if (line.StartsWith(form, StringComparison.Ordinal) && line[form.Length..].TrimStart() is ['=', ..] or ['.', ..])
            {
                return true;
            }
        }

        return false;
    }
}
