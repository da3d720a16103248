using Limber.Render.Search;

namespace Limber.Tests.Render.Search;

public class PageWordCountsTests
{
    private static Dictionary<string, (byte Fixed, int Occurrences)> Read(PageWordCounts counts) =>
        Enumerable.Range(0, counts.Count).ToDictionary(i => counts.Word(i).ToString(), i => (counts.Fixed(i), counts.Occurrences(i)));

    [Fact]
    public void CountsEachWordAndKeepsItsHighestFixedWeightInTheOrderFirstSeen()
    {
        var counts = new PageWordCounts();
        counts.Add("hip", 8, 0);
        counts.Add("stretch", 0, 1);
        counts.Add("hip", 3, 1);
        counts.Add("hip", 0, 1);

        Assert.Equal(["hip", "stretch"], Enumerable.Range(0, counts.Count).Select(i => counts.Word(i).ToString()));
        Assert.Equal((8, 2), Read(counts)["hip"]);
        Assert.Equal((0, 1), Read(counts)["stretch"]);
    }

    [Fact]
    public void ThousandsOfDistinctWordsGrowTheTableWithoutLosingAny()
    {
        var counts = new PageWordCounts();
        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < 5000; i++)
            {
                counts.Add("w" + i, 0, 1);
            }
        }

        Assert.Equal(5000, counts.Count);
        Assert.All(Read(counts).Values, v => Assert.Equal(3, v.Occurrences));
    }

    [Fact]
    public void ClearStartsAnEmptyPage()
    {
        var counts = new PageWordCounts();
        counts.Add("back", 0, 4);
        counts.Clear();
        counts.Add("knee", 0, 1);

        Assert.Equal(1, counts.Count);
        Assert.Equal("knee", counts.Word(0).ToString());
        Assert.Equal(1, counts.Occurrences(0));
    }
}
