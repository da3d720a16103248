using Limber.Extract.Dosage;
using Limber.Pages;

namespace Limber.Tests.Extract.Dosage;

public class DurationsTests
{
    [Fact]
    public void DurationsInSecondsMinutesAndBreaths() =>
        Assert.Equal(
            [new DurationRange(30, 30, "seconds"), new DurationRange(60, 60, "seconds"), new DurationRange(5, 5, "breaths")],
            Durations.Find("Hold 30 seconds, rest a minute, then breathe 5 breaths.").Select(d => d.Value));

    [Fact]
    public void TwoDurationsJoinedAreOneRange() =>
        Assert.Equal(new DurationRange(30, 60, "seconds"), Assert.Single(Durations.Find("Hold for 30 seconds to a minute.")).Value);

    [Theory]
    [InlineData("Hold for 20 seconds.", DurationKind.Hold)]
    [InlineData("Rest 20 seconds between sets.", DurationKind.Rest)]
    [InlineData("Take 20 seconds after each set.", DurationKind.Rest)]
    [InlineData("Walk for 20 minutes a day.", DurationKind.None)]
    [InlineData("Rest here for 20 seconds.", DurationKind.Hold)]
    public void DurationsAreToldApart(string text, DurationKind kind) =>
        Assert.Equal(kind, Durations.Classify(text, Durations.Find(text).Single()));

    [Fact]
    public void CountsPaceAMovementUnlessTheClauseHolds()
    {
        Assert.Empty(Durations.Find("Lower the bar to your chest for three counts, then press it up."));
        Assert.Equal(new DurationRange(5, 5, "seconds"), Assert.Single(Durations.Find("Hold the top position for 5 counts.")).Value);
    }
}
