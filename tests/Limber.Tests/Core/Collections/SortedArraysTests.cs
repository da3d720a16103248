using Limber.Collections;

namespace Limber.Tests.Core.Collections;

public class SortedArraysTests
{
    [Fact]
    public void SortsAndKeepsEachValueOnce()
    {
        Assert.Equal([1, 2, 5, 9], SortedArrays.ToSortedDistinct(new[] { 5, 1, 9, 5, 2, 1, 9, 9 }));
        Assert.Equal([-3L, 0L, 1L << 40], SortedArrays.ToSortedDistinct(new[] { 1L << 40, 0L, -3L, 0L }));
        Assert.Empty(SortedArrays.ToSortedDistinct(Array.Empty<int>()));
    }

    [Fact]
    public void ReturnsTheSameArrayWhenNothingRepeats()
    {
        var values = new[] { 3, 1, 2 };
        Assert.Same(values, SortedArrays.ToSortedDistinct(values));
        Assert.Equal([1, 2, 3], values);
    }

    [Fact]
    public void UsesTheComparerForOrderAndSameness()
    {
        var words = new[] { "b", "A", "a", "B", "a" };
        Assert.Equal(["A", "B", "a", "b"], SortedArrays.ToSortedDistinct((string[])words.Clone(), StringComparer.Ordinal));
        var folded = SortedArrays.ToSortedDistinct((string[])words.Clone(), StringComparer.OrdinalIgnoreCase);
        Assert.Equal(2, folded.Length);
        Assert.Equal(["a", "b"], folded.Select(w => w.ToLowerInvariant()));
    }
}
