using System.Collections.Immutable;
using System.Runtime.Intrinsics;

namespace Limber.References.CrossLinks;

/// <summary>
/// A list of names to suggest from when a reference misses ("did you mean …?"), prepared once: distinct, with their
/// lower-case forms. Suggestions are up to three names nearest by edit distance (case-insensitive), nearest first. A
/// name that contains the wanted text, or is contained in it, counts as distance 1. The allowed distance grows with the
/// length but is capped, so a suggestion is always a near miss, and long lists (10,000 pages) are searched quickly:
/// most names are ruled out by their letter counts alone, before any edit distance is computed.
/// </summary>
public sealed class NearestNames
{
    private readonly (string Name, string Lower)[] _names;
    private readonly Vector256<byte>[] _letters;

    public NearestNames(IEnumerable<string> names)
    {
        _names = [.. names.Distinct(StringComparer.Ordinal).Select(n => (n, n.ToLowerInvariant()))];
        _letters = [.. _names.Select(n => Letters(n.Lower))];
    }

    public ImmutableArray<string> Closest(string wanted)
    {
        var w = wanted.ToLowerInvariant();
        var max = Math.Min(Math.Max(3, w.Length / 2), 8);
        var letters = Letters(w);
        var near = new List<(string Name, int Distance)>();
        for (var i = 0; i < _names.Length; i++)
        {
            var (name, lower) = _names[i];
            var d = Contains(w, lower) ? 1 : LowerBound(letters, _letters[i]) > max ? max + 1 : Distance(w, lower, max);
            if (d <= max)
            {
                near.Add((name, d));
            }
        }

        return [.. near.OrderBy(x => x.Distance).ThenBy(x => x.Name, StringComparer.Ordinal).Take(3).Select(x => x.Name)];
    }

    // One containing the other ("nope" in "nope-not") counts as near as a one-letter typo.
    private static bool Contains(string wanted, string candidate) =>
        wanted.Length >= 3 && (candidate.Contains(wanted, StringComparison.Ordinal) || wanted.Contains(candidate, StringComparison.Ordinal));

    /// <summary>How many times each kind of character occurs (a–z, four classes of digit, '-', anything else), up to 255.</summary>
    private static Vector256<byte> Letters(string lower)
    {
        Span<byte> counts = stackalloc byte[32];
        foreach (var c in lower)
        {
            var kind = c is >= 'a' and <= 'z' ? c - 'a' : c is >= '0' and <= '9' ? 26 + ((c - '0') % 4) : c == '-' ? 30 : 31;
            if (counts[kind] < byte.MaxValue)
            {
                counts[kind]++;
            }
        }

        return Vector256.Create((ReadOnlySpan<byte>)counts);
    }

    /// <summary>
    /// A lower bound on the edit distance of two names from their character counts: an insertion or deletion changes
    /// one count by one, a substitution two counts by one each, so the distance is at least half the counts' total difference.
    /// </summary>
    private static int LowerBound(Vector256<byte> a, Vector256<byte> b)
    {
        var difference = Vector256.Max(a, b) - Vector256.Min(a, b);
        var (low, high) = Vector256.Widen(difference);
        return (Vector256.Sum(low + high) + 1) / 2;
    }

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
