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
        SpecBlock? passage = null;
        foreach (var block in SpecFile.Read(Path.Combine(Folder, file)).Where(b => b.Section.Level == 2))
        {
            if (block.Info == "passage")
            {
                passage = block;
            }
            else if (block.Info == "yaml" && passage is not null && passage.Section == block.Section)
            {
                var yaml = new YamlStream();
                yaml.Load(new StringReader(string.Join('\n', block.Lines) + "\n"));
                var text = string.Join(' ', passage.Lines.Select(l => l.Trim()).Where(l => l.Length > 0));
                examples.Add(new ExtractionExample(file, block.Section.Title, text, (YamlMappingNode)yaml.Documents[0].RootNode));
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
