using System.Collections.Immutable;
using System.Globalization;
using Limber.Diagnostics;
using Limber.Pages;
using Limber.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Limber.Extract;

/// <summary>
/// An author's overrides for one exercise (<c>input/exercises/&lt;slug&gt;.yml</c>): every field it names wins over
/// the extracted value; fields it leaves out keep the extracted value. <c>field: null</c> clears a field.
/// </summary>
public sealed record Sidecar(string Slug, string File, ImmutableDictionary<string, YamlNode?> Fields)
{
    public static readonly ImmutableArray<string> KnownFields =
        ["title", "slug", "name", "steps", "cautions", "reps", "sets", "hold", "rest", "perSide", "equipment", "position", "bodyAreas", "source"];

    /// <summary>True for <c>exercises/&lt;slug&gt;.yml</c> (or .yaml) data files.</summary>
    public static bool IsSidecarPath(string path) =>
        path.StartsWith("exercises/", StringComparison.Ordinal)
        && path.Count(c => c == '/') == 1
        && (path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase));

    public static (Sidecar? Sidecar, ImmutableArray<Diagnostic> Diagnostics) Parse(string file, string text)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var slug = Path.GetFileNameWithoutExtension(file);
        var (root, error) = YamlLoader.Load(text);
        if (error is not null)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.SidecarInvalid, $"exercise sidecar is not valid YAML: {error.Message}", file, error.Line, error.Column));
            return (null, diagnostics.ToImmutable());
        }

        if (root is null or YamlScalarNode { Value: null or "" })
        {
            return (new Sidecar(slug, file, ImmutableDictionary<string, YamlNode?>.Empty), []);
        }

        if (root is not YamlMappingNode map)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.SidecarInvalid, "exercise sidecar must be a mapping of field: value", file, 1, 1));
            return (null, diagnostics.ToImmutable());
        }

        var fields = ImmutableDictionary.CreateBuilder<string, YamlNode?>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!KnownFields.Contains(key))
            {
                diagnostics.Add(Diagnostic.Warning(
                    DiagnosticCodes.SidecarUnknownField,
                    $"unknown exercise field '{key}' is ignored (known: {string.Join(", ", KnownFields)})",
                    file,
                    (int)keyNode.Start.Line,
                    (int)keyNode.Start.Column));
                continue;
            }

            fields[key] = IsNull(value) ? null : value;
        }

        return (new Sidecar(slug, file, fields.ToImmutable()), diagnostics.ToImmutable());
    }

    /// <summary>The exercise with this sidecar's values applied; bad values are reported and the extracted value kept.</summary>
    public Exercise ApplyTo(Exercise exercise, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var e = exercise;
        foreach (var (key, node) in Fields)
        {
            void Bad(string why) => diagnostics.Add(Diagnostic.Warning(
                DiagnosticCodes.SidecarInvalid,
                $"exercise field '{key}' {why}; the extracted value is kept",
                File,
                node is null ? 0 : (int)node.Start.Line,
                node is null ? 0 : (int)node.Start.Column));
            switch (key)
            {
                case "title":
                    if (Text(node) is { Length: > 0 } title)
                    {
                        e = e with { Title = title };
                    }
                    else
                    {
                        Bad("must be a non-empty text");
                    }

                    break;
                case "slug":
                    if (Text(node) is { Length: > 0 } slug)
                    {
                        e = e with { Slug = Limber.Text.Slug.From(slug) };
                    }
                    else
                    {
                        Bad("must be a non-empty text");
                    }

                    break;
                case "name": e = e with { Name = Text(node) }; break;
                case "position": e = e with { Position = Text(node) }; break;
                case "steps": e = e with { Steps = List(node, Bad) ?? e.Steps }; break;
                case "cautions": e = e with { Cautions = List(node, Bad) ?? e.Cautions }; break;
                case "equipment": e = e with { Equipment = List(node, Bad) ?? e.Equipment }; break;
                case "bodyAreas": e = e with { BodyAreas = List(node, Bad) ?? e.BodyAreas }; break;
                case "reps": e = e with { Reps = node is null ? null : Count(node, Bad) ?? e.Reps }; break;
                case "sets": e = e with { Sets = node is null ? null : Count(node, Bad) ?? e.Sets }; break;
                case "hold": e = e with { Hold = node is null ? null : Duration(node, Bad, "seconds") ?? e.Hold }; break;
                case "rest": e = e with { Rest = node is null ? null : Duration(node, Bad, "seconds") ?? e.Rest }; break;
                case "perSide":
                    if (bool.TryParse(Text(node), out var perSide))
                    {
                        e = e with { PerSide = perSide };
                    }
                    else
                    {
                        Bad("must be true or false");
                    }

                    break;
                case "source":
                    if (node is YamlMappingNode src && Get(src, "file") is { } f && int.TryParse(Get(src, "line"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var line))
                    {
                        e = e with { Source = new SourceRef(f, line) };
                    }
                    else
                    {
                        Bad("must be {file, line}");
                    }

                    break;
                default:
                    break;
            }
        }

        return e;
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: not ScalarStyle.DoubleQuoted and not ScalarStyle.SingleQuoted } s && (s.Value is null or "" or "~" or "null" or "Null" or "NULL");

    private static string? Text(YamlNode? node) => node is YamlScalarNode s ? s.Value : null;

    private static string? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? Text(v) : null;

    private static ImmutableArray<string>? List(YamlNode? node, Action<string> bad)
    {
        switch (node)
        {
            case null:
                return [];
            case YamlSequenceNode seq:
                return [.. seq.Children.Select(Text).Where(t => t is not null).Select(t => t!)];
            case YamlScalarNode { Value: { } one }:
                return [.. one.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
            default:
                bad("must be a list");
                return null;
        }
    }

    private static CountRange? Count(YamlNode node, Action<string> bad)
    {
        if (node is YamlScalarNode s && int.TryParse(s.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
        {
            return new CountRange(n, n);
        }

        if (node is YamlMappingNode m
            && int.TryParse(Get(m, "min"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var min)
            && int.TryParse(Get(m, "max") ?? Get(m, "min"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var max))
        {
            return new CountRange(min, max);
        }

        bad("must be a whole number or {min, max}");
        return null;
    }

    private static DurationRange? Duration(YamlNode node, Action<string> bad, string defaultUnit)
    {
        if (node is YamlScalarNode s && int.TryParse(s.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
        {
            return new DurationRange(n, n, defaultUnit);
        }

        if (node is YamlMappingNode m
            && int.TryParse(Get(m, "min"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var min)
            && int.TryParse(Get(m, "max") ?? Get(m, "min"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var max))
        {
            var unit = Get(m, "unit") ?? defaultUnit;
            if (unit is not ("seconds" or "breaths"))
            {
                bad("has unit '" + unit + "' (use seconds or breaths)");
                return null;
            }

            return new DurationRange(min, max, unit);
        }

        bad("must be a whole number of seconds or {min, max, unit}");
        return null;
    }
}
