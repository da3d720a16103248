using Limber.Dedupe;

namespace Limber.Tests.Dedupe;

public class UnionFindTests
{
    [Fact]
    public void ChainsCollapseIntoOneSet()
    {
        var uf = new UnionFind(6);
        Assert.True(uf.Union(0, 1));
        Assert.True(uf.Union(1, 2));
        Assert.True(uf.Union(4, 3));
        Assert.False(uf.Union(2, 0));
        Assert.Equal(uf.Find(0), uf.Find(2));
        Assert.NotEqual(uf.Find(0), uf.Find(3));
        Assert.Equal(3, uf.SizeOf(1));
        Assert.Equal(2, uf.SizeOf(3));
        Assert.Equal(1, uf.SizeOf(5));
        Assert.True(uf.Union(3, 2));
        Assert.Equal(5, uf.SizeOf(4));
    }

    [Fact]
    public void LongChainFindsOneRoot()
    {
        var uf = new UnionFind(10_000);
        for (var i = 1; i < uf.Count; i++)
        {
            uf.Union(i - 1, i);
        }

        var root = uf.Find(0);
        Assert.All(Enumerable.Range(0, uf.Count), i => Assert.Equal(root, uf.Find(i)));
    }
}
