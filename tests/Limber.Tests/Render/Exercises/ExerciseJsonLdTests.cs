using System.Text.Json;
using Limber.Pages;
using Limber.Render.Exercises;
using Limber.Tests.Testing;

namespace Limber.Tests.Render.Exercises;

public class ExerciseJsonLdTests
{
    private static readonly Exercise Sample = SampleExercises.DeadBug;

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
}
