using Limber.Render.Search;

namespace Limber.Tests.Render.Search;

public class ExcerptTextTests
{
    private static string Excerpt(int limit, params string[] pieces)
    {
        var excerpt = new ExcerptText(limit);
        foreach (var piece in pieces)
        {
            excerpt.Add(piece);
        }

        return excerpt.ToString();
    }

    [Fact]
    public void WhiteSpaceIsCollapsedAndTrimmedAcrossPieces()
    {
        Assert.Equal("Hip hinge basics for a sore back", Excerpt(100, "  Hip\n\nhinge ", "\tbasics", " for a\u00a0", "sore back \n"));
    }

    [Fact]
    public void WordsThatMeetAcrossPiecesStayOneWord()
    {
        Assert.Equal("Glutes and hamstrings", Excerpt(100, "Glu", "tes", " and ham", "strings"));
    }

    [Theory]
    [InlineData(10, "one two three four", "one two th")]
    [InlineData(7, "one two three", "one two")]
    [InlineData(8, "one two three", "one two ")] // the space before a word that starts at the limit is kept, then cut
    public void TextStopsAtTheLimit(int limit, string text, string expected)
    {
        var excerpt = new ExcerptText(limit);
        excerpt.Add(text);

        Assert.Equal(expected, excerpt.ToString());
        Assert.True(excerpt.Full);
    }

    /// <summary>The rule, one character at a time, as the reference.</summary>
    private static string ByTheRule(int limit, IEnumerable<string> pieces)
    {
        var text = new System.Text.StringBuilder();
        var space = false;
        foreach (var c in pieces.SelectMany(p => p))
        {
            if (text.Length >= limit)
            {
                break;
            }

            if (char.IsWhiteSpace(c))
            {
                space = text.Length > 0;
            }
            else
            {
                if (space)
                {
                    text.Append(' ');
                    space = false;
                }

                text.Append(c);
            }
        }

        return text.Length > limit ? text.ToString(0, limit) : text.ToString();
    }

    [Fact]
    public void MixedPiecesReadAsTheRuleSays()
    {
        string[] words = ["a", "hip", "stretch", "é", "背中", " ", "  ", "\n", "\u00a0", "\u2003", "\t", "x y", "long-word-with-dashes"];
        var random = new Random(11);
        for (var round = 0; round < 2000; round++)
        {
            var pieces = Enumerable.Range(0, random.Next(1, 8))
                .Select(_ => string.Concat(Enumerable.Range(0, random.Next(0, 6)).Select(_ => words[random.Next(words.Length)])))
                .ToArray();
            var limit = random.Next(1, 40);

            Assert.Equal(ByTheRule(limit, pieces), Excerpt(limit, pieces));
        }
    }
}
