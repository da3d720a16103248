namespace Limber.Dedupe;

/// <summary>Why two passages are not duplicates.</summary>
public enum NonDuplicateReason
{
    None,

    /// <summary>A number differs ("Do 10 reps" / "Do 15 reps").</summary>
    Number,

    /// <summary>A proper name differs (the same bio or ad about another person or product).</summary>
    Name,

    /// <summary>The wording differs: a paraphrase, a synonym, more than the allowed typos, another passage.</summary>
    Wording,

    /// <summary>A sentence was added or removed in a passage too short for that to be cosmetic.</summary>
    ShortPassage,
}

/// <summary>The verifier's decision on one pair.</summary>
public readonly record struct Verdict(bool IsDuplicate, double Similarity, EditKinds Kinds, NonDuplicateReason Reason)
{
    public static Verdict Not(NonDuplicateReason reason) => new(false, 0, EditKinds.None, reason);
}

/// <summary>
/// Decides whether two normalized passages are the same passage re-published with cosmetic edits only.
/// Token sequences (case-folded letters and digits) must be equal except for at most <c>maxTypos</c> typo'd words
/// (edit distance 1 with transpositions, 2 in words of 8+ letters, or a word split/merged) and, when the longer copy has
/// at least <c>minSentences</c> sentences, one whole sentence added or removed. A differing number or proper name vetoes.
/// </summary>
public sealed class DuplicateVerifier(int maxTypos = 1, int minSentences = 4)
{
    public int MaxTypos { get; } = Math.Max(0, maxTypos);

    public int MinSentences { get; } = Math.Max(2, minSentences);

    public Verdict Verify(NormalizedText a, NormalizedText b)
    {
        if (a.SameTokens(b))
        {
            return new Verdict(true, 1.0, EditKinds.None, NonDuplicateReason.None);
        }

        var plain = Compare(new View(a), new View(b));
        if (plain.Ok)
        {
            return new Verdict(true, plain.Similarity, plain.Typos > 0 ? EditKinds.Typo : EditKinds.None, NonDuplicateReason.None);
        }

        var (longer, shorter) = a.SentenceCount >= b.SentenceCount ? (a, b) : (b, a);
        if (longer.SentenceCount - shorter.SentenceCount != 1 || shorter.TokenCount == 0)
        {
            return Verdict.Not(plain.Reason);
        }

        var flags = longer.Flags;
        var start = 0;
        while (start < flags.Length)
        {
            var end = start + 1;
            while (end < flags.Length && !flags[end].HasFlag(TokenFlags.SentenceStart))
            {
                end++;
            }

            var remaining = longer.TokenCount - (end - start);
            if (Math.Abs(remaining - shorter.TokenCount) <= 1)
            {
                var result = Compare(new View(longer, start, end - start), new View(shorter), explain: false);
                if (result.Ok)
                {
                    if (longer.SentenceCount < MinSentences)
                    {
                        return Verdict.Not(NonDuplicateReason.ShortPassage);
                    }

                    var similarity = result.Similarity * shorter.TokenCount / longer.TokenCount;
                    return new Verdict(true, similarity, EditKinds.Sentence | (result.Typos > 0 ? EditKinds.Typo : EditKinds.None), NonDuplicateReason.None);
                }
            }

            start = end;
        }

        return Verdict.Not(plain.Reason);
    }

    private readonly record struct Comparison(bool Ok, int Typos, double Similarity, NonDuplicateReason Reason);

    /// <summary>A token sequence, optionally with one range of tokens (a sentence) left out.</summary>
    private readonly struct View(NormalizedText text, int skipStart = 0, int skipLength = 0)
    {
        public NormalizedText Text { get; } = text;

        public int Count => Text.TokenCount - skipLength;

        public int Map(int i) => i < skipStart ? i : i + skipLength;

        public ulong Hash(int i) => Text.Hashes[Map(i)];
    }

