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

    [Fact]
    public void HashesSpreadNearWordsOverATablesLowBits()
    {
        // The word tables index slots by the hash's low bits. Words that differ in one late character (numbered
        // names, plurals) must not land in a few slots: the per-character rotate alone would put them there, the
        // mixing done once per word spreads them.
        var words = Enumerable.Range(0, 20_000).Select(i => "stretch" + i).Concat(Enumerable.Range(0, 5_000).Select(i => "hip" + (char)('a' + (i % 26)) + (i / 26)));
        var load = words.GroupBy(w => SearchWords.Hash(w) & 1023).Select(g => g.Count()).ToList();

        Assert.Equal(1024, load.Count); // every slot is used (25,000 words, about 24 a slot)
        Assert.True(load.Max() < 60, $"fullest slot {load.Max()}");
    }

    /// <summary>The rule as the summary of <see cref="SearchWords"/> states it, character by character, as the reference.</summary>
    private static List<string> ByTheRule(string text)
    {
        var words = new List<string>();
        var word = new System.Text.StringBuilder();
        void End()
        {
            if (word.Length > 1 || (word.Length == 1 && char.IsAsciiDigit(word[0])))
            {
                words.Add(word.ToString());
            }

            word.Clear();
        }

        foreach (var c in text)
        {
            var category = char.GetUnicodeCategory(c);
            if (category is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark)
            {
                continue; // dropped inside a word, and does not end one
            }

            if (!char.IsLetter(c) && !char.IsNumber(c))
            {
                End();
                continue;
            }

            var decomposed = c.ToString().Normalize(System.Text.NormalizationForm.FormD);
            if (word.Length < SearchWords.MaxLength)
            {
                word.Append(char.ToLowerInvariant(decomposed[0]));
            }
        }

        End();
        return words;
    }

    [Fact]
    public void MixedTextReadsAsTheRuleSays()
    {
        // ASCII words, accented and decomposed letters, combining marks at a word's start and end, digits alone,
        // non-ASCII separators (no-break space, dashes, ×), scripts other than Latin, words longer than the limit.
        string[] pieces = ["hip", "HINGE", "a", "7", "x9", "É", "e\u0301", "\u0301", "straße", "Ærø", "пояс", "背中", "٣", " ", "  ", "\u00a0", "—", "-", "×", ",", "'", "\n", new string('q', 45), "Z"];
        var random = new Random(7);
        for (var round = 0; round < 3000; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => pieces[random.Next(pieces.Length)]));
            Assert.Equal(ByTheRule(text), SearchWords.Of(text));
        }
    }
}
