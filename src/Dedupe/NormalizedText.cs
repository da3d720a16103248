namespace Limber.Dedupe;

/// <summary>Per-token flags kept by <see cref="NormalizedText"/>.</summary>
[Flags]
public enum TokenFlags : byte
{
    None = 0,

    /// <summary>The token starts with an upper-case letter in the source.</summary>
    Capitalized = 1,

    /// <summary>The first token of a sentence.</summary>
    SentenceStart = 2,

    /// <summary>Digits ("10", "2.5") or a number word ("ten", "twice", "third").</summary>
    Number = 4,
}

/// <summary>
/// A passage folded for comparison: entities decoded, NFKC, quotes and dashes folded, whitespace collapsed,
/// a leading bullet and a trailing "Read more" removed. Tokens are runs of letters and digits, compared
/// case-insensitively through 64-bit hashes; their spans point into <see cref="Text"/>.
/// </summary>
public sealed class NormalizedText
{
    internal NormalizedText(string text, int[] starts, int[] lengths, ulong[] hashes, TokenFlags[] flags, int sentenceCount, bool hadBullet, bool hadReadMore)
    {
        Text = text;
        Starts = starts;
        Lengths = lengths;
        Hashes = hashes;
        Flags = flags;
        SentenceCount = sentenceCount;
        HadBullet = hadBullet;
        HadReadMore = hadReadMore;
        ulong key = 0xcbf29ce484222325;
        foreach (var h in hashes)
        {
            key = Hashing.Mix((key ^ h) * 0x100000001b3);
        }

        Key = key ^ (ulong)hashes.Length;
    }

    /// <summary>The folded text, case preserved.</summary>
    public string Text { get; }

    public int[] Starts { get; }

    public int[] Lengths { get; }

    /// <summary>Case-folded hash of each token (letters and digits only, so "don't" = "dont").</summary>
    public ulong[] Hashes { get; }

    public TokenFlags[] Flags { get; }

    public int SentenceCount { get; }

    public bool HadBullet { get; }

    public bool HadReadMore { get; }

    /// <summary>Hash of the whole token sequence: equal keys (and equal <see cref="Hashes"/>) mean an exact duplicate after normalization.</summary>
    public ulong Key { get; }

    public int TokenCount => Hashes.Length;

    /// <summary>The token's letters and digits, lower-cased.</summary>
    public string Token(int i)
    {
        Span<char> buffer = stackalloc char[Math.Min(Lengths[i], 256)];
        var n = 0;
        foreach (var c in Text.AsSpan(Starts[i], Lengths[i]))
        {
            if (char.IsLetterOrDigit(c) && n < buffer.Length)
            {
                buffer[n++] = char.ToLowerInvariant(c);
            }
        }

        return new string(buffer[..n]);
    }

    /// <summary>The token as written (case preserved).</summary>
    public ReadOnlySpan<char> Cased(int i) => Text.AsSpan(Starts[i], Lengths[i]);

    /// <summary>Index of the sentence each token belongs to.</summary>
    public int[] SentenceOfTokens()
    {
        var result = new int[Flags.Length];
        var s = -1;
        for (var i = 0; i < Flags.Length; i++)
        {
            if (i == 0 || Flags[i].HasFlag(TokenFlags.SentenceStart))
            {
                s++;
            }

            result[i] = s;
        }

        return result;
    }

    public bool SameTokens(NormalizedText other) => Key == other.Key && Hashes.AsSpan().SequenceEqual(other.Hashes);
}

internal static class Hashing
{
    /// <summary>SplitMix64 finalizer.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9;
        z = (z ^ (z >> 27)) * 0x94d049bb133111eb;
        return z ^ (z >> 31);
    }
}
