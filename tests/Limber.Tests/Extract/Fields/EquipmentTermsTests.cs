using Limber.Extract.Fields;

namespace Limber.Tests.Extract.Fields;

public class EquipmentTermsTests
{
    private static string[] Found(string text) =>
        [.. EquipmentTerms.All.Where(t => t.Pattern.IsMatch(text)).Select(t => t.Canonical).Distinct()];

    [Theory]
    [InlineData("Grip the EZ-bar on its inner bends.", "barbell")]
    [InlineData("Hold an SZ bar at hip height.", "barbell")]
    [InlineData("Attach a rope to the high pulley.", "cable machine")]
    [InlineData("Push the sled across the turf.", "sled")]
    [InlineData("Set the barbell in a squat rack.", "rack")]
    [InlineData("Hold a DB in each hand.", "dumbbell")]
    [InlineData("Grab the TRX handles.", "suspension trainer")]
    [InlineData("Toss the medicine ball against the wall.", "medicine ball")]
    [InlineData("Sit on a swiss ball.", "stability ball")]
    public void GymWordsNameTheirEquipment(string text, string canonical) => Assert.Contains(canonical, Found(text));

    [Theory]
    [InlineData("Your IT band runs down the outer thigh.")]
    [InlineData("Do the bench press slowly.")]
    public void OtherUsesAreNotEquipment(string text) =>
        Assert.DoesNotContain(Found(text), c => c is "resistance band" or "bench");

    [Theory]
    [InlineData("Do ten chin-ups.", true)]
    [InlineData("Hang from the bar.", true)]
    [InlineData("Press the bar overhead.", false)]
    public void HangingFromABarIsRecognised(string text, bool expected) => Assert.Equal(expected, EquipmentTerms.HangingFromABar().IsMatch(text));
}
