using Limber.Render.Search;

namespace Limber.Tests.Render.Search;

public class SearchWordsTests
{
    [Theory]
    [InlineData("Hip HINGE basics", "hip hinge basics")]
    [InlineData("Émile's café-au-lait, naïve", "emile cafe au lait naive")] // "s" alone is not a word
    [InlineData("3x12 reps, 5 sets of 2", "3x12 reps 5 sets of 2")] // one digit is a word, one letter is not
    [InlineData("e\u0301te\u0301 (decomposed)", "ete decomposed")] // combining marks are dropped inside a word
    [InlineData("straße Ærø", "straße ærø")] // no decomposition: kept as they are, lower-cased
    [InlineData("a-b_c/d", "")]
    [InlineData("", "")]
    public void WordsAreRunsOfLettersAndNumbersFoldedCharacterByCharacter(string text, string expected)
    {
        Assert.Equal(expected, string.Join(' ', SearchWords.Of(text)));
    }

    [Fact]
    public void AWordIsCutAtTheMaximumLength()
    {
        var word = Assert.Single(SearchWords.Of(new string('x', 100) + " "));
        Assert.Equal(SearchWords.MaxLength, word.Length);
    }

    private struct Collect : IWordSink
    {
        public List<(string Word, int Hash)> Words;

        public void Word(ReadOnlySpan<char> word, int hash) => Words.Add((word.ToString(), hash));
    }

    [Theory]
    [InlineData("Étirement du PIRIFORME, 3 × 10 reps")]
    [InlineData("x a1 9 ok " + "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz tail")]
    public void AStructSinkGetsTheSameWordsEachWithItsHash(string text)
    {
        var sink = new Collect { Words = [] };
        SearchWords.Each(text, ref sink);

        Assert.Equal(SearchWords.Of(text), sink.Words.Select(w => w.Word));
        Assert.All(sink.Words, w => Assert.Equal(SearchWords.Hash(w.Word), w.Hash));
        Assert.All(sink.Words, w => Assert.True(w.Hash >= 0));
    }
}
