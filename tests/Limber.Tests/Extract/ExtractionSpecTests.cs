using System.Globalization;
using Limber.Extract;
using Limber.Pages;
using YamlDotNet.RepresentationModel;

namespace Limber.Tests.Extract;

/// <summary>Runs every example of Specs/*.md as its own test case.</summary>
public class ExtractionSpecTests
{
    public static IEnumerable<object[]> Examples() => ExtractionSpec.All();

    [Fact]
    public void SpecFilesHaveExamples()
    {
        Assert.True(ExtractionSpec.All().Count() >= 40, "expected at least 40 spec examples");
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example(string file, string name)
    {
        var example = ExtractionSpec.Load(file).Single(e => e.Name == name);
        var result = ExerciseExtractor.Extract(example.Passage, new SourceRef("sources/spec.txt", 7));
        var expected = example.Expected;
        var isExercise = Scalar(expected, "exercise") is not "false";
        Assert.True(isExercise == result.IsExercise, $"exercise: expected {isExercise}, got {result.IsExercise} ({result.Why})");
        if (!isExercise)
        {
            return;
        }

        var e = result.Exercise!;
        Assert.Equal(new SourceRef("sources/spec.txt", 7), e.Source);
        foreach (var (keyNode, value) in expected.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value!;
            switch (key)
            {
                case "exercise": break;
                case "name": Assert.Equal(Text(value), e.Name); break;
                case "title": Assert.Equal(Text(value), e.Title); break;
                case "position": Assert.Equal(Text(value), e.Position); break;
                case "perSide": Assert.Equal(bool.Parse(Text(value)!), e.PerSide); break;
                case "steps": Assert.Equal(List(value), e.Steps.ToList()); break;
                case "cautions": Assert.Equal(List(value), e.Cautions.ToList()); break;
                case "equipment": Assert.Equal(List(value), e.Equipment.ToList()); break;
                case "bodyAreas": Assert.Equal(List(value), e.BodyAreas.ToList()); break;
                case "reps": Assert.Equal(Count(value), e.Reps); break;
                case "sets": Assert.Equal(Count(value), e.Sets); break;
                case "hold": Assert.Equal(Duration(value), e.Hold); break;
                case "rest": Assert.Equal(Duration(value), e.Rest); break;
                case "warnings":
                    var fields = result.Warnings.Select(w => w.Field).Distinct().Order(StringComparer.Ordinal).ToList();
                    Assert.Equal(List(value).Order(StringComparer.Ordinal).ToList(), fields);
                    break;
                default: throw new InvalidOperationException($"{file}: unknown expected field '{key}'");
            }
        }
    }

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? Text(v) : null;

    private static string? Text(YamlNode node) => node is YamlScalarNode { Value: var v } && v is not ("null" or "~" or "") ? v : null;

    private static List<string> List(YamlNode node) =>
        node is YamlSequenceNode seq ? [.. seq.Children.Select(c => Text(c)!)] : [];

    private static int Int(YamlMappingNode m, string key) => int.Parse(Text(m.Children[new YamlScalarNode(key)])!, CultureInfo.InvariantCulture);

    private static CountRange? Count(YamlNode node) =>
        node is YamlMappingNode m ? new CountRange(Int(m, "min"), Int(m, "max")) : null;

    private static DurationRange? Duration(YamlNode node) =>
        node is YamlMappingNode m ? new DurationRange(Int(m, "min"), Int(m, "max"), Text(m.Children[new YamlScalarNode("unit")])!) : null;
}
