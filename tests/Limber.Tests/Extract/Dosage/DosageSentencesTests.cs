using Limber.Extract.Dosage;

namespace Limber.Tests.Extract.Dosage;

public class DosageSentencesTests
{
    [Theory]
    [InlineData("Do 3 sets of 10.")]
    [InlineData("Hold for 30 seconds.")]
    [InlineData("Rest 60 seconds between sets.")]
    [InlineData("That's one rep.")]
    [InlineData("Hold this position for 30 seconds and repeat three times.")]
    [InlineData("Perform 10 reps, then switch sides.")]
    public void DoseOnlySentences(string sentence) => Assert.True(DosageSentences.IsDosageOnly(sentence));

    [Theory]
    [InlineData("Hold for 5 seconds, then lower your leg to the floor.")]
    [InlineData("Repeat on the other side.")]
    [InlineData("Perform one push-up, then drive your right elbow back to row the weight.")]
    [InlineData("Do 10 reps, lowering the bar slowly each time.")]
    [InlineData("Lift your hips off the floor.")]
    public void SentencesWithAnActionAreNot(string sentence) => Assert.False(DosageSentences.IsDosageOnly(sentence));
}
