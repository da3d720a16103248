using Limber.Extract;
using Limber.Tests.Testing;

namespace Limber.Tests.Extract;

/// <summary>The hand-written word reader must split text exactly as the pattern it replaced.</summary>
public class ExerciseWordsTests
{
    [Theory]
    [InlineData("Lie on your back, knees bent.")]
    [InlineData("'Quoted' words ’curly’ and don't, it's — the hip-flexor's stretch-")]
    [InlineData("  --leading - dashes -- and 'apostrophes'' ’’ alone ' ’ -")]
    [InlineData("Numbers 3x10, T12, 90/90 and ünïcode café naïve")]
    [InlineData("")]
    [InlineData("x")]
    public void WordsMatchThePattern(string text) => AssertSame(text);

    [Fact]
    public void EveryLineOfTheSampleCorpusSplitsTheSame()
    {
        var files = Directory.GetFiles(Repo.PathTo("..", "shared", "corpus"), "*", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        foreach (var line in files.SelectMany(File.ReadLines))
        {
            AssertSame(line);
        }
    }

    private static void AssertSame(string text) =>
        Assert.Equal(
            ExerciseExtractor.WordRegex().Matches(text).Select(m => m.Value.Trim('\'', '’')),
            ExerciseExtractor.Words(text));
}
