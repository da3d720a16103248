using Limber.Extract.Names;

namespace Limber.Tests.Extract.Names;

public class ExerciseNounsTests
{
    [Theory]
    [InlineData("Neck extension", true)]
    [InlineData("Calf raise with machine (seated)", true)] // the head before "with"
    [InlineData("Abduction while standing", true)]
    [InlineData("Machine chest press exercise", true)] // a trailing "exercise" says the kind
    [InlineData("Wide pull up", true)]
    [InlineData("Living with back pain", false)]
    [InlineData("Upper back", false)]
    [InlineData("Recumbent bike", true)] // a cardio machine names the exercise done on it
    [InlineData("Treadmill, incline", true)]
    public void AnExerciseNounEndsTheNameOrItsHead(string name, bool expected) => Assert.Equal(expected, ExerciseNouns.IsOne(name));

    [Theory]
    [InlineData("Cable pullover", true)]
    [InlineData("Hip swings (side to side)", true)]
    [InlineData("Muscle-up", true)]
    [InlineData("Wall angels", false)]
    public void ANameEndsInAnExerciseNounBeforeItsParenthetical(string name, bool expected) => Assert.Equal(expected, ExerciseNouns.EndsInOne(name));
}
