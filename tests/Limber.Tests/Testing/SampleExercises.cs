using Limber.Pages;

namespace Limber.Tests.Testing;

/// <summary>Exercise records for tests of what is made from an exercise (drafts, sidecars, JSON-LD).</summary>
internal static class SampleExercises
{
    /// <summary>An exercise with every field set: ranges, a hold in breaths, per side, equipment, a source line.</summary>
    public static Exercise DeadBug { get; } = new()
    {
        Title = "Dead Bug",
        Slug = "dead-bug",
        Name = "Dead Bug",
        Steps = ["Lie on your back with your arms up.", "Lower the opposite arm and leg: slowly \"and\" <carefully>."],
        Cautions = ["Keep your lower back \"flat\" on the floor."],
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
}
