using Limber.Render.Search;

namespace Limber.Tests.Render.Search;

public class WeightedTermsTests
{
    [Fact]
    public void WordsComeBackInIdOrderEachWithItsOwnWeight()
    {
        int[] ids = [900_000, 3, 0, 127, 128, 16_383, 16_384, 5];
        byte[] weights = [15, 1, 8, 2, 3, 4, 9, 12];
        var expected = ids.Zip(weights).OrderBy(p => p.First).Select(p => (p.First, p.Second)).ToList();

        var terms = WeightedTerms.From(ids.Zip(weights, WeightedTerms.Word).ToArray());

        Assert.Equal(ids.Length, terms.Count);
        Assert.Equal(expected, terms.Select(t => (t.Id, t.Weight)).ToList());
    }

    [Fact]
    public void ClosePagesWordsTakeAboutTwoBytesEach()
    {
        // 300 ids spread over 30,000 (gaps of about 100, times 16, fit two 7-bit bytes) instead of five bytes an id and weight.
        var ids = Enumerable.Range(0, 300).Select(i => 1_000 + (i * 100)).ToArray();
        var terms = WeightedTerms.From(ids.Select(id => WeightedTerms.Word(id, 15)).ToArray());

        Assert.Equal(300, terms.Count);
        Assert.InRange(terms.Bytes, 300, (2 * 300) + 1); // the first id, 1,000 × 16, takes three
    }

    [Theory]
    [InlineData(0u, 1)]
    [InlineData(127u, 1)]
    [InlineData(128u, 2)]
    [InlineData(16_383u, 2)]
    [InlineData(16_384u, 3)]
    [InlineData(uint.MaxValue, 5)]
    public void NumbersRoundTripInAsManyBytesAsTheirBitsNeed(uint value, int length)
    {
        var buffer = new byte[8];
        Assert.Equal(length, WeightedTerms.WriteVarint(buffer, value));
        Assert.Equal(length, WeightedTerms.VarintLength(value));
        var at = 0;
        Assert.Equal(value, WeightedTerms.ReadVarint(buffer, ref at));
        Assert.Equal(length, at);
    }

    [Fact]
    public void NoWordsIsEmpty()
    {
        Assert.Empty(WeightedTerms.From([]));
    }
}
