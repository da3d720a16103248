using System.Buffers;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Limber.Dedupe;

/// <summary>Folds a passage into a <see cref="NormalizedText"/>. Pure and thread-safe.</summary>
public static partial class TextNormalizer
{
    /// <summary>Number words are folded like numbers: the shared table, whose words are lower case as tokens are.</summary>
    private static readonly HashSet<string> NumberWords = new(Limber.Text.NumberWords.All, StringComparer.Ordinal);

    private static readonly HashSet<ulong> NumberWordHashes = [.. NumberWords.Select(TokenHash)];

    // Per-thread scratch buffers for the tokenizer; results are copied out at the right length.
    [ThreadStatic]
    private static int[]? _starts;
    [ThreadStatic]
    private static int[]? _lengths;
    [ThreadStatic]
    private static ulong[]? _hashes;
    [ThreadStatic]
    private static TokenFlags[]? _flags;

    public static bool IsNumberWord(string lowerToken) => NumberWords.Contains(lowerToken);

    /// <summary>The hash <see cref="NormalizedText.Hashes"/> holds for a token of letters and digits.</summary>
    public static ulong TokenHash(string token)
    {
        ulong h = 0xcbf29ce484222325;
        foreach (var c in token)
        {
            h = (h ^ char.ToLowerInvariant(c)) * 0x100000001b3;
        }

        return Hashing.Mix(h);
    }

    public static NormalizedText Normalize(string raw) => NormalizeFolded(Fold(raw));

    /// <summary><see cref="Normalize"/> for text already passed through <see cref="Fold"/>.</summary>
    public static NormalizedText NormalizeFolded(string folded)
    {
        var text = folded;
        var hadBullet = false;
        var bullet = text.Length > 0 && !char.IsLetterOrDigit(text[0]) ? LeadingBullet().Match(text) : Match.Empty;
        if (bullet.Success)
        {
            text = text[bullet.Length..];
            hadBullet = true;
        }

        var hadReadMore = false;
        var readMore = MayEndWithReadMore(text) ? TrailingReadMore().Match(text) : Match.Empty;
        if (readMore.Success && readMore.Index > 0)
        {
            text = text[..readMore.Index].TrimEnd();
            hadReadMore = true;
        }

        return Tokenize(text, hadBullet, hadReadMore);
    }

    /// <summary>Cheap test before the "Read more" pattern: the last 60 characters mention "more", "reading" or "the full/whole/rest".</summary>
    internal static bool MayEndWithReadMore(string text)
    {
        var tail = text.AsSpan(Math.Max(0, text.Length - 60));
        return tail.Contains("read", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Entity decoding, NFKC, quote/dash folding, zero-width removal and whitespace collapsing (case preserved).</summary>
    public static string Fold(string raw)
    {
        var s = DecodeEntities(raw);
        if (!s.IsNormalized(NormalizationForm.FormKC))
        {
            s = s.Normalize(NormalizationForm.FormKC);
        }

        // Limber runs with InvariantGlobalization, where NFKC is not available: fold the common compatibility forms here.
        if (HasCompatibilityForm(s))
        {
            var folded = new StringBuilder(s.Length + 8);
            foreach (var c in s)
            {
                folded.Append(CompatibilityForm(c) ?? c.ToString());
            }

            s = folded.ToString();
        }

        var buffer = ArrayPool<char>.Shared.Rent(s.Length);
        try
        {
            var length = 0;
            var pendingSpace = false;
            foreach (var c in s)
            {
                if (c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD')
                {
                    continue;
                }

                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = length > 0;
                    continue;
                }

                if (pendingSpace)
                {
                    buffer[length++] = ' ';
                    pendingSpace = false;
                }

                buffer[length++] = FoldChar(c);
            }

            var folded = buffer.AsSpan(0, length);
            return folded.SequenceEqual(raw) ? raw : new string(folded);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    public static string DecodeEntities(string raw)
    {
        var s = raw;
        for (var round = 0; round < 2 && s.Contains('&'); round++)
        {
            var decoded = WebUtility.HtmlDecode(s);
            if (decoded == s)
            {
                break;
            }

            s = decoded;
        }

        return s;
    }

    /// <summary>The NFKC replacement of a full-width form, a Latin ligature or the ellipsis; null for any other character.</summary>
    public static string? CompatibilityForm(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => ((char)(c - 0xFEE0)).ToString(),
        '\uFB00' => "ff",
        '\uFB01' => "fi",
        '\uFB02' => "fl",
        '\uFB03' => "ffi",
        '\uFB04' => "ffl",
        '\uFB05' or '\uFB06' => "st",
        '\u2026' => "...",
        '\u2024' => ".",
        '\u2025' => "..",
        _ => null,
    };

    private static bool HasCompatibilityForm(string s)
    {
        foreach (var c in s)
        {
            if (c >= '\u2024' && CompatibilityForm(c) is not null)
            {
                return true;
            }
        }

        return false;
    }

    public static char FoldChar(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u0060' or '\u00B4' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\u2E3A' or '\u2E3B' => '-',
        _ => c,
    };

    private static NormalizedText Tokenize(string text, bool hadBullet, bool hadReadMore)
    {
        var capacity = (text.Length / 2) + 1;
        if (_starts is null || _starts.Length < capacity)
        {
            var size = Math.Max(capacity, 1024);
            _starts = new int[size];
            _lengths = new int[size];
            _hashes = new ulong[size];
            _flags = new TokenFlags[size];
        }

        var starts = _starts;
        var lengths = _lengths!;
        var hashes = _hashes!;
        var flags = _flags!;
        var count = 0;
        var sentences = 0;
        var nextStartsSentence = true;
        var i = 0;
        Span<char> lower = stackalloc char[64];
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            ulong h = 0xcbf29ce484222325;
            var hasDigit = false;
            var n = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (char.IsLetterOrDigit(c))
                {
                    var lc = char.ToLowerInvariant(c);
                    h = (h ^ lc) * 0x100000001b3;
                    hasDigit |= char.IsDigit(c);
                    if (n < lower.Length)
                    {
                        lower[n] = lc;
                    }

                    n++;
                    i++;
                }
                else if (i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && i > start
                    && ((c == '\'' && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]))
                        || ((c is '.' or ',') && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]))))
                {
                    i++;
                }
                else
                {
                    break;
                }
            }

