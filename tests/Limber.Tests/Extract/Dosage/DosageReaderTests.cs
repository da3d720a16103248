using Limber.Extract.Dosage;
using Limber.Pages;

namespace Limber.Tests.Extract.Dosage;

public class DosageReaderTests
{
    [Theory]
    [InlineData("Do 12 presses.", 12)]
    [InlineData("Make 10 small circles.", 10)]
    [InlineData("Do 5 holds.", 5)]
    [InlineData("Walk 4 trips across the room.", 4)]
    [InlineData("Do 20 marches.", 20)]
    [InlineData("Take 30 steps on the spot.", 30)]
    public void CountedMovementsAreReps(string text, int reps) => Assert.Equal(new CountRange(reps, reps), DosageReader.Read(text).Reps);

    [Fact]
    public void StepsThatGoSomewhereAreNoCount() => Assert.Null(DosageReader.Read("Take two steps forward.").Reps);

    [Theory]
    [InlineData("Do 8 reps, then switch hands.")]
    [InlineData("Do 8 reps before switching to the other side.")]
    [InlineData("Repeat with the other arm.")]
    [InlineData("Do 8 on each side.")]
    public void PerSideCues(string text) => Assert.True(DosageReader.Read(text).PerSide);

    [Fact]
    public void RestAfterEachSetIsRest() =>
        Assert.Equal(new DurationRange(60, 60, "seconds"), DosageReader.Read("Do 10 reps. Rest 60 seconds after each set.").Rest);

    [Fact]
    public void APauseAfterEachSetIsRest() =>
        Assert.Equal(new DurationRange(90, 90, "seconds"), DosageReader.Read("Do 10 reps and take 90 seconds after each set.").Rest);

    [Fact]
    public void ConflictingValuesLeaveTheFieldNullWithAWarningInTheSingular()
    {
        var reading = DosageReader.Read("Hold for 1 second. Later hold for 5 seconds.");
        Assert.Null(reading.Hold);
        Assert.Contains(reading.Warnings, w => w.Field == "hold" && w.Why.Contains("1 second;", StringComparison.Ordinal));
    }
}
