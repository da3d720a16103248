using Limber.References.CrossLinks;

namespace Limber.Tests.References.CrossLinks;

public class CrossRefsTests
{
    [Fact]
    public void FindsXrefsAndWikiLinks()
    {
        var found = CrossRefs.Find("[sciatica](xref:sciatica#causes) and [[Hip Flexors|the flexors]] and <xref:home>");
        Assert.Equal(3, found.Count);
        Assert.Equal(("sciatica", "causes"), (found[0].Target, found[0].Fragment));
        Assert.Equal(("Hip Flexors", "the flexors"), (found[1].Target, found[1].Label));
        Assert.Equal("home", found[2].Target);
    }

    [Theory]
    [InlineData("see [[1]](notes.md) for the source")]
    [InlineData("see [[1]][notes] for the source")]
    [InlineData("see \\[[1]] escaped")]
    public void BracketedLinkTextIsNotAWikiLink(string text) => Assert.Empty(CrossRefs.Find(text));
}
