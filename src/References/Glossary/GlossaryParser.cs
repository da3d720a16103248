using System.Collections.Immutable;
using Limber.Diagnostics;
using Limber.Yaml;
using YamlDotNet.RepresentationModel;

namespace Limber.References.Glossary;

/// <summary>Reads input/glossary.yml, with a located diagnostic for each problem.</summary>
public static class GlossaryParser
{
    public static GlossaryFile Parse(string text, string file)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var entries = ImmutableArray.CreateBuilder<GlossaryEntry>();
        var (root, error) = YamlLoader.Load(text);
        if (error is not null)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.GlossaryInvalid, $"glossary is not valid YAML: {error.Message}", file, error.Line, error.Column));
            return new GlossaryFile(file, [], diagnostics.ToImmutable());
        }

        if (root is null)
        {
            return new GlossaryFile(file, [], []);
        }

        if (root is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode("terms"), out var list))
        {
            root = list;
        }

        if (root is not YamlSequenceNode seq)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.GlossaryInvalid, "glossary must be a list of { term, aliases, definition } (or a 'terms:' list)", file, (int)root.Start.Line, (int)root.Start.Column));
            return new GlossaryFile(file, [], diagnostics.ToImmutable());
        }

        var forms = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var node in seq.Children)
        {
            var line = (int)node.Start.Line;
            var col = (int)node.Start.Column;
            if (node is not YamlMappingNode m)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.GlossaryInvalid, "glossary entry must be a mapping with term, aliases and definition", file, line, col));
                continue;
            }

            string? Get(string k) => m.Children.TryGetValue(new YamlScalarNode(k), out var v) && v is YamlScalarNode { Value: { } x } && !string.IsNullOrWhiteSpace(x) ? x.Trim() : null;
            var term = Get("term");
            var definition = Get("definition");
            if (term is null)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.GlossaryInvalid, "glossary entry has no 'term'", file, line, col));
                continue;
            }

            var aliases = ImmutableArray<string>.Empty;
            if (m.Children.TryGetValue(new YamlScalarNode("aliases"), out var a))
            {
                aliases = a switch
                {
                    YamlSequenceNode s => [.. s.Children.OfType<YamlScalarNode>().Select(x => x.Value ?? "").Where(x => x.Trim().Length > 0).Select(x => x.Trim())],
                    YamlScalarNode { Value: { } one } => [.. one.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
                    _ => [],
                };
            }

            if (definition is null)
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.GlossaryEntryIncomplete, $"glossary term '{term}' has no definition", file, line, col));
            }

            foreach (var form in aliases.Prepend(term))
            {
                if (forms.TryGetValue(form, out var owner))
                {
                    diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.GlossaryEntryIncomplete, $"glossary form '{form}' of '{term}' is already used by '{owner}'; the first one is linked", file, line, col));
                }
                else
                {
                    forms[form] = term;
                }
            }

            entries.Add(new GlossaryEntry(term, aliases, definition ?? "", line, col));
        }

        return new GlossaryFile(file, entries.ToImmutable(), diagnostics.ToImmutable());
    }
}
