namespace Limber.Collections;

/// <summary>Sorting an array in place and keeping each value once.</summary>
public static class SortedArrays
{
    /// <summary>Sorts <paramref name="array"/> and moves each distinct value to the front, once; returns how many there are.</summary>
    /// <param name="array">The values.</param>
    /// <param name="comparer">Their order; the default order (and equality) when null, which sorts numbers fastest.</param>
    public static int SortDistinct<T>(T[] array, IComparer<T>? comparer = null)
    {
        if (comparer is null)
        {
            Array.Sort(array);
        }
        else
        {
            Array.Sort(array, comparer);
        }

        var distinct = 0;
        for (var i = 0; i < array.Length; i++)
        {
            if (distinct == 0 || !(comparer is null ? EqualityComparer<T>.Default.Equals(array[i], array[distinct - 1]) : comparer.Compare(array[i], array[distinct - 1]) == 0))
            {
                array[distinct++] = array[i];
            }
        }

        return distinct;
    }

    /// <summary>The sorted distinct values of <paramref name="array"/>: the array itself when it had no repeats, else a shorter copy.</summary>
    public static T[] ToSortedDistinct<T>(T[] array, IComparer<T>? comparer = null)
    {
        var distinct = SortDistinct(array, comparer);
        return distinct == array.Length ? array : array[..distinct];
    }
}
