using Limber.Collections;

namespace Limber.Check.Links;

/// <summary>A file's ids as a sorted array: a reference per id, searched by halving (a site keeps one per page until every page is read).</summary>
public sealed class IdSet : IReadOnlyCollection<string>
{
    private readonly string[] _sorted;

    public IdSet(IEnumerable<string> ids) => _sorted = SortedArrays.ToSortedDistinct([.. ids], StringComparer.Ordinal);

    public int Count => _sorted.Length;

    public bool Contains(string id) => Array.BinarySearch(_sorted, id, StringComparer.Ordinal) >= 0;

    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_sorted).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
