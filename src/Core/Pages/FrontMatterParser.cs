using System.Collections.Immutable;
using System.Globalization;
using Limber.Diagnostics;
using Limber.Yaml;
using YamlDotNet.RepresentationModel;

namespace Limber.Pages;

/// <summary>The front matter, body and body line of one Markdown file, with what was wrong in it.</summary>
public sealed record ParsedMarkdown(FrontMatter FrontMatter, string Body, int BodyLine, ImmutableArray<Diagnostic> Diagnostics);

/// <summary>Splits a Markdown file into YAML front matter and body, and maps the YAML onto <see cref="FrontMatter"/>.</summary>
public static class FrontMatterParser
{
    private static readonly string[] KnownFields = ["title", "description", "slug", "id", "date", "tags", "order", "layout", "match", "listed", "redirectFrom"];

    /// <summary>
    /// <paramref name="messages"/>, when given, shares one warning text per unknown field name between the pages its
    /// owner parses (see <see cref="UnknownFieldMessages"/>).
    /// </summary>
    public static ParsedMarkdown Parse(string text, string file, UnknownFieldMessages? messages = null) => Parse(text, file, allowFastPath: true, messages);

    /// <summary>
    /// <paramref name="allowFastPath"/> lets plain front matter (see <see cref="SimpleYaml"/>) skip YamlDotNet; tests
    /// turn it off to check that both readers agree.
    /// </summary>
    internal static ParsedMarkdown Parse(string text, string file, bool allowFastPath, UnknownFieldMessages? messages = null)
    {
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd('\r', ' ', '\t') != "---")
        {
            return new ParsedMarkdown(FrontMatter.Empty, text, 1, []);
        }

        var end = -1;
        for (var i = 1; i < lines.Length; i++)
        {
            var l = lines[i].TrimEnd('\r', ' ', '\t');
            if (l is "---" or "...")
            {
                end = i;
                break;
            }
        }

        if (end < 0)
        {
            return new ParsedMarkdown(FrontMatter.Empty, text, 1, [
                Diagnostic.Error(DiagnosticCodes.FrontMatterInvalid, "front matter starts with '---' but has no closing '---' line", file, 1, 1)
            ]);
        }

