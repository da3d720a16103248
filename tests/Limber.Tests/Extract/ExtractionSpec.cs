using System.Text;
using Limber.Tests.Testing;
using YamlDotNet.RepresentationModel;

namespace Limber.Tests.Extract;

/// <summary>One example of a spec file: a passage and the fields it must produce.</summary>
public sealed record ExtractionExample(string File, string Name, string Passage, YamlMappingNode Expected);

/// <summary>
/// Reads tests/Limber.Tests/Extract/Specs/*.md: each "## heading" starts an example; a ```passage block holds the
/// passage (lines joined with spaces) and the following ```yaml block the expected fields.
/// </summary>
public static class ExtractionSpec
{
    public static string Folder => Repo.PathTo("tests", "Limber.Tests", "Extract", "Specs");

    public static IReadOnlyList<ExtractionExample> Load(string file)
    {
        var examples = new List<ExtractionExample>();
        var lines = File.ReadAllLines(Path.Combine(Folder, file));
        string? heading = null;
        string? passage = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                heading = line[3..].Trim();
                passage = null;
                continue;
            }

            if (line.TrimEnd() is not ("```passage" or "```yaml"))
            {
                continue;
            }

            var kind = line.TrimEnd()[3..];
            var block = new StringBuilder();
            for (i++; i < lines.Length && lines[i].TrimEnd() != "```"; i++)
            {
                block.Append(lines[i]).Append('\n');
            }

            if (kind == "passage")
            {
                passage = string.Join(' ', block.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }
            else if (passage is not null && heading is not null)
            {
                var yaml = new YamlStream();
                yaml.Load(new StringReader(block.ToString()));
                examples.Add(new ExtractionExample(file, heading, passage, (YamlMappingNode)yaml.Documents[0].RootNode));
                passage = null;
            }
        }

        return examples;
    }

    public static IEnumerable<object[]> All() =>
        Directory.GetFiles(Folder, "*.md")
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal)
            .SelectMany(f => Load(f!).Select(e => new object[] { e.File, e.Name }));
}
