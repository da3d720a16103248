using System.Collections.Immutable;
using System.Globalization;
using Limber.Diagnostics;
using Limber.Yaml;
using YamlDotNet.RepresentationModel;

namespace Limber.References.Citations;

/// <summary>Reads a bibliography file: CSL-YAML or CSL-JSON, with a located diagnostic for each problem.</summary>
public static class BibliographyParser
{
    /// <summary>Parses CSL-YAML (a list of entries, or a <c>references:</c> list) or CSL-JSON (an array); YAML is a superset of JSON.</summary>
    public static Bibliography Parse(string text, string file)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var entries = ImmutableArray.CreateBuilder<BibEntry>();
        var (root, error) = YamlLoader.Load(text);
        if (error is not null)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.BibliographyInvalid, $"bibliography is not valid CSL-YAML/JSON: {error.Message}", file, error.Line, error.Column));
            return new Bibliography(file, [], diagnostics.ToImmutable());
        }

        if (root is null)
        {
            return new Bibliography(file, [], []);
        }

        if (root is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode("references"), out var list))
        {
            root = list;
        }

        if (root is not YamlSequenceNode seq)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.BibliographyInvalid, "bibliography must be a list of CSL entries (or a 'references:' list)", file, (int)root.Start.Line, (int)root.Start.Column));
            return new Bibliography(file, [], diagnostics.ToImmutable());
        }

        var seen = new Dictionary<string, BibEntry>(StringComparer.Ordinal);
        foreach (var node in seq.Children)
        {
            var line = (int)node.Start.Line;
            var col = (int)node.Start.Column;
            if (node is not YamlMappingNode m)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.BibliographyInvalid, "bibliography entry must be a mapping of CSL fields", file, line, col));
                continue;
            }

            var fields = m.Children
                .Where(kv => kv.Key is YamlScalarNode)
                .GroupBy(kv => ((YamlScalarNode)kv.Key).Value!.ToLowerInvariant())
                .ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
            var id = Scalar(fields, "id");
            if (string.IsNullOrWhiteSpace(id))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.BibliographyInvalid, "bibliography entry has no 'id'", file, line, col));
                continue;
            }

            if (fields.TryGetValue("id", out var idNode))
            {
                line = (int)idNode.Start.Line;
                col = (int)idNode.Start.Column;
            }

            var entry = new BibEntry
            {
                Id = id,
                Title = Scalar(fields, "title"),
                Authors = Authors(fields),
                Year = Year(fields),
                Container = Scalar(fields, "container-title") ?? Scalar(fields, "publisher"),
                Volume = Scalar(fields, "volume"),
                Issue = Scalar(fields, "issue"),
                Page = Scalar(fields, "page"),
                Doi = Scalar(fields, "doi"),
                Url = Scalar(fields, "url"),
                Line = line,
                Column = col,
            };
            if (seen.TryGetValue(id, out var first))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.BibliographyDuplicateKey, $"duplicate bibliography key '{id}' (first defined at line {first.Line})", file, line, col));
            }
            else
            {
                seen[id] = entry;
            }

            entries.Add(entry);
            if (string.IsNullOrWhiteSpace(entry.Title))
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.BibliographyEntryIncomplete, $"bibliography entry '{id}' has no title", file, line, col));
            }

            if (string.IsNullOrWhiteSpace(entry.Doi) && string.IsNullOrWhiteSpace(entry.Url))
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.BibliographyEntryIncomplete, $"bibliography entry '{id}' has neither a DOI nor a URL, so readers cannot find the source", file, line, col));
            }

            if (!string.IsNullOrWhiteSpace(entry.Doi) && !Bibliography.IsValidDoi(entry.Doi))
            {
                var at = fields["doi"].Start;
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.BibliographyMalformedLink, $"bibliography entry '{id}' has a malformed DOI '{entry.Doi}' (expected 10.NNNN/suffix)", file, (int)at.Line, (int)at.Column));
            }

            if (!string.IsNullOrWhiteSpace(entry.Url) && !Bibliography.IsValidUrl(entry.Url))
            {
                var at = fields["url"].Start;
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.BibliographyMalformedLink, $"bibliography entry '{id}' has a malformed URL '{entry.Url}' (expected an absolute http or https address)", file, (int)at.Line, (int)at.Column));
            }
        }

        return new Bibliography(file, entries.ToImmutable(), diagnostics.ToImmutable());
    }

    private static string? Scalar(Dictionary<string, YamlNode> fields, string name) =>
        fields.TryGetValue(name, out var n) && n is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

    private static ImmutableArray<string> Authors(Dictionary<string, YamlNode> fields)
    {
        if (!fields.TryGetValue("author", out var node))
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<string>();
        var items = node is YamlSequenceNode s ? s.Children : (IEnumerable<YamlNode>)[node];
        foreach (var item in items)
        {
            switch (item)
            {
                case YamlScalarNode { Value: { } literal }:
                    result.Add(literal);
                    break;
                case YamlMappingNode m:
                    string? Get(string k) => m.Children.TryGetValue(new YamlScalarNode(k), out var v) && v is YamlScalarNode { Value: { } x } ? x : null;
                    var family = Get("family");
                    var given = Get("given");
                    var lit = Get("literal");
                    if (lit is not null)
                    {
                        result.Add(lit);
                    }
                    else if (family is not null)
                    {
                        result.Add(given is null ? family : $"{family} {Initials(given)}");
                    }

                    break;
            }
        }

        return result.ToImmutable();
    }

    private static string Initials(string given) =>
        string.Concat(given.Split([' ', '.', '-'], StringSplitOptions.RemoveEmptyEntries).Select(p => char.ToUpperInvariant(p[0])));

    private static string? Year(Dictionary<string, YamlNode> fields)
    {
        if (Scalar(fields, "year") is { } y)
        {
            return y;
        }

        if (!fields.TryGetValue("issued", out var issued))
        {
            return null;
        }

        if (issued is YamlScalarNode { Value: { } text } && text.Length >= 4)
        {
            return text[..4];
        }

        if (issued is YamlMappingNode m
            && m.Children.TryGetValue(new YamlScalarNode("date-parts"), out var parts)
            && parts is YamlSequenceNode { Children.Count: > 0 } outer
            && outer.Children[0] is YamlSequenceNode { Children.Count: > 0 } inner
            && inner.Children[0] is YamlScalarNode { Value: { } year })
        {
            return int.TryParse(year, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) ? year : null;
        }

        return null;
    }
}
