using Limber.Extract;
using Limber.Pages;
using Limber.Tests.Testing;
using YamlDotNet.RepresentationModel;

namespace Limber.Tests.Extract;

public class ExerciseOutputTests
{
    private static readonly Exercise Sample = SampleExercises.DeadBug;

    [Fact]
    public void DraftIsYamlFrontMatterWithTheExactFieldNames()
    {
        var draft = ExerciseDraft.ToMarkdown(Sample with { Name = null, Position = null, Hold = null });
        Assert.StartsWith("---\n", draft, StringComparison.Ordinal);
        var yaml = draft.Split("---\n")[1];
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var map = (YamlMappingNode)stream.Documents[0].RootNode;
        Assert.Equal(
            ["title", "slug", "name", "steps", "cautions", "reps", "sets", "hold", "rest", "perSide", "equipment", "position", "bodyAreas", "source"],
            map.Children.Keys.Select(k => ((YamlScalarNode)k).Value ?? "").ToArray());
        Assert.Equal(Sample.Steps[1], ((YamlScalarNode)((YamlSequenceNode)map["steps"]).Children[1]).Value);
        Assert.Equal("null", ((YamlScalarNode)map["name"]).Value);
        Assert.Equal("8", ((YamlScalarNode)((YamlMappingNode)map["reps"])["min"]).Value);
        Assert.Equal("12", ((YamlScalarNode)((YamlMappingNode)map["source"])["line"]).Value);
        Assert.Equal("exercises/dead-bug.md", ExerciseDraft.PathFor(Sample));
    }

    [Fact]
    public void DraftRoundTripsThroughASidecar()
    {
        var yaml = ExerciseDraft.ToYaml(Sample);
        var (sidecar, diagnostics) = Sidecar.Parse("exercises/dead-bug.yml", yaml);
        Assert.Empty(diagnostics);
        var blank = new Exercise { Title = "x", Slug = "dead-bug", Source = new SourceRef("y", 1) };
        var applied = sidecar!.ApplyTo(blank, System.Collections.Immutable.ImmutableArray.CreateBuilder<Limber.Diagnostics.Diagnostic>());
        Assert.Equal(Sample with { Steps = [], Cautions = [], Equipment = [], BodyAreas = [] }, applied with { Steps = [], Cautions = [], Equipment = [], BodyAreas = [] });
        Assert.Equal(Sample.Steps.ToArray(), applied.Steps.ToArray());
        Assert.Equal(Sample.Cautions.ToArray(), applied.Cautions.ToArray());
        Assert.Equal(Sample.Equipment.ToArray(), applied.Equipment.ToArray());
        Assert.Equal(Sample.BodyAreas.ToArray(), applied.BodyAreas.ToArray());
    }
}
