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
}
