using Limber.Dedupe;

namespace Limber.Tests.Dedupe;

public class DeduplicatorTests
{
    private static DedupeOutcome Run(KeepPolicy keep, params string[] texts) => new Deduplicator(new DuplicateVerifier(), keep).Run(texts);

    [Fact]
    public void ExactAndNearCopiesJoinTheFirstOccurrence()
    {
        var outcome = Run(
            KeepPolicy.First,
            "Press your shins and the tops of your feet into the mat.",
            "Loop a resistance band above your knees and step to the side.",
            "press your shins and the tops of your feet into the mat",
            "Press your shins and teh tops of your feet into the mat.",
            "Press your shins and the tops of your feet into the mat.");

        Assert.False(outcome.Decisions[0].IsDuplicate);
        Assert.False(outcome.Decisions[1].IsDuplicate);
        Assert.All(new[] { 2, 3, 4 }, i => Assert.Equal(0, outcome.Decisions[i].DuplicateOf));
        Assert.Equal("punctuation, case", outcome.Decisions[2].Reason);
        Assert.Equal("typo", outcome.Decisions[3].Reason);
        Assert.Equal("exact", outcome.Decisions[4].Reason);
        Assert.Equal(1.0, outcome.Decisions[4].Similarity);
        Assert.Equal(1, outcome.Clusters);
    }

    [Fact]
    public void ChainsOfEditsCollapseIntoOneClusterAndNameTheLinkInBetween()
    {
        // A → B fixes one typo, B → C adds another: A and C differ by two typos, so only the chain joins them.
        const string b = "Brace your core gently, as if you were about to cough, then breathe out slowly.";
        var outcome = Run(
            KeepPolicy.First,
            b.Replace("core", "croe", StringComparison.Ordinal),
            b,
            b.Replace("about", "aobut", StringComparison.Ordinal));

        Assert.Equal(0, outcome.Decisions[1].DuplicateOf);
        Assert.Equal(0, outcome.Decisions[2].DuplicateOf);
        Assert.Equal(-1, outcome.Decisions[1].Via);
        Assert.Equal(1, outcome.Decisions[2].Via);
        Assert.Equal("typo", outcome.Decisions[2].Reason);
        Assert.True(outcome.Decisions[2].Similarity < outcome.Decisions[1].Similarity);
    }

    [Fact]
    public void KeepLongestKeepsTheMostCompleteCopy()
    {
        const string shorter = "Lie on your back with your knees bent. Tighten your buttocks and lift your hips. Hold for five breaths. Lower slowly.";
        const string longer = shorter + " Repeat on the other side.";
        var first = Run(KeepPolicy.First, shorter, longer);
        Assert.Equal(0, first.Decisions[1].DuplicateOf);
        Assert.Equal("sentence added", first.Decisions[1].Reason);

        var longest = Run(KeepPolicy.Longest, shorter, longer);
        Assert.Equal(1, longest.Decisions[0].DuplicateOf);
        Assert.False(longest.Decisions[1].IsDuplicate);
        Assert.Equal("sentence removed", longest.Decisions[0].Reason);
    }

    [Fact]
    public void TemplatesAboutOtherNumbersOrNamesStaySeparate()
    {
        var outcome = Run(
            KeepPolicy.First,
            "Do 10 reps of the glute bridge, then rest for a minute.",
            "Do 15 reps of the glute bridge, then rest for a minute.",
            "Our founder Anna Berg has coached runners for a decade.",
            "Our founder Emma Lund has coached runners for a decade.");
        Assert.All(outcome.Decisions, d => Assert.False(d.IsDuplicate));
        Assert.Equal(0, outcome.Clusters);
    }
}
