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

    [Fact]
    public void AWordMetAgainOnALaterPageStartsItsCountAgainAndKeepsItsId()
    {
        var counts = new PageWordCounts();
        var asked = new List<string>();
        int IdOf(string word)
        {
            asked.Add(word);
            return 100 + asked.Count;
        }

        counts.Add("back", 8, 3);
        counts.Add("pain", 0, 1);
        var back = counts.Id(0, IdOf);
        counts.Clear();
        counts.Add("knee", 0, 1);
        counts.Add("back", 0, 2);

        Assert.Equal(["knee", "back"], Enumerable.Range(0, counts.Count).Select(i => counts.Word(i).ToString()));
        Assert.Equal((0, 2), Read(counts)["back"]); // neither the earlier page's count nor its fixed weight
        Assert.Equal(back, counts.Id(1, IdOf));
        Assert.Equal(back, counts.Id(1, IdOf));
        Assert.Equal(102, counts.Id(0, IdOf));
        Assert.Equal(["back", "knee"], asked); // each word asked for once
    }

    [Fact]
    public void AThreadThatHasMetTooManyWordsForgetsThemAtTheNextPage()
    {
        var counts = new PageWordCounts();
        var asked = 0;
        for (var i = 0; i <= PageWordCounts.MaxWords; i++)
        {
            counts.Add("w" + i, 0, 1);
        }

        counts.Id(0, _ => ++asked);
        counts.Clear();
        counts.Add("w0", 0, 1);
        counts.Id(0, _ => ++asked);

        Assert.Equal(1, counts.Count);
        Assert.Equal(2, asked); // forgotten, so asked again
    }
}