        var body = string.Join('\n', lines[(end + 1)..]);
        var bodyLine = end + 2;
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var entries = allowFastPath ? SimpleYaml.TryRead(lines, 1, end) : null;
        entries ??= ReadYaml(string.Join('\n', lines[1..end]), file, lineOffset: 1, lastLine: end, diagnostics);
        var fm = entries is null ? FrontMatter.Empty : Map(entries, file, messages, diagnostics);
        return new ParsedMarkdown(fm, body, bodyLine, diagnostics.ToImmutable());
    }

    private static string UnknownFieldMessage(string field) => $"unknown front matter field '{field}' is ignored (known: {string.Join(", ", KnownFields)})";

    /// <summary>Reads the YAML with YamlDotNet into entries; null (with a diagnostic) when it is not a mapping or not YAML.</summary>
    private static List<FrontMatterEntry>? ReadYaml(string yaml, string file, int lineOffset, int lastLine, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var (root, error) = YamlLoader.Load(yaml);
        if (error is not null)
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.FrontMatterInvalid,
                $"front matter is not valid YAML: {error.Message}",
                file,
                Math.Min(error.Line + lineOffset, lastLine),
                error.Column));
            return null;
        }

        if (root is null or YamlScalarNode { Value: null or "" })
        {
            return [];
        }

        if (root is not YamlMappingNode map)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FrontMatterInvalid, "front matter must be a mapping of field: value", file, (int)root.Start.Line + lineOffset, (int)root.Start.Column));
            return null;
        }

        var entries = new List<FrontMatterEntry>(map.Children.Count);
        foreach (var (keyNode, value) in map.Children)
        {
            var (scalar, items) = value switch
            {
                YamlScalarNode s => (s.Value, (ImmutableArray<string?>?)null),
                YamlSequenceNode seq => (null, [.. seq.Children.Select(c => c is YamlScalarNode { Value: { } v } ? v : null)]),
                _ => (null, null),
            };
            entries.Add(new FrontMatterEntry(
                (keyNode as YamlScalarNode)?.Value ?? "",
                (int)keyNode.Start.Line + lineOffset,
                (int)keyNode.Start.Column,
                (int)value.Start.Line + lineOffset,
                (int)value.Start.Column,
                value is YamlScalarNode,
                scalar,
                items));
        }

        return entries;
    }

    private static FrontMatter Map(List<FrontMatterEntry> entries, string file, UnknownFieldMessages? messages, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var fm = FrontMatter.Empty;
        foreach (var value in entries)
        {
            var key = value.Key;
            var line = value.KeyLine;
            var col = value.KeyColumn;
            void Bad(string why) => diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FrontMatterBadValue, $"front matter field '{key}' {why}", file, value.ValueLine, value.ValueColumn));
            switch (key)
            {
                case "title": fm = fm with { Title = Scalar(value, Bad) }; break;
                case "description": fm = fm with { Description = Scalar(value, Bad) }; break;
                case "slug":
                    // A leading '/' means the site's root (as in Docusaurus); anything leading out of the output folder is refused.
                    var slug = Scalar(value, Bad);
                    if (slug is not null && OutputPath.SitePathProblem(slug) is { } slugOutside)
                    {
                        Bad($"must be a path inside the site: {slugOutside}");
                    }
                    else if (slug is not null)
                    {
                        fm = fm with { Slug = slug.Trim('/') is { Length: > 0 } inside ? inside : "index" };
                    }

                    break;
                case "id": fm = fm with { Id = Scalar(value, Bad) }; break;
                case "layout": fm = fm with { Layout = Scalar(value, Bad) }; break;
                case "date":
                    var date = Scalar(value, Bad);
                    if (DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ||
                        DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                    {
                        fm = fm with { Date = date };
                    }
                    else
                    {
                        Bad("must be a date such as 2024-05-01");
                    }

                    break;
                case "tags": fm = fm with { Tags = List(value, Bad) }; break;
                case "match": fm = fm with { Match = List(value, Bad) }; break;
                case "redirectFrom":
                    var from = List(value, Bad);
                    if (from.FirstOrDefault(f => !f.StartsWith('/') || f.Contains("://", StringComparison.Ordinal)) is { } bad)
                    {
                        Bad($"must list site paths starting with '/' (not '{OutputPath.Shown(bad)}')");
                    }
                    else if (from.Select(OutputPath.SitePathProblem).FirstOrDefault(p => p is not null) is { } fromOutside)
                    {
                        Bad($"must list paths inside the site: {fromOutside}");
                    }
                    else
                    {
                        fm = fm with { RedirectFrom = from };
                    }

                    break;
                case "order":
                    if (int.TryParse(Scalar(value, Bad), NumberStyles.Integer, CultureInfo.InvariantCulture, out var order))
                    {
                        fm = fm with { Order = order };
                    }
                    else
                    {
                        Bad("must be a whole number");
                    }

                    break;
                case "listed":
                    if (bool.TryParse(Scalar(value, Bad), out var listed))
                    {
                        fm = fm with { Listed = listed };
                    }
                    else
                    {
                        Bad("must be true or false");
                    }

                    break;
                default:
                    diagnostics.Add(Diagnostic.Warning(
                        DiagnosticCodes.FrontMatterUnknownField,
                        messages is null ? UnknownFieldMessage(key) : messages.For(key, UnknownFieldMessage),
                        file,
                        line,
                        col));
                    break;
            }
        }

        return fm;
    }

    private static string? Scalar(FrontMatterEntry entry, Action<string> bad)
    {
        if (entry.IsScalar)
        {
            return entry.Scalar;
        }

        bad("must be a single value");
        return null;
    }

    private static ImmutableArray<string> List(FrontMatterEntry entry, Action<string> bad)
    {
        if (entry.Items is { } list)
        {
            var items = ImmutableArray.CreateBuilder<string>(list.Length);
            foreach (var item in list)
            {
                if (item is not null)
                {
                    items.Add(item);
                }
                else
                {
                    bad("must be a list of single values");
                }
            }

            return items.ToImmutable();
        }

        return entry is { IsScalar: true, Scalar: { Length: > 0 } one }
            ? [.. one.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]
            : [];
    }
}
