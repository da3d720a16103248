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
        var sb = new StringBuilder(folded.Length);
        var words = 0;
        var placeholders = 0;
        var i = 0;
        while (i < folded.Length)
        {
            var c = folded[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (!char.IsWhiteSpace(c))
                {
                    sb.Append(c);
                }

                i++;
                continue;
            }

            var start = i;
            var digit = false;
            while (i < folded.Length && (char.IsLetterOrDigit(folded[i]) || (folded[i] is '\'' or '.' or ',' && i + 1 < folded.Length && char.IsLetterOrDigit(folded[i + 1]) && char.IsDigit(folded[i - 1]) == char.IsDigit(folded[i + 1]) && i > start)))
            {
                digit |= char.IsDigit(folded[i]);
                i++;
            }

            words++;
            if (words > MaxWords)
            {
                return null;
            }

            sb.Append(' ');
            if (digit)
            {
                sb.Append('#');
                placeholders++;
            }
            else if (words > 1 && char.IsUpper(c))
            {
                sb.Append('N');
                placeholders++;
            }
            else
            {
                foreach (var ch in folded.AsSpan(start, i - start))
                {
                    sb.Append(char.ToLowerInvariant(ch));
                }
            }
        }

        return placeholders == 0 || words < 2 ? null : sb.ToString();
    }
}
