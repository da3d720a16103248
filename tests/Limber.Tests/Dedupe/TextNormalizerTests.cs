using Limber.Dedupe;

namespace Limber.Tests.Dedupe;

public class TextNormalizerTests
{
    [Fact]
    public void FoldsEntitiesQuotesDashesWhitespaceAndFullWidthForms()
    {
        Assert.Equal("It's a \"test\" - done... Fine", TextNormalizer.Fold("  It&rsquo;s\u00A0a “test”\t\u2014 done\u2026 Ｆｉｎｅ  "));
        Assert.Equal("a & b", TextNormalizer.Fold("a &amp;amp; b"));
        Assert.Equal("fine", TextNormalizer.Fold("\uFB01ne"));
    }

    [Fact]
    public void TokensIgnoreCaseApostrophesAndPunctuation()
    {
        var a = TextNormalizer.Normalize("Don't stop, RIGHT now.");
        var b = TextNormalizer.Normalize("dont stop right now");
        Assert.Equal(4, a.TokenCount);
        Assert.True(a.SameTokens(b));
        Assert.Equal("dont", a.Token(0));
        Assert.False(a.SameTokens(TextNormalizer.Normalize("don't stop right away")));
    }

    [Fact]
    public void NumbersStayWholeAndAreFlagged()
    {
        var n = TextNormalizer.Normalize("Lift 2.5 kg or 1,000 g ten times.");
        Assert.Equal(["Lift", "2.5", "kg", "or", "1,000", "g", "ten", "times"], Enumerable.Range(0, n.TokenCount).Select(i => n.Cased(i).ToString()));
        Assert.True(n.Flags[1].HasFlag(TokenFlags.Number));
        Assert.True(n.Flags[4].HasFlag(TokenFlags.Number));
        Assert.True(n.Flags[6].HasFlag(TokenFlags.Number));
        Assert.False(n.Flags[2].HasFlag(TokenFlags.Number));
    }

    [Fact]
    public void CountsSentencesButNotAbbreviations()
    {
        Assert.Equal(3, TextNormalizer.Normalize("One here. Two there! Three, e.g. this? ").SentenceCount);
        Assert.Equal(1, TextNormalizer.Normalize("Ask Dr. Smith about it").SentenceCount);
        var flags = TextNormalizer.Normalize("I met Anna. She runs.").Flags;
        Assert.True(flags[2].HasFlag(TokenFlags.Capitalized) && !flags[2].HasFlag(TokenFlags.SentenceStart));
        Assert.True(flags[3].HasFlag(TokenFlags.SentenceStart));
    }

    [Theory]
    [InlineData("• Stretch daily", "Stretch daily", true, false)]
    [InlineData("- Stretch daily", "Stretch daily", true, false)]
    [InlineData("* Stretch daily", "Stretch daily", true, false)]
    [InlineData("Stretch daily. Read more", "Stretch daily.", false, true)]
    [InlineData("Stretch daily. READ MORE >>", "Stretch daily.", false, true)]
    [InlineData("Stretch daily Read more »", "Stretch daily", false, true)]
    [InlineData("Stretch daily... Continue reading", "Stretch daily...", false, true)]
    [InlineData("You should read more.", "You should read more.", false, false)]
    [InlineData("-5 degrees is cold", "-5 degrees is cold", false, false)]
    public void StripsLeadingBulletAndTrailingReadMoreOnly(string raw, string text, bool bullet, bool readMore)
    {
        var n = TextNormalizer.Normalize(raw);
        Assert.Equal(text, n.Text);
        Assert.Equal(bullet, n.HadBullet);
        Assert.Equal(readMore, n.HadReadMore);
    }
}
