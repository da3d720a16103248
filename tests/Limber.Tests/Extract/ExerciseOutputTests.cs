using System.Text.Json;
using Limber.Extract;
using Limber.Pages;
using YamlDotNet.RepresentationModel;

namespace Limber.Tests.Extract;

public class ExerciseOutputTests
{
    private static readonly Exercise Sample = new()
    {
        Title = "Dead Bug",
        Slug = "dead-bug",
        Name = "Dead Bug",
        Steps = ["Lie on your back with your arms up.", "Lower the opposite arm and leg: slowly \"and\" <carefully>."],
        Reps = new CountRange(8, 10),
        Sets = new CountRange(2, 3),
        Hold = new DurationRange(5, 5, "breaths"),
        Rest = new DurationRange(30, 30, "seconds"),
        PerSide = true,
        Equipment = ["mat"],
        Position = "supine",
        BodyAreas = ["core"],
        Source = new SourceRef("sources/web.txt", 12),
    };

    [Fact]
    public void JsonLdHasAnExercisePlanAndAHowTo()
    {
        var json = ExerciseJsonLd.For(Sample, "https://example.org/exercises/dead-bug/");
        Assert.DoesNotContain("<", json, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(json);
        var graph = doc.RootElement.GetProperty("@graph").EnumerateArray().ToList();
        var plan = graph.Single(g => g.GetProperty("@type").GetString() == "ExercisePlan");
        Assert.Equal(8, plan.GetProperty("repetitions").GetProperty("minValue").GetInt32());
        Assert.Equal(10, plan.GetProperty("repetitions").GetProperty("maxValue").GetInt32());
        Assert.Equal(30, plan.GetProperty("restPeriods").GetProperty("value").GetInt32());
        Assert.Equal("SEC", plan.GetProperty("restPeriods").GetProperty("unitCode").GetString());
        Assert.Equal("breaths", plan.GetProperty("activityDuration").GetProperty("unitText").GetString());
        Assert.Contains("2–3 sets", plan.GetProperty("additionalVariable").GetString(), StringComparison.Ordinal);
        Assert.Contains("each side", plan.GetProperty("additionalVariable").GetString(), StringComparison.Ordinal);
        var howTo = graph.Single(g => g.GetProperty("@type").GetString() == "HowTo");
        var steps = howTo.GetProperty("step").EnumerateArray().ToList();
        Assert.Equal(2, steps.Count);
        Assert.All(steps, s => Assert.Equal("HowToStep", s.GetProperty("@type").GetString()));
        Assert.Equal(Sample.Steps[1], steps[1].GetProperty("text").GetString());
    }

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
            ["title", "slug", "name", "steps", "reps", "sets", "hold", "rest", "perSide", "equipment", "position", "bodyAreas", "source"],
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
        Assert.Equal(Sample with { Steps = [], Equipment = [], BodyAreas = [] }, applied with { Steps = [], Equipment = [], BodyAreas = [] });
        Assert.Equal(Sample.Steps.ToArray(), applied.Steps.ToArray());
        Assert.Equal(Sample.Equipment.ToArray(), applied.Equipment.ToArray());
        Assert.Equal(Sample.BodyAreas.ToArray(), applied.BodyAreas.ToArray());
    }
}
