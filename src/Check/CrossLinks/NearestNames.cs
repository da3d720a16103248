using System.Collections.Immutable;

namespace Limber.Check.CrossLinks;

/// <summary>
/// A list of names to suggest from when a reference misses ("did you mean …?"), prepared once: distinct, with their
/// lower-case forms. Suggestions are up to three names nearest by edit distance (case-insensitive), nearest first. A
/// name that contains the wanted text, or is contained in it, counts as distance 1. The allowed distance grows with the
/// length but is capped, so a suggestion is always a near miss, and long lists (10,000 pages) are searched quickly.
/// </summary>
public sealed class NearestNames
{
    private readonly (string Name, string Lower)[] _names;

    public NearestNames(IEnumerable<string> names) =>
        _names = [.. names.Distinct(StringComparer.Ordinal).Select(n => (n, n.ToLowerInvariant()))];

    public ImmutableArray<string> Closest(string wanted)
    {
        var w = wanted.ToLowerInvariant();
        var max = Math.Min(Math.Max(3, w.Length / 2), 8);
        var near = new List<(string Name, int Distance)>();
        foreach (var (name, lower) in _names)
        {
            var d = Near(w, lower, max);
            if (d <= max)
            {
                near.Add((name, d));
            }
        }

        return [.. near.OrderBy(x => x.Distance).ThenBy(x => x.Name, StringComparer.Ordinal).Take(3).Select(x => x.Name)];
    }

    // One containing the other ("nope" in "nope-not") counts as near as a one-letter typo.
    private static int Near(string wanted, string candidate, int max) =>
        wanted.Length >= 3 && (candidate.Contains(wanted, StringComparison.Ordinal) || wanted.Contains(candidate, StringComparison.Ordinal)) ? 1 : Distance(wanted, candidate, max);

    /// <summary>
    /// Edit distance, or any value above <paramref name="max"/> as soon as it is certain to exceed it. Only the cells
    /// within <paramref name="max"/> of the diagonal are computed (a path that leaves that band costs more than
    /// <paramref name="max"/>), so a 50-character name costs about 50 × 17 cells instead of 50 × 50.
    /// </summary>
    public static int Distance(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        var over = max + 1;
        Span<int> rows = b.Length < 256 ? stackalloc int[2 * (b.Length + 2)] : new int[2 * (b.Length + 2)];
        var prev = rows[..(b.Length + 2)];
        var cur = rows[(b.Length + 2)..];
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = Math.Min(j, over);
        }

        prev[b.Length + 1] = over;
        for (var i = 1; i <= a.Length; i++)
        {
            var lo = Math.Max(1, i - max);
            var hi = Math.Min(b.Length, i + max);
            cur[0] = Math.Min(i, over);
            cur[lo - 1] = lo == 1 ? cur[0] : over;
            var rowMin = lo == 1 ? cur[0] : over;
            for (var j = lo; j <= hi; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var d = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                cur[j] = Math.Min(d, over);
                rowMin = Math.Min(rowMin, cur[j]);
            }

            cur[hi + 1] = over;
            if (rowMin > max)
            {
                return over;
            }

            var swap = prev;
            prev = cur;
            cur = swap;
        }

        return prev[b.Length];
    }
}
