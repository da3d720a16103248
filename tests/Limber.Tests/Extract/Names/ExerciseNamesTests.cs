using Limber.Extract.Names;
using Limber.Extract.Text;

namespace Limber.Tests.Extract.Names;

public class ExerciseNamesTests
{
    private static string? NameOf(string text, bool exerciseLike = false) =>
        ExerciseNames.Find(text, Segmenter.Split(text), exerciseLike)?.Name;

    [Theory]
    [InlineData("Dead bug: Lie on your back with your arms up.", "Dead bug")]
    [InlineData("How to do a side plank: 1. Lie on your side. 2. Lift your hips.", "side plank")]
    [InlineData("Hip swings (side to side). Stand by a wall and swing one leg.", "Hip swings (side to side)")]
    [InlineData("Rows, one arm: Put one knee on a bench and pull the dumbbell up.", "Rows, one arm")]
    [InlineData("Step Down Exercise: Stand on a low step and lower one heel.", "Step Down Exercise")]
    [InlineData("Box squat - wide stance. Stand in front of a box and sit back.", "Box squat - wide stance")]
    public void StatedNamesAreKeptAsStated(string text, string expected) => Assert.Equal(expected, NameOf(text));

    [Theory]
    [InlineData("Lie on your back. Lift your hips.")]
    [InlineData("Slowly, lower your leg. Repeat.")]
    [InlineData("Back pain: Lie on your back and rest.")]
    [InlineData("Keeping your back straight, lift the bar. Lower it.")]
    public void SentencesAreNotNames(string text) => Assert.Null(NameOf(text, exerciseLike: true));

    [Fact]
    public void APlainLabelNamesOnlyAPassageThatReadsAsAnExercise()
    {
        const string text = "Skull crushers. The bar is lowered to the forehead while the elbows stay still.";
        Assert.Null(NameOf(text));
        Assert.Equal("Skull crushers", NameOf(text, exerciseLike: true));
    }

    [Fact]
    public void TheLeadInIsDroppedFromItsSentence() =>
        Assert.Equal("Kneel on all fours.", ExerciseNames.WithoutLeadIn("Bird dog: Kneel on all fours."));

    [Fact]
    public void ANameInTheTextDropsTheSentencesWordExercise() =>
        Assert.Equal("bird dog", NameOf("Kneel on all fours. This is called the bird dog exercise, and it helps."));
}
