using Limber.References.Citations;

namespace Limber.Tests.References.Citations;

public class CitationKeysTests
{
    [Fact]
    public void FindsCitationGroupsWithLocators()
    {
        var groups = CitationKeys.Find("As shown [@deyo2006, p. 4] and [see @a; @b]. Mail me@example.com [link](x.md) [@c]: def");
        Assert.Equal(2, groups.Count);
        Assert.Equal("deyo2006", groups[0].Keys[0].Key);
        Assert.Equal("p. 4", groups[0].Keys[0].Locator);
        Assert.Equal(["a", "b"], groups[1].Keys.Select(k => k.Key));
        Assert.Equal('@', "As shown [@deyo2006, p. 4]"[groups[0].Keys[0].Offset]);
    }

    [Theory]
    [InlineData("[@gardener on Mastodon][toot]")]
    [InlineData("[@gardener](https://example.org/@gardener)")]
    [InlineData("mail me at someone@example.org")]
    public void ReferenceLinksAndAddressesAreNotCitations(string text) => Assert.Empty(CitationKeys.Find(text));

    [Fact]
    public void PandocCitationsAreFound()
    {
        Assert.Equal(["smith2020"], CitationKeys.Find("Soil warms [@smith2020].").SelectMany(g => g.Keys).Select(k => k.Key));
        Assert.Single(CitationKeys.Find("As shown [-@smith2020]."));
    }
}
