using Limber.Extract.Names;
using Limber.Extract.Text;

namespace Limber.Tests.Extract.Names;

public class DerivedTitleTests
{
    private static string Title(string text, string? position = null, string[]? areas = null, string[]? equipment = null) =>
        DerivedTitle.For(text, Segmenter.Split(text), position, areas ?? [], equipment ?? []);

    [Fact]
    public void ANamedMovementAndItsImplement() =>
        Assert.Equal("Dumbbell bicep curl", Title("Hold a dumbbell and do a bicep curl with control.", equipment: ["dumbbell"]));

    [Fact]
    public void TheFirstInstructionsVerbAndWhatItMoves() =>
        Assert.Equal("Heel lift", Title("Stand near a wall. Lift your heels as high as you can."));

    [Fact]
    public void AVerbUsedAsAnInstructionIsNoNamedMovement() =>
        Assert.Equal("Arm raise", Title("Press your back into the floor. Raise your arms overhead."));

    [Fact]
    public void APositionStatedAtTheStartAndNowhereContradicted() =>
        Assert.Equal("Seated leg raise", Title("Sit on a chair. Raise one leg until it is straight.", position: "seated"));

    [Fact]
    public void APositionTheTextContradictsIsLeftOut() =>
        Assert.Equal("Leg raise", Title("Stand beside the bench, then lie on your back on it. Raise one leg.", position: "standing"));

    [Fact]
    public void AStretchNamesTheAreaItWorks() =>
        Assert.Equal("Hamstrings stretch", Title("Put your heel on a step and lean forward to feel a stretch.", areas: ["hamstrings"]));

    [Fact]
    public void NothingToGoOnIsAnExercise() =>
        Assert.Equal("Exercise", Title("Get into place and go."));
}
