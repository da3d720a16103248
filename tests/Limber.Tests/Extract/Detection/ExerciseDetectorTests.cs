using Limber.Extract.Detection;
using Limber.Extract.Dosage;
using Limber.Extract.Text;

namespace Limber.Tests.Extract.Detection;

public class ExerciseDetectorTests
{
    private static PassageSignals Signals(string text)
    {
        var d = DosageReader.Read(text);
        return ExerciseDetector.Read(text, Segmenter.Split(text), -1, d.Reps is not null || d.Sets is not null || d.Hold is not null || d.PerSide);
    }

    [Fact]
    public void ProseWithoutInstructionsOrGymWordsStopsAtTheFirstLook()
    {
        const string text = "Back pain is common. Most people recover within weeks.";
        Assert.False(ExerciseDetector.MayBeAnExercise(text, Segmenter.Split(text)));
    }

    [Theory]
    [InlineData("The pec deck is an isolation exercise for the chest.", true)]
    [InlineData("Our gym has new dumbbells and a cable machine.", false)]
    public void GymWordsPassTheFirstLookWithAMovementOrADefinition(string text, bool expected) =>
        Assert.Equal(expected, ExerciseDetector.MayBeAnExercise(text, Segmenter.Split(text)));

    [Theory]
    [InlineData("Put your hand behind your head. Hold this position for a few breaths.", true)]
    [InlineData("Extend one leg while laying down.", true)]
    [InlineData("Put your hand behind your head. Hold this thought for a while.", false)]
    public void APositionHeldOrLainInIsAPosition(string text, bool expected) => Assert.Equal(expected, Signals(text).HasPosition);

    [Fact]
    public void ADefinitionThenTheMovementIsAnExerciseAndADefinitionAmongAdviceIsNot()
    {
        var defined = Signals("This exercise involves holding a dumbbell in each hand and bending forward at the hips. It mainly targets the hamstrings.");
        Assert.True(defined.OpensWithDefinition);
        Assert.True(ExerciseDetector.Decide(defined, named: false, prescribed: false, everyday: false).IsExercise);
        var advice = Signals("The side bridge works the glutes and the obliques, which weaken after a fall. If your hip is stiff, try an easier version. Keep your knees stacked throughout the movement.");
        Assert.False(ExerciseDetector.Decide(advice, named: false, prescribed: false, everyday: false).IsExercise);
        var later = Signals("Keep your knees stacked. The side bridge works the glutes and the obliques.");
        Assert.True(later.DefinesAnExercise);
        Assert.False(later.OpensWithDefinition);
    }

    [Fact]
    public void ProseWithNoMovementCannotBeAnExercise()
    {
        Assert.True(ExerciseDetector.CannotBeAnExercise(Signals("Core strength matters. Strong glutes support the pelvis.")));
        Assert.False(ExerciseDetector.CannotBeAnExercise(Signals("Lie on your back. Lift your hips.")));
    }

    [Fact]
    public void SentencesAreCountedByKind()
    {
        var s = Signals("Lie on your back. Your knees should be bent. The hips are lifted off the floor. Do 10 reps.");
        Assert.Equal(4, s.Sentences);
        Assert.Equal(1, s.PhysicalInstructions);
        Assert.Equal(1, s.Cues);
        Assert.Equal(1, s.Descriptions);
        Assert.Equal(1, s.DoseSentences);
        Assert.True(s.HasDose);
    }

    [Fact]
    public void ADescriptionAmongGymWordsIsAnExercise()
    {
        var s = Signals("The barbell is held across the upper back. The hips are lowered into a squat until the thighs are level, then driven up.");
        Assert.True(ExerciseDetector.Decide(s, named: false, prescribed: false, everyday: false).IsExercise);
    }

    [Fact]
    public void ADescriptionOfHowPainStartsIsNot()
    {
        var s = Signals("When you bend to lift a box, the discs are squeezed. The nerves become inflamed and the pain spreads.");
        Assert.False(ExerciseDetector.Decide(s, named: false, prescribed: false, everyday: false).IsExercise);
    }

    [Fact]
    public void ANamedDefinitionIsAnExerciseAndAnUnnamedOneIsNot()
    {
        var s = Signals("It is a compound exercise that works the glutes and hamstrings with a barbell.");
        Assert.True(s.DefinesAnExercise);
        Assert.True(ExerciseDetector.Decide(s, named: true, prescribed: false, everyday: false).IsExercise);
        Assert.False(ExerciseDetector.Decide(s, named: false, prescribed: false, everyday: false).IsExercise);
    }

    [Fact]
    public void EverydayAdviceIsNotAnExerciseUnlessNamedOrDosed()
    {
        var s = Signals("Bend your knees when you pick up a box. Keep the load close to your body. Stand up slowly.");
        Assert.False(ExerciseDetector.Decide(s, named: false, prescribed: false, everyday: true).IsExercise);
        Assert.True(ExerciseDetector.Decide(s, named: false, prescribed: true, everyday: true).IsExercise);
    }
}
