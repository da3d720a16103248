using Limber.Text;

namespace Limber.Tests.Core.Text;

public class NumberWordsTests
{
    [Theory]
    [InlineData("seven", 7)]
    [InlineData("Twenty", 20)]
    [InlineData("dozen", 12)]
    [InlineData("thousand", 1000)]
    public void CardinalsHaveTheirValues(string word, int value) => Assert.Equal(value, NumberWords.Cardinals[word]);

    [Fact]
    public void OrdinalsAndCountsAreNumberWordsButNotCardinals()
    {
        Assert.Equal(3, NumberWords.Ordinals["third"]);
        Assert.Contains("twice", (IReadOnlySet<string>)NumberWords.CountsAndShares);
        Assert.False(NumberWords.Cardinals.ContainsKey("twice"));
        Assert.Contains("half", NumberWords.All);
        Assert.Equal(NumberWords.Cardinals.Count + NumberWords.Ordinals.Count + NumberWords.CountsAndShares.Count, NumberWords.All.Distinct().Count());
    }
}
