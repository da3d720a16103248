using Limber.Extract.Names;
using Limber.Extract.Steps;
using Limber.Extract.Text;

namespace Limber.Tests.Extract.Steps;

public class StepListTests
{
    private static StepList Read(string text, StatedName? name = null) => StepReader.Read(Segmenter.Split(text), name);

    [Fact]
    public void EverySentenceButTheDoseIsKeptInOrder()
    {
        var list = Read("Sit on a bench. Your feet should be flat. The weight is pressed overhead. Do 3 sets of 10.");
        Assert.Equal(["Sit on a bench.", "Your feet should be flat.", "The weight is pressed overhead."], list.Steps);
        Assert.Empty(list.Cautions);
    }

    [Fact]
    public void CautionsAndTipsGoToTheirOwnList()
    {
        var list = Read("Lie on your back. Tip: breathe out as you lift. Make sure your neck stays relaxed. Lift your hips.");
        Assert.Equal(["Lie on your back.", "Lift your hips."], list.Steps);
        Assert.Equal(["Breathe out as you lift.", "Make sure your neck stays relaxed."], list.Cautions);
    }

    [Fact]
    public void TheNamesLeadInAndHeadingsAreLeftOut()
    {
        const string text = "Bird dog: Kneel on all fours. Steps: Reach one arm forward.";
        var list = Read(text, ExerciseNames.Find(text, Segmenter.Split(text), exerciseLike: false));
        Assert.Equal(["Kneel on all fours.", "Reach one arm forward."], list.Steps);
    }

    [Theory]
    [InlineData("How to do a side plank: 1. Lie on your side. 2. Lift your hips.")]
    [InlineData("How to do a side plank: 1. Lie on your side. Lift your hips.")]
    public void AHowToLeadInAndItsFirstNumberAreLeftOut(string text)
    {
        var list = Read(text, ExerciseNames.Find(text, Segmenter.Split(text), exerciseLike: false));
        Assert.Equal(["Lie on your side.", "Lift your hips."], list.Steps);
    }

    [Fact]
    public void CaptionsAndAttributionsAreLeftOut() =>
        Assert.Equal(["Lift your hips."], Read("Lift your hips. (Photo: a woman in a bridge.) “It works,” says Dr. Lee.").Steps);

    [Theory]
    [InlineData("Avoid arching your back.", true)]
    [InlineData("Caution: stop if it hurts.", true)]
    [InlineData("Don't lock your knees.", true)]
    [InlineData("Keep your knees soft.", false)]
    public void CautionsAreRecognised(string sentence, bool expected) => Assert.Equal(expected, StepReader.IsCaution(sentence));
}