    private Comparison Compare(View a, View b, bool explain = true)
    {
        var na = a.Count;
        var nb = b.Count;
        var p = 0;
        while (p < na && p < nb && a.Hash(p) == b.Hash(p))
        {
            p++;
        }

        var s = 0;
        while (s < na - p && s < nb - p && a.Hash(na - 1 - s) == b.Hash(nb - 1 - s))
        {
            s++;
        }

        var ma = na - p - s;
        var mb = nb - p - s;
        var longest = Math.Max(na, nb);
        if (ma == 0 && mb == 0)
        {
            return new Comparison(true, 0, 1.0, NonDuplicateReason.None);
        }

        if (ma == mb)
        {
            var typos = 0;
            var loss = 0.0;
            for (var j = 0; j < ma; j++)
            {
                int ia = a.Map(p + j), ib = b.Map(p + j);
                if (a.Text.Hashes[ia] == b.Text.Hashes[ib])
                {
                    continue;
                }

                var (isTypo, reason, distance) = IsTypo(a.Text, ia, b.Text, ib);
                if (!isTypo || ++typos > MaxTypos)
                {
                    return new Comparison(false, typos, 0, isTypo && explain ? Classify(a, p, ma, b, p, mb) : reason);
                }

                loss += (double)distance / Math.Max(a.Text.Lengths[ia], b.Text.Lengths[ib]);
            }

            return new Comparison(true, typos, 1.0 - (loss / longest), NonDuplicateReason.None);
        }

        if (MaxTypos >= 1 && Math.Abs(ma - mb) == 1 && Math.Max(ma, mb) == 2 && Math.Min(ma, mb) == 1)
        {
            // A word split or merged by a typo: "hip flexors" / "hipflexors".
            var (one, two, oneStart, twoStart) = ma == 1 ? (a, b, p, p) : (b, a, p, p);
            int i1 = one.Map(oneStart), i2 = two.Map(twoStart), i3 = two.Map(twoStart + 1);
            var anyNumber = ((one.Text.Flags[i1] | two.Text.Flags[i2] | two.Text.Flags[i3]) & TokenFlags.Number) != 0;
            if (!anyNumber)
            {
                var joined = two.Text.Token(i2) + two.Text.Token(i3);
                var single = one.Text.Token(i1);
                if (joined.Length >= 4 && Osa(joined, single, 1) <= 1)
                {
                    return new Comparison(true, 1, 1.0 - (1.0 / longest), NonDuplicateReason.None);
                }
            }
        }

        return new Comparison(false, 0, 0, explain ? Classify(a, p, ma, b, p, mb) : NonDuplicateReason.Wording);
    }

    /// <summary>Why the differing middles of two sequences are not cosmetic: a number or a name among the differing tokens, else wording.</summary>
    private static NonDuplicateReason Classify(View a, int pa, int ma, View b, int pb, int mb)
    {
        var name = false;
        foreach (var (view, start, count, other, otherStart, otherCount) in new[] { (a, pa, ma, b, pb, mb), (b, pb, mb, a, pa, ma) })
        {
            for (var j = 0; j < count; j++)
            {
                var i = view.Map(start + j);
                var flags = view.Text.Flags[i];
                if ((flags & (TokenFlags.Number | TokenFlags.Capitalized)) == 0)
                {
                    continue;
                }

                var hash = view.Text.Hashes[i];
                var shared = false;
                for (var k = 0; k < otherCount && !shared; k++)
                {
                    shared = other.Hash(otherStart + k) == hash;
                }

                if (shared)
                {
                    continue;
                }

                if (flags.HasFlag(TokenFlags.Number))
                {
                    return NonDuplicateReason.Number;
                }

                name |= IsName(flags);
            }
        }

        return name ? NonDuplicateReason.Name : NonDuplicateReason.Wording;
    }

    private static bool IsName(TokenFlags flags) => flags.HasFlag(TokenFlags.Capitalized) && !flags.HasFlag(TokenFlags.SentenceStart);

    /// <summary>Whether two different tokens are one word with a typo.</summary>
    internal static (bool IsTypo, NonDuplicateReason Reason, int Distance) IsTypo(NormalizedText a, int ia, NormalizedText b, int ib)
    {
        var fa = a.Flags[ia];
        var fb = b.Flags[ib];
        if (((fa | fb) & TokenFlags.Number) != 0)
        {
            return (false, NonDuplicateReason.Number, 0);
        }

        if (IsName(fa) && IsName(fb))
        {
            return (false, NonDuplicateReason.Name, 0);
        }

        var x = a.Token(ia);
        var y = b.Token(ib);
        var shortest = Math.Min(x.Length, y.Length);
        if (shortest < 3)
        {
            return (false, NonDuplicateReason.Wording, 0);
        }

        var limit = shortest >= 8 ? 2 : 1;
        var d = Osa(x, y, limit);
        return d <= limit ? (true, NonDuplicateReason.None, d) : (false, NonDuplicateReason.Wording, 0);
    }

    /// <summary>Optimal string alignment distance (Levenshtein plus adjacent transposition); returns limit+1 once it exceeds limit.</summary>
    internal static int Osa(string x, string y, int limit)
    {
        if (Math.Abs(x.Length - y.Length) > limit)
        {
            return limit + 1;
        }

        var n = x.Length;
        var m = y.Length;
        var prev2 = new int[m + 1];
        var prev = new int[m + 1];
        var cur = new int[m + 1];
        for (var j = 0; j <= m; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= n; i++)
        {
            cur[0] = i;
            var rowMin = cur[0];
            for (var j = 1; j <= m; j++)
            {
                var cost = x[i - 1] == y[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1])
                {
                    v = Math.Min(v, prev2[j - 2] + 1);
                }

                cur[j] = v;
                rowMin = Math.Min(rowMin, v);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            (prev2, prev, cur) = (prev, cur, prev2);
        }

        return Math.Min(prev[m], limit + 1);
    }
}
