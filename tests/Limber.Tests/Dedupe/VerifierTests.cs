using Limber.Dedupe;

namespace Limber.Tests.Dedupe;

public class VerifierTests
{
    private static Verdict Verify(string a, string b, int maxTypos = 1, int minSentences = 4) =>
        new DuplicateVerifier(maxTypos, minSentences).Verify(TextNormalizer.Normalize(a), TextNormalizer.Normalize(b));

    [Theory]
    [InlineData("the", "teh", 1)]
    [InlineData("stretch", "strech", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("abc", "abc", 0)]
    [InlineData("ab", "ba", 1)]
    [InlineData("physiotherapists", "phisiotherapsits", 2)]
    public void OsaDistanceCountsTranspositionsAsOneEdit(string x, string y, int expected)
    {
        Assert.Equal(expected, DuplicateVerifier.Osa(x, y, 5));
        Assert.Equal(Math.Min(expected, 2), DuplicateVerifier.Osa(x, y, 1));
    }

    [Fact]
    public void MaxTyposIsConfigurable()
    {
        const string a = "Brace your core gently, as if you were about to cough.";
        const string b = "Brace your croe gently, as if you were aobut to cough.";
        Assert.False(Verify(a, b).IsDuplicate);
        Assert.True(Verify(a, b, maxTypos: 2).IsDuplicate);
        Assert.False(Verify(a, "Brace your core gently, as if you were aobut to cough.", maxTypos: 0).IsDuplicate);
    }

    [Fact]
    public void MinSentencesIsConfigurable()
    {
        const string a = "Lie on your back. Lift your hips.";
        const string b = "Lie on your back. Lift your hips. Lower them slowly.";
        Assert.Equal(NonDuplicateReason.ShortPassage, Verify(a, b).Reason);
        var relaxed = Verify(a, b, minSentences: 3);
        Assert.True(relaxed.IsDuplicate);
        Assert.True(relaxed.Kinds.HasFlag(EditKinds.Sentence));
        Assert.InRange(relaxed.Similarity, 0.4, 0.9);
    }

    [Fact]
    public void SimilarityFallsWithTheSizeOfTheEdit()
    {
        const string text = "Lie on your back with your knees bent and your feet flat on the floor.";
        Assert.Equal(1.0, Verify(text, text.ToUpperInvariant()).Similarity);
        var typo = Verify(text, text.Replace("knees", "kneees", StringComparison.Ordinal)).Similarity;
        Assert.InRange(typo, 0.95, 0.9999);
    }

    [Fact]
    public void NumberInsideAWordIsANumberNotATypo()
    {
        Assert.Equal(NonDuplicateReason.Number, Verify("Use a 4kg kettlebell for this one.", "Use a 6kg kettlebell for this one.").Reason);
    }
}
