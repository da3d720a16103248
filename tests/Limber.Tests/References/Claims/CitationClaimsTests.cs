using Limber.References.Claims;

namespace Limber.Tests.References.Claims;

public class CitationClaimsTests
{
    [Theory]
    [InlineData("Up to 85% of Americans experience some type of back pain during their lives.", "85% of Americans")]
    [InlineData("About 90% of patients get relief from this type of surgery.", "90% of patients")]
    [InlineData("It’s well established that about eight in 10 people in the U.S. will experience back pain.", "eight in 10 people")]
    [InlineData("One study found that people with knee OA lowered their pain by 12%.", "One study found")]
    [InlineData("Research shows that walking helps.", "Research shows")]
    public void FindsUnsourcedClaims(string text, string trigger)
    {
        var claim = Assert.Single(CitationClaims.Find(text));
        Assert.Equal(trigger, claim.Trigger.Value);
    }

    [Theory]
    [InlineData("Up to 85% of Americans experience back pain [@deyo2006].")]
    [InlineData("One study found that walking helps.[^1]")]
    [InlineData("Sacroiliac joint involvement is confirmed if your pain level decreases by more than 75%.")]
    [InlineData("Hold for 30 seconds. Do eight reps on each side. Work up to 50% of your max.")]
    [InlineData("Perform six to eight reps, then one in ten minutes.")]
    [InlineData("The power of confidence matters to 90% of patients.5 Sadly, it is rare.")]
    public void DoesNotFlagSourcedClaimsOrMeasurements(string text)
    {
        Assert.Empty(CitationClaims.Find(text));
    }
}
