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

    /// <summary>Edit distance, or any value above <paramref name="max"/> as soon as it is certain to exceed it.</summary>
    public static int Distance(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        Span<int> rows = b.Length < 256 ? stackalloc int[2 * (b.Length + 1)] : new int[2 * (b.Length + 1)];
        var prev = rows[..(b.Length + 1)];
        var cur = rows[(b.Length + 1)..];
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            var rowMin = cur[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.Min(rowMin, cur[j]);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            var swap = prev;
            prev = cur;
            cur = swap;
        }

        return prev[b.Length];
    }
}
