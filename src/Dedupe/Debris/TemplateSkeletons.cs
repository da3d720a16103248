using System.Text;

namespace Limber.Dedupe;

/// <summary>
/// Corpus evidence for template text: a short passage whose skeleton (numbers and capitalised names replaced by
/// placeholders) occurs in several source files with different names or numbers — "Written by Ann Lee | Updated May 2",
/// "Written by Raj Patel | Updated June 9" — is a page template, not something an author wrote twice.
/// Exact repeats are left to dedupe: they have one text, not several.
/// </summary>
public sealed class TemplateSkeletons
{
    /// <summary>Only passages this short are considered: templates are lines, not paragraphs.</summary>
    public const int MaxWords = 30;

    private readonly Dictionary<string, (HashSet<string> Files, HashSet<string> Texts)> _bySkeleton = new(StringComparer.Ordinal);

    public static TemplateSkeletons Empty { get; } = new();

    /// <summary>Indexes the passages (folded text and source file); skeletons without a placeholder are skipped.</summary>
    public static TemplateSkeletons Build(IReadOnlyList<(string Folded, string File)> passages)
    {
        var index = new TemplateSkeletons();
        foreach (var (folded, file) in passages)
        {
            if (Skeleton(folded) is not { } skeleton)
            {
                continue;
            }

            if (!index._bySkeleton.TryGetValue(skeleton, out var entry))
            {
                entry = ([], new HashSet<string>(StringComparer.Ordinal));
                index._bySkeleton[skeleton] = entry;
            }

            entry.Files.Add(file);
            entry.Texts.Add(folded);
        }

        return index;
    }

    /// <summary>In how many files, and in how many different wordings, the passage's skeleton occurs (0, 0 when it has none).</summary>
    public (int Files, int Variants) Occurrences(string folded) =>
        _bySkeleton.Count > 0 && Skeleton(folded) is { } skeleton && _bySkeleton.TryGetValue(skeleton, out var entry)
            ? (entry.Files.Count, entry.Texts.Count)
            : (0, 0);

    /// <summary>The passage with runs of digits as '#' and capitalised words after the first as 'N'; null when long or with no placeholder.</summary>
    public static string? Skeleton(string folded)
    {
        // Counted first without writing anything: most passages are longer than a template line or have no placeholder.
        var words = 0;
        var placeholders = 0;
        for (var i = 0; NextWord(folded, ref i, out var start, out var digit);)
        {
            if (++words > MaxWords)
            {
                return null;
            }

            if (digit || (words > 1 && char.IsUpper(folded[start])))
            {
                placeholders++;
            }
        }

        if (placeholders == 0 || words < 2)
        {
            return null;
        }

        var sb = new StringBuilder(folded.Length);
        words = 0;
        var from = 0;
        for (var i = 0; NextWord(folded, ref i, out var start, out var digit); from = i)
        {
            AppendPunctuation(sb, folded.AsSpan(from, start - from));
            words++;
            sb.Append(' ');
            if (digit)
            {
                sb.Append('#');
            }
            else if (words > 1 && char.IsUpper(folded[start]))
            {
                sb.Append('N');
            }
            else
            {
                foreach (var ch in folded.AsSpan(start, i - start))
                {
                    sb.Append(char.ToLowerInvariant(ch));
                }
            }
        }

        AppendPunctuation(sb, folded.AsSpan(from));
        return sb.ToString();
    }

    /// <summary>Between words, what is not white space is kept.</summary>
    private static void AppendPunctuation(StringBuilder sb, ReadOnlySpan<char> between)
    {
        foreach (var c in between)
        {
            if (!char.IsWhiteSpace(c))
            {
                sb.Append(c);
            }
        }
    }

    /// <summary>
    /// The next word from <paramref name="i"/> on: letters and digits, with an inner apostrophe, dot or comma between two
    /// letters or two digits ("it's", "1,299.00"). False at the end; <paramref name="i"/> is left after the word.
    /// </summary>
    private static bool NextWord(string folded, ref int i, out int start, out bool digit)
    {
        while (i < folded.Length && !char.IsLetterOrDigit(folded[i]))
        {
            i++;
        }

        start = i;
        digit = false;
        if (i >= folded.Length)
        {
            return false;
        }

        while (i < folded.Length && (char.IsLetterOrDigit(folded[i]) || (folded[i] is '\'' or '.' or ',' && i + 1 < folded.Length && char.IsLetterOrDigit(folded[i + 1]) && char.IsDigit(folded[i - 1]) == char.IsDigit(folded[i + 1]) && i > start)))
        {
            digit |= char.IsDigit(folded[i]);
            i++;
        }

        return true;
    }
}
