using Limber.Extract;
using Limber.Extract.Fields;

namespace Limber.Tests.Extract.Fields;

public class ExerciseFieldsTests
{
    [Fact]
    public void EquipmentIsListedInTheOrderNamed() =>
        Assert.Equal(["bench", "dumbbell"], ExerciseFields.Equipment("Lie on a bench holding a dumbbell over your chest."));

    [Fact]
    public void TheBarOfAPullUpIsNoBarbell() =>
        Assert.Equal(["pull-up bar"], ExerciseFields.Equipment("Hang from the pull-up bar, then pull your chin over the bar."));

    [Fact]
    public void TheBarOfALiftIsABarbell() =>
        Assert.Equal(["barbell"], ExerciseFields.Equipment("Lower the bar to your chest and press it back up."));

    [Fact]
    public void AMiniBandIsNotAlsoAResistanceBand() =>
        Assert.Equal(["mini band"], ExerciseFields.Equipment("Put a mini band above your knees and press out against the band."));

    [Fact]
    public void AlternativePositionsLeaveNoneAndWarn()
    {
        var warnings = new List<FieldWarning>();
        Assert.Null(ExerciseFields.Position("Sit on a chair or stand tall with your arms at your sides.", warnings));
        Assert.Equal("position", Assert.Single(warnings).Field);
    }

    [Fact]
    public void TheFirstPositionStatedIsThePosition() =>
        Assert.Equal("supine", ExerciseFields.Position("Lie on a flat bench with a dumbbell in each hand. Press them up.", []));

    [Fact]
    public void ANegatedAreaDoesNotCount() =>
        Assert.Equal(["glutes"], ExerciseFields.Areas("Squeeze your glutes, not your lower back."));
}
