using System.Numerics;
using System.Runtime.Intrinsics;
using Limber.Collections;

namespace Limber.Dedupe;

/// <summary>
/// Finds candidate near-duplicate pairs in time near-linear in the number of passages:
/// MinHash signatures over word 3-shingles with LSH banding (catches sentence edits and multi-edit copies),
/// plus a pigeonhole index on the two halves of each token sequence (catches a one-word typo even in a short passage,
/// where shingles change too much for MinHash).
/// </summary>
public sealed class CandidateFinder
{
    public const int Bands = 25;
    public const int Rows = 4;
    public const int HashCount = Bands * Rows;

    /// <summary>Band collisions whose estimated Jaccard similarity is below this are dropped before verification.</summary>
    public const double MinEstimatedJaccard = 0.5;

    /// <summary>Buckets larger than this are truncated (guards against a pathological corpus; far above what real text gives).</summary>
    public const int MaxBucket = 2000;

    private static readonly ulong[] MulA = MakeConstants(0x5DEECE66DUL, HashCount, odd: true);
    private static readonly ulong[] AddB = MakeConstants(0x9E3779B97F4A7C15UL, HashCount, odd: false);

    /// <summary>Candidate pairs (i &lt; j) of indexes into <paramref name="texts"/>, sorted and without repeats.</summary>
    public static long[] Find(IReadOnlyList<NormalizedText> texts)
    {
        var n = texts.Count;
        var signatures = new uint[(long)n * HashCount];
        Parallel.For(0, n, i => Sign(texts[i], signatures.AsSpan(i * HashCount, HashCount)));

        var pairs = new List<long>();
        var perBand = new List<long>[Bands];
        var lengths = texts.Select(t => t.TokenCount).ToArray();
        Parallel.For(0, Bands, band => perBand[band] = BandPairs(signatures, lengths, n, band));
        foreach (var list in perBand)
        {
            pairs.AddRange(list);
        }

        pairs.AddRange(HalfPairs(texts, 0));
        pairs.AddRange(HalfPairs(texts, 1));
        return SortedArrays.ToSortedDistinct(pairs.ToArray());
    }

    public static long Pair(int i, int j) => i < j ? ((long)i << 32) | (uint)j : ((long)j << 32) | (uint)i;

    public static (int I, int J) Unpair(long pair) => ((int)(pair >> 32), (int)(pair & 0xFFFFFFFF));

    /// <summary>MinHash signature: for each of <see cref="HashCount"/> hash functions, the least value over the passage's word 3-shingles.</summary>
    internal static void Sign(NormalizedText text, Span<uint> signature)
    {
        signature.Fill(uint.MaxValue);
        var h = text.Hashes;
        if (h.Length == 0)
        {
            return;
        }

        var shingles = Math.Max(1, h.Length - 2);
        for (var s = 0; s < shingles; s++)
        {
            var x = h.Length < 3
                ? Hashing.Mix(h[0] ^ (h.Length > 1 ? ulong.RotateLeft(h[1], 21) : 0))
                : Hashing.Mix(h[s] ^ ulong.RotateLeft(h[s + 1], 21) ^ ulong.RotateLeft(h[s + 2], 42));
            // One 64-bit multiply-add gives two 32-bit hash values (its high and low halves).
            for (var k = 0; k < HashCount / 2; k++)
            {
                var y = (x * MulA[k]) + AddB[k];
                var hi = (uint)(y >> 32);
                var lo = (uint)y;
                if (hi < signature[2 * k])
                {
                    signature[2 * k] = hi;
                }

                if (lo < signature[(2 * k) + 1])
                {
                    signature[(2 * k) + 1] = lo;
                }
            }
        }
    }

    internal static double EstimatedJaccard(uint[] signatures, int i, int j)
    {
        var a = signatures.AsSpan(i * HashCount, HashCount);
        var b = signatures.AsSpan(j * HashCount, HashCount);
        var same = 0;
        var k = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            for (; k + Vector128<uint>.Count <= HashCount; k += Vector128<uint>.Count)
            {
                var eq = Vector128.Equals(Vector128.Create(a.Slice(k, Vector128<uint>.Count)), Vector128.Create(b.Slice(k, Vector128<uint>.Count)));
                same += BitOperations.PopCount(eq.ExtractMostSignificantBits());
            }
        }

        for (; k < HashCount; k++)
        {
            same += a[k] == b[k] ? 1 : 0;
        }

