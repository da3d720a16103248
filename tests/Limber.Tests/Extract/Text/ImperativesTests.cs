using Limber.Extract.Text;
using Limber.Tests.Testing;

namespace Limber.Tests.Extract.Text;

/// <summary>Instructions are told from other sentences; the hand-written word reader splits text exactly as its pattern.</summary>
public class ImperativesTests
{
    [Theory]
    [InlineData("Lie on your back with your knees bent.")]
    [InlineData("Slowly lower your leg back to the floor.")]
    [InlineData("With your feet hip-width apart, lift your hips.")]
    [InlineData("Ensuring that the bar is racked, lie back on the bench.")]
    [InlineData("Keeping your back flat, hinge forward at the hips.")]
    [InlineData("As with a plank, but rest your knees on the floor.")]
    [InlineData("Allowing a heavier load than a normal sit-up on the floor, lie back on the bench.")] // a participle's clause of 12 words
    public void InstructionsAreImperative(string sentence) => Assert.True(Imperatives.IsImperative(sentence));

    [Theory]
    [InlineData("Lower back pain can last for weeks.")]
    [InlineData("Rest is important after an injury.")]
    [InlineData("The hips are lowered until the thighs are level.")]
    [InlineData("Most people feel better within a month.")]
    [InlineData("As with any plan, but rest is important after a hard week.")]
    [InlineData("If you notice any pins and needles in your upper back, keep moving.")] // an "if" clause past ten words reads as advice
    [InlineData("Lying is what he does best, say his friends.")]
    public void OtherSentencesAreNot(string sentence) => Assert.False(Imperatives.IsImperative(sentence));

    [Theory]
    [InlineData("Lie on your back, knees bent.")]
    [InlineData("'Quoted' words ’curly’ and don't, it's — the hip-flexor's stretch-")]
    [InlineData("  --leading - dashes -- and 'apostrophes'' ’’ alone ' ’ -")]
    [InlineData("Numbers 3x10, T12, 90/90 and ünïcode café naïve")]
    [InlineData("")]
    [InlineData("x")]
    public void WordsMatchThePattern(string text) => AssertSame(text);

    [Fact]
    public void EveryLineOfTheRepositorysInputSplitsTheSame()
    {
        var files = Directory.GetFiles(Repo.PathTo("input"), "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".txt" or ".md" or ".yml")
            .ToList();
        Assert.NotEmpty(files);
        foreach (var line in files.SelectMany(File.ReadLines))
        {
            AssertSame(line);
        }
    }

    /// <summary>20,000 random lines over the characters the reader treats specially (apostrophes, dashes, digits, letters of other scripts).</summary>
    [Fact]
    public void RandomLinesSplitTheSame()
    {
        const string alphabet = "aZé9 -'’—–.,/x_ñ\u00a0\tß1İı";
        var random = new Random(20);
        var chars = new char[40];
        for (var i = 0; i < 20_000; i++)
        {
            var length = random.Next(chars.Length + 1);
            for (var j = 0; j < length; j++)
            {
                chars[j] = alphabet[random.Next(alphabet.Length)];
            }

            AssertSame(new string(chars, 0, length));
        }
    }

    private static void AssertSame(string text) =>
        Assert.Equal(
            Imperatives.WordPattern().Matches(text).Select(m => m.Value.Trim('\'', '’')),
            Imperatives.Words(text));
}
