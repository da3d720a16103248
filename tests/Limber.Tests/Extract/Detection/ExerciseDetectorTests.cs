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

    [Fact]
    public void AnEntryUnderAnExercisesNameNeedsOnlyWhatItWorks()
    {
        var s = Signals("The adductors and the obliques do most of the work.");
        Assert.Equal(0, s.Movement);
        Assert.True(ExerciseDetector.Decide(s, named: true, prescribed: false, everyday: false, exerciseName: true).IsExercise);
        Assert.False(ExerciseDetector.Decide(s, named: true, prescribed: false, everyday: false, exerciseName: false).IsExercise);

        // Under the name, but saying nothing of muscles, implements or movement.
        var history = Signals("It became popular with bodybuilders in the 1970s.");
        Assert.False(ExerciseDetector.Decide(history, named: true, prescribed: false, everyday: false, exerciseName: true).IsExercise);
    }

    [Fact]
    public void AnEntryMayMentionInjuryWhenItDescribesTheMovement()
    {
        var s = Signals("The bar is held across the upper back. The hips are lowered until the thighs are level and driven up again. Good form prevents injury and protects the discs.");
        Assert.True(s.PainWords >= 2);
        Assert.True(ExerciseDetector.Decide(s, named: true, prescribed: false, everyday: false, exerciseName: true).IsExercise);
        var talk = Signals("The bar can hurt. Injury to the discs and nerves is common, and the pain lingers.");
        Assert.False(ExerciseDetector.Decide(talk, named: true, prescribed: false, everyday: false, exerciseName: true).IsExercise);
    }

    [Fact]
    public void SequencesAreCountedAndTheLongestKept()
    {
        var s = Signals("Kneeling on one knee and pulling the cable down. Then lift the arm, rotate it and lower it.");
        Assert.Equal(2, s.Sequences);
        Assert.Equal(3, s.LongestSequence);
    }

    [Theory]
    [InlineData("Kneeling on one knee and pulling the cable down while driving the elbow toward the hip.", true)]
    [InlineData("Extend one leg while laying down and start raising your body on the other heel.", true)] // three movements, no gym word
    [InlineData("Sit back, close your eyes and let your shoulders drop.", false)] // two movements and no gym word
    public void OneSentenceOfSeveralMovementsIsAnExercise(string text, bool expected) =>
        Assert.Equal(expected, ExerciseDetector.Decide(Signals(text), named: false, prescribed: false, everyday: false).IsExercise);

    [Fact]
    public void SayingWhatOneCanDoIsNoAdviceButOftenIs()
    {
        var can = Signals("Sit at the preacher bench and curl the dumbbell. Your free hand can steady the elbow.");
        Assert.True(can.GivesAdvice);
        Assert.False(can.GivesAdviceBesidesCan);
        Assert.True(ExerciseDetector.Decide(can, named: false, prescribed: false, everyday: false).IsExercise);
        var often = Signals("Sit at the preacher bench and curl the dumbbell. The biceps often tire first, so the elbow can drift.");
        Assert.True(often.GivesAdviceBesidesCan);
        Assert.False(ExerciseDetector.Decide(often, named: false, prescribed: false, everyday: false).IsExercise);
    }
}
