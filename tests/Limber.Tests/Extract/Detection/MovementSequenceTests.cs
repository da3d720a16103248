using Limber.Extract.Detection;

namespace Limber.Tests.Extract.Detection;

public class MovementSequenceTests
{
    [Theory]
    [InlineData("Jump onto the box, then step down and lower your heels.", 3)]
    [InlineData("Kneeling on one knee and pulling the cable down toward the hip.", 2)]
    [InlineData("In this drill you lie on your stomach, hold a towel in both hands and pull it apart.", 3)]
    [InlineData("From a rack hold of the kettlebells, press them overhead, bring them back to the shoulders.", 2)] // a comma ends "a rack hold"
    [InlineData("Hop onto the step, stretch your arms overhead, then step down.", 3)] // "stretch" moves the arms
    public void SeveralMovementsInTurnAreASequence(string sentence, int length) =>
        Assert.Equal(length, MovementSequence.Length(sentence));

    [Theory]
    [InlineData("Lie on your back and rest.")] // one movement
    [InlineData("Gym machines such as the leg press and the cable row suit beginners.")] // machines named after movements
    [InlineData("They bend the knee and extend the hip when you walk.")] // muscles doing the moving
    [InlineData("She lifted the bar off the rack and pressed it over her chest.")] // a story
    [InlineData("Lifting and squatting strengthen the legs over time.")] // a benefit
    [InlineData("The hip flexors allow you to lift your knees and bend at the hips.")] // what muscles let one do
    [InlineData("Hugo sorts versions by weight ascending, then by date descending.")] // no part of the body
    [InlineData("Twist the lid and pull it off the jar.")] // no part of the body either
    [InlineData("Hold the stretch and breathe into your back.")] // "the stretch" is the pose, not a movement
    [InlineData("Stretch the dough and fold it over with your hands.")] // stretches no part of the body
    public void OtherSentencesAreNone(string sentence) =>
        Assert.Equal(0, MovementSequence.Length(sentence));

    [Theory]
    [InlineData("The bar is lowered to the chest.", true)]
    [InlineData("The front raise became popular in the 1970s.", false)] // the exercise's name, not a movement
    [InlineData("A lower-body machine for climbing stairs.", true)] // "climbing"; "lower-body" is one word, not "lower"
    [InlineData("A lower-body machine for stairs.", false)]
    [InlineData("Many people with lower back pain find it soothing.", false)] // "lower back" is a place
    [InlineData("Slowly lower back down to the floor.", true)] // "back down" says where to
    [InlineData("Keep the raised leg straight.", false)]
    public void AMovementVerbIsNotAnExercisesName(string sentence, bool expected) =>
        Assert.Equal(expected, MovementSequence.HasMovementVerb(sentence));
}