            var word = n <= lower.Length ? lower[..n] : default;
            var tokenFlags = TokenFlags.None;
            if (char.IsUpper(text[start]))
            {
                tokenFlags |= TokenFlags.Capitalized;
            }

            var tokenHash = Hashing.Mix(h);
            if (hasDigit || NumberWordHashes.Contains(tokenHash))
            {
                tokenFlags |= TokenFlags.Number;
            }

            if (nextStartsSentence)
            {
                tokenFlags |= TokenFlags.SentenceStart;
                sentences++;
            }

            starts[count] = start;
            lengths[count] = i - start;
            hashes[count] = tokenHash;
            flags[count] = tokenFlags;
            count++;
            nextStartsSentence = EndsSentence(text, i);
        }

        return new NormalizedText(text, starts[..count], lengths[..count], hashes[..count], flags[..count], sentences, hadBullet, hadReadMore);
    }

    /// <summary>True when the gap after a token (from <paramref name="at"/> to the next token) closes a sentence.</summary>
    private static bool EndsSentence(string text, int at)
    {
        var sawStop = false;
        for (var j = at; j < text.Length && !char.IsLetterOrDigit(text[j]); j++)
        {
            var c = text[j];
            if (c is '.' or '!' or '?')
            {
                sawStop = true;
            }
            else if (c == ' ' && sawStop)
            {
                // "Dr. Smith", "e.g. this", "J. Smith": the shared rule. What follows need not be a capital: scraped text
                // often has none.
                return Limber.Text.SentenceEnds.Closes(text.AsSpan(0, j));
            }
        }

        return false;
    }

    [GeneratedRegex(@"^(?:[\u2022\u00B7\u25AA\u25AB\u25E6\u2023\u2043\u2219\u25CF\u25CB\u25A0\u25A1\u27A2\u27A4\u25BA\u25B6\u2713\u2714\u2192\u2756\u2605\u2606]\s*|[*+>\-\u2013\u2014]\s+)+")]
    internal static partial Regex LeadingBullet();

    [GeneratedRegex(@"(?:(?<=[.!?:;|)\]""'>\-\u2013\u2014\u2026\u00BB\u201D\u2019])\s*|\s+(?-i:(?=Read|READ))|\s*[|>\-\u2013\u2014\u00BB]+\s*)\[?\(?(?:read\s+more|continue\s+reading|read\s+the\s+(?:full|whole|rest\s+of\s+the)\s+(?:article|story|post))\b\s*(?:\.{1,3}|\u2026|>+|\]|\)|\u203A|\u00BB|""|\u2192|-+>|:)*\s*$", RegexOptions.IgnoreCase)]
    internal static partial Regex TrailingReadMore();
}
