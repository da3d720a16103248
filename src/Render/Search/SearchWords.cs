using System.Globalization;
using System.Numerics;
using System.Text;

namespace Limber.Render.Search;

/// <summary>Receives text, a piece at a time (the search index's word counter, the excerpt collector).</summary>
public interface ITextSink
{
    void Add(ReadOnlySpan<char> text);
}

/// <summary>
/// Words as the search index and the search script (<c>theme/assets/search.js</c>, function <c>words</c>) both read
/// them: runs of letters and numbers, each character folded on its own (its canonical decomposition's first character,
/// lower-cased: "É" is "e"); combining marks are dropped inside a word; anything else separates words. A word is cut at
/// <see cref="MaxLength"/> characters, and one-character words other than digits are not words.
/// </summary>
public static class SearchWords
{
    public const int MaxLength = 40;

    /// <summary>0: separator; 1: dropped inside a word (a combining mark); else the folded character. Built once.</summary>
    private static readonly Lazy<char[]> Fold = new(BuildFold);

    /// <summary>Calls <paramref name="word"/> for each word of <paramref name="text"/>, folded.</summary>
    public static void Each<TState>(ReadOnlySpan<char> text, TState state, WordAction<TState> word)
    {
        var sink = new DelegateSink<TState>(state, word);
        Each(text, ref sink);
    }

    /// <summary>
    /// Gives <paramref name="sink"/> each word of <paramref name="text"/>, folded, with its <see cref="Hash"/> worked out
    /// on the way. A struct sink is called directly (no delegate), which is how the search index counts a page's words.
    /// </summary>
    public static void Each<TSink>(ReadOnlySpan<char> text, ref TSink sink)
        where TSink : struct, IWordSink
    {
        var fold = Fold.Value;
        Span<char> buffer = stackalloc char[MaxLength];
        var length = 0;
        var hash = HashSeed;
        foreach (var c in text)
        {
            var f = fold[c];
            if (f > '\u0001')
            {
                // A letter or number, folded. The per-character step is one rotate and one xor (the multiply that
                // mixes the bits is done once per word, in Finish): the chain of multiplies was the loop's cost.
                if (length < MaxLength)
                {
                    buffer[length++] = f;
                    hash = BitOperations.RotateLeft(hash, 5) ^ f;
                }
            }
            else if (f == '\0')
            {
                if (IsWord(buffer[..length]))
                {
                    sink.Word(buffer[..length], Finish(hash));
                }

                length = 0;
                hash = HashSeed;
            }
        }

        if (IsWord(buffer[..length]))
        {
            sink.Word(buffer[..length], Finish(hash));
        }
    }

    /// <summary>Whether a run of folded letters and numbers is a word: two characters or more, or one digit.</summary>
    private static bool IsWord(ReadOnlySpan<char> run) => run.Length > 1 || (run.Length == 1 && char.IsAsciiDigit(run[0]));

    /// <summary>
    /// A word's hash, non-negative: each character rotated and xored in, then the bits mixed once (Murmur3's
    /// finalizer). Words are short and the tables using it are private, so no randomization is needed.
    /// </summary>
    public static int Hash(ReadOnlySpan<char> word)
    {
        var hash = HashSeed;
        foreach (var c in word)
        {
            hash = BitOperations.RotateLeft(hash, 5) ^ c;
        }

        return Finish(hash);
    }

    private static int Finish(uint hash)
    {
        hash ^= hash >> 16;
        hash *= 0x85EBCA6Bu;
        hash ^= hash >> 13;
        hash *= 0xC2B2AE35u;
        hash ^= hash >> 16;
        return (int)(hash & 0x7FFFFFFF);
    }

    private const uint HashSeed = 2166136261u;

    private readonly struct DelegateSink<TState>(TState state, WordAction<TState> word) : IWordSink
    {
        public void Word(ReadOnlySpan<char> folded, int hash) => word(state, folded);
    }

    /// <summary>The words of <paramref name="text"/>, folded (for tests and small inputs).</summary>
    public static List<string> Of(string text)
    {
        var words = new List<string>();
        Each(text, words, static (list, w) => list.Add(w.ToString()));
        return words;
    }

    private static char[] BuildFold()
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            if (char.IsSurrogate(c))
            {
                continue;
            }

            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                table[i] = '\u0001';
            }
            else if (char.IsLetter(c) || char.IsNumber(c))
            {
                var decomposed = c < 128 ? c.ToString() : c.ToString().Normalize(NormalizationForm.FormD);
                var folded = char.ToLowerInvariant(decomposed.Length > 0 ? decomposed[0] : c);
                table[i] = folded is '\0' or '\u0001' ? c : folded;
            }
        }

        return table;
    }
}

/// <summary>What <see cref="SearchWords.Each{TSink}"/> gives each word to: the folded word and its <see cref="SearchWords.Hash"/>.</summary>
public interface IWordSink
{
    void Word(ReadOnlySpan<char> word, int hash);
}

/// <summary>What <see cref="SearchWords.Each{TState}"/> calls for each word.</summary>
public delegate void WordAction<in TState>(TState state, ReadOnlySpan<char> word);