        return (double)same / HashCount;
    }

    /// <summary>Copies differ by at most one sentence of a passage of four or more: the shorter keeps at least half of the longer.</summary>
    private static bool PlausibleLengths(int a, int b) => 2 * (Math.Min(a, b) + 2) >= Math.Max(a, b);

    private static List<long> BandPairs(uint[] signatures, int[] lengths, int n, int band)
    {
        var keys = new ulong[n];
        var ids = new int[n];
        for (var i = 0; i < n; i++)
        {
            var row = signatures.AsSpan((i * HashCount) + (band * Rows), Rows);
            ulong key = (ulong)band + 1;
            foreach (var v in row)
            {
                key = Hashing.Mix(key ^ v);
            }

            keys[i] = key;
            ids[i] = i;
        }

        Array.Sort(keys, ids);
        var pairs = new List<long>();
        for (var start = 0; start < n;)
        {
            var end = start + 1;
            while (end < n && keys[end] == keys[start])
            {
                end++;
            }

            var stop = Math.Min(end, start + MaxBucket);
            for (var x = start; x < stop; x++)
            {
                for (var y = x + 1; y < stop; y++)
                {
                    int i = ids[x], j = ids[y];
                    if (!PlausibleLengths(lengths[i], lengths[j]) || !SameBand(signatures, i, j, band) || CollidedEarlier(signatures, i, j, band))
                    {
                        continue;
                    }

                    if (EstimatedJaccard(signatures, i, j) >= MinEstimatedJaccard)
                    {
                        pairs.Add(Pair(i, j));
                    }
                }
            }

            start = end;
        }

        return pairs;
    }

    private static bool SameBand(uint[] signatures, int i, int j, int band) =>
        signatures.AsSpan((i * HashCount) + (band * Rows), Rows).SequenceEqual(signatures.AsSpan((j * HashCount) + (band * Rows), Rows));

    private static bool CollidedEarlier(uint[] signatures, int i, int j, int band)
    {
        for (var b = 0; b < band; b++)
        {
            if (SameBand(signatures, i, j, b))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Pairs with the same token count and an identical first (half 0) or second (half 1) half: one substituted word leaves one half intact.</summary>
    private static List<long> HalfPairs(IReadOnlyList<NormalizedText> texts, int half)
    {
        var keyList = new List<ulong>(texts.Count);
        var idList = new List<int>(texts.Count);
        for (var i = 0; i < texts.Count; i++)
        {
            var h = texts[i].Hashes;
            if (h.Length < 2)
            {
                continue;
            }

            var mid = h.Length / 2;
            var (from, to) = half == 0 ? (0, mid) : (h.Length - mid, h.Length);
            var key = Hashing.Mix(((ulong)h.Length << 1) | (uint)half);
            for (var k = from; k < to; k++)
            {
                key = Hashing.Mix(key ^ h[k]);
            }

            keyList.Add(key);
            idList.Add(i);
        }

        var sortedKeys = keyList.ToArray();
        var sortedIds = idList.ToArray();
        Array.Sort(sortedKeys, sortedIds);
        var keys = sortedKeys.Zip(sortedIds, (k, id) => (Key: k, Id: id)).ToArray();
        var pairs = new List<long>();
        for (var start = 0; start < keys.Length;)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end].Key == keys[start].Key)
            {
                end++;
            }

            var stop = Math.Min(end, start + MaxBucket);
            for (var x = start; x < stop; x++)
            {
                for (var y = x + 1; y < stop; y++)
                {
                    // Same length and one half equal: keep the pair only if the other half differs in at most two tokens.
                    if (FewMismatches(texts[keys[x].Id].Hashes, texts[keys[y].Id].Hashes, 2))
                    {
                        pairs.Add(Pair(keys[x].Id, keys[y].Id));
                    }
                }
            }

            start = end;
        }

        return pairs;
    }

    private static bool FewMismatches(ulong[] a, ulong[] b, int limit)
    {
        var mismatches = 0;
        for (var k = 0; k < a.Length && k < b.Length; k++)
        {
            if (a[k] != b[k] && ++mismatches > limit)
            {
                return false;
            }
        }

        return true;
    }

    private static ulong[] MakeConstants(ulong seed, int count, bool odd)
    {
        var result = new ulong[count];
        var state = seed;
        for (var k = 0; k < count; k++)
        {
            state += 0x9E3779B97F4A7C15UL;
            var v = Hashing.Mix(state);
            result[k] = odd ? v | 1 : v;
        }

        return result;
    }
}
