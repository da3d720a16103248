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
    [InlineData("Cable Crossover: The cable crossover is an isolation exercise for the chest.", "Cable Crossover")]
    [InlineData("Pec Deck: Is an isolation exercise for the chest.", "Pec Deck")]
    [InlineData("Chin Up. The chin-up is a strength training exercise.", "Chin Up")]
    [InlineData("Leg Raise, Seated: Sitting tall on a chair, with one leg out.", "Leg Raise, Seated")]
    [InlineData("Sit & Reach. Sit on the floor and reach for your toes.", "Sit & Reach")]
    [InlineData("Squat to Press: Hold a dumbbell at each shoulder.", "Squat to Press")]
    [InlineData("Lateral Raise - Front: The arm is lifted out in front with a cable.", "Lateral Raise - Front")]
    [InlineData("Cable pull down: The arm is drawn down across the body.", "Cable pull down")]
    [InlineData("How to do a muscle up: 1. Pull up to the rings and turn the wrists over.", "muscle up")] // "Muscle" opens no field label here
    [InlineData("How to do a Sit-to-Stand Transfer Drill: 1. Sit on the front of a chair.", "Sit-to-Stand Transfer Drill")] // "to" inside a hyphenated word
    [InlineData("Exercise ball pike: Start with your shins on the ball.", "Exercise ball pike")] // "exercise" names the implement
    [InlineData("How to do a Good Morning: 1. Rest the bar on your back and hinge forward.", "Good Morning")] // a title keeps its first word
    [InlineData("Core exercise: Dead bug: Lie on your back with your arms up.", "Core exercise: Dead bug")] // the kind, then the name
    [InlineData("Dead bug: Starting position: Lie on your back with your arms up.", "Dead bug")] // a heading before the first step
    public void StatedNamesAreKeptAsStated(string text, string expected) => Assert.Equal(expected, NameOf(text));

    [Theory]
    [InlineData("Lie on your back. Lift your hips.")]
    [InlineData("Slowly, lower your leg. Repeat.")]
    [InlineData("Back pain: Lie on your back and rest.")]
    [InlineData("Keeping your back straight, lift the bar. Lower it.")]
    public void SentencesAreNotNames(string text) => Assert.Null(NameOf(text, exerciseLike: true));

    [Theory]
    [InlineData("Chapter Three. The squat is a compound exercise for the legs.")]
    [InlineData("Deadlift Records: The deadlift is a lift with a long history.")]
    [InlineData("Morning Shift, Seated: Sitting at the front counter of the shop.")]
    [InlineData("Time to Unwind: Sit back and let your shoulders drop.")]
    [InlineData("Opening Hours - Weekends: The gym is open from eight.")]
    [InlineData("Plank Challenge: Planks are an exercise that spread quickly on social media.")]
    [InlineData("Muscles worked: the glutes and the hamstrings.")]
    [InlineData("Exercise for the lower back: Lie on your back and hug your knees.")]
    [InlineData("How to do a great stretch: 1. Sit tall and reach up.")] // praise in lower case names nothing
    public void LabelsThatOnlyLookLikeNamesAreNot(string text) => Assert.Null(NameOf(text));

    [Fact]
    public void ANameInADefinitionNamesAnExerciseOnlyWhenItEndsInAnExerciseNoun()
    {
        Assert.True(ExerciseNames.NamesAnExercise(new StatedName("reverse fly", -1, FromLeadIn: false)));
        Assert.False(ExerciseNames.NamesAnExercise(new StatedName("Walking", -1, FromLeadIn: false)));
        Assert.True(ExerciseNames.NamesAnExercise(new StatedName("Walking", 0, FromLeadIn: true)));
    }

    [Fact]
    public void APlainLabelNamesOnlyAPassageThatReadsAsAnExercise()
    {
        const string text = "Arnolds. The dumbbells are pressed overhead while the palms turn to face forward.";
        Assert.Null(NameOf(text));
        Assert.Equal("Arnolds", NameOf(text, exerciseLike: true));
    }

    [Theory]
    [InlineData("Bird dog: Kneel on all fours.")]
    [InlineData("How to do a bird dog: 1. Kneel on all fours.")]
    [InlineData("How to do a bird dog: Kneel on all fours.")]
    public void TheLeadInIsDroppedFromItsSentence(string sentence) =>
        Assert.Equal("Kneel on all fours.", ExerciseNames.WithoutLeadIn(sentence));

    [Fact]
    public void AHowToLeadInLeavesNothingOfAHeadingAndItsFirstNumber() =>
        Assert.Equal("", ExerciseNames.WithoutLeadIn("How to do a bird dog: 1."));

    [Fact]
    public void ANameInTheTextDropsTheSentencesWordExercise() =>
        Assert.Equal("bird dog", NameOf("Kneel on all fours. This is called the bird dog exercise, and it helps."));

    [Theory]
    [InlineData("How to do a deadhang: 1. Hang from an edge.", true)]
    [InlineData("Neck extension. Triceps work at a high pulley.", true)]
    [InlineData("Posture: Sit tall.", false)]
    [InlineData("Chapter three. The squat.", false)]
    [InlineData("Most people recover.", false)]
    public void APassageMayOpenWithAnExercisesName(string text, bool expected) => Assert.Equal(expected, ExerciseNames.OpensWithExerciseName(text));

    [Theory]
    [InlineData("Dead bug: Lie down.", "Dead bug", "Dead bug: Lie down.")] // a one-label name leaves the sentence alone
    [InlineData("Thread the needle: Slide your arm under.", "Mobility exercise: Thread the needle", "Slide your arm under.")]
    [InlineData("Thread the needle, slowly: Slide your arm under.", "Mobility exercise: Thread the needle", "Thread the needle, slowly: Slide your arm under.")]
    public void TheSecondLabelOfANameIsDroppedFromTheSentenceItOpens(string sentence, string name, string expected) =>
        Assert.Equal(expected, ExerciseNames.WithoutSecondLabel(sentence, new StatedName(name, -1, true)));

    [Fact]
    public void APlainLabelYieldsToAnExerciseTheTextNames()
    {
        const string text = "Muscle imbalances – Hips tighten when you sit. This is called the hip flexor stretch: kneel and push the hips forward.";
        Assert.Equal("hip flexor stretch", NameOf(text, exerciseLike: true));
    }
}
