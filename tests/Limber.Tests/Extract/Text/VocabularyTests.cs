using Limber.Extract.Text;

namespace Limber.Tests.Extract.Text;

public class VocabularyTests
{
    [Theory]
    [InlineData("lifts")]
    [InlineData("lowered")]
    [InlineData("pressing")]
    [InlineData("stepped")]
    [InlineData("gripping")]
    [InlineData("bent")]
    [InlineData("lying")]
    [InlineData("pushes")]
    public void MovementFormsHaveEveryInflection(string word) => Assert.Contains(word, Vocabulary.MovementForms);

    [Theory]
    [InlineData("table")]
    [InlineData("doctor")]
    [InlineData("steped")]
    public void MovementFormsHoldOnlyVerbs(string word) => Assert.DoesNotContain(word, Vocabulary.MovementForms);

    [Theory]
    [InlineData("Grip the EZ-bar with both hands.", true)]
    [InlineData("Work the triceps hard.", true)]
    [InlineData("Walk to the shop.", false)]
    [InlineData("Open the DB settings and set the pool size.", false)]
    [InlineData("Set the pin in the cablerack at chest height.", true)]
    [InlineData("Hang from the hangboard with open hands.", true)]
    [InlineData("Keep the music below 80 dB.", false)]
    [InlineData("Restart the db service.", false)]
    [InlineData("Press the DBs overhead, then lower them.", true)] // gym shorthand, in capitals and plural only
    [InlineData("Hold an isometric squat against the wall.", true)]
    public void GymWordsAreRead(string text, bool expected) => Assert.Equal(expected, Vocabulary.GymWord.IsMatch(text));

    [Theory]
    [InlineData("I usually progress my clients to planks.", true)]
    [InlineData("Studies of patients show little benefit.", true)]
    [InlineData("Lie on your back and lift your hips.", false)]
    [InlineData("Our customers love the cushion.", true)]
    public void NonInstructionCues(string text, bool expected) => Assert.Equal(expected, Vocabulary.NonInstruction.IsMatch(text));

    [Theory]
    [InlineData("Keep your back straight while driving to work.", true)]
    [InlineData("Pull the cable down while driving the elbow into the hip.", false)] // a drive of the body, not of a car
    [InlineData("Pull the cable down while driving your knees up.", false)]
    public void DrivingIsEverydayUnlessABodyPartIsDriven(string text, bool expected) => Assert.Equal(expected, Vocabulary.EverydayActivity.IsMatch(text));
}
