using System.Text.RegularExpressions;
using Limber.References.Text;

namespace Limber.References.Claims;

/// <summary>What makes a sentence a claim that needs a source.</summary>
public enum ClaimKind
{
    Statistic,
    Study,
}

/// <summary>A sentence that states a statistic or a study finding, with the phrase that made it one.</summary>
public sealed record Claim(ClaimKind Kind, TextSpan Sentence, TextSpan Trigger);

/// <summary>
/// Finds sentences that need a source: population statistics ("Up to 85% of Americans", "About 90% of
/// patients", "eight in 10 people") and study claims ("One study found …", "research shows") that carry
/// no citation (<c>[@key]</c>, a footnote <c>[^n]</c>, a link to a web source, or dangling footnote digits,
/// which show the original had one). Measurements and instructions ("more than 75%", "20-30 minutes",
/// "Hold for 30 seconds") are not claims.
/// </summary>
public static partial class CitationClaims
{
    private const string Num = @"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)";

    [GeneratedRegex(@"\b\d{1,3}(?:\.\d+)?\s?(?:%|percent\b|per cent\b)\s+of\s+(?!your\b|my\b|his\b|her\b|its\b|the\s+time\b|body\b|max)(?:all\s+|the\s+|those\s+|U\.S\.\s+)?\p{L}", RegexOptions.IgnoreCase)]
    private static partial Regex PercentOf();

    // Anchored on "in"/"out of" (rare) rather than on the count word (common), then the count is checked behind it.
    [GeneratedRegex(@"(?<=\b(?i:" + Num + @")\s+)(?:in|out\s+of)\s+(?:\d{1,3}|(?i:two|three|four|five|six|seven|eight|nine|ten|a\s+hundred))\s+(?!seconds|minutes|hours|days|weeks|reps|sets|breaths)\p{L}")]
    private static partial Regex OneInN();

    [GeneratedRegex(@"\b(?:stud(?:y|ies)|trials?|review|meta-analysis|survey|research(?:ers)?|scientists|evidence)\s+(?:has\s+|have\s+|also\s+|recently\s+)?(?:found|find|finds|show|shows|showed|shown|suggest|suggests|suggested|demonstrated|demonstrates|reported|reports|concluded|indicates|indicated|revealed|proved|proves)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StudyClaim();

    [GeneratedRegex(@"\baccording\s+to\s+(?:a|one|the|recent)\s+(?:study|survey|review|trial)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AccordingTo();

    [GeneratedRegex(@"\[@|\[\^|\]\(https?://|<https?://")]
    private static partial Regex CitationPresent();

    /// <summary>Claims without a citation in <paramref name="text"/> (raw text or a masked Markdown body).</summary>
    public static List<Claim> Find(string text)
    {
        var result = new List<Claim>();
        var triggers = new List<(Match Match, ClaimKind Kind)>();
        // Cheap literal pre-filters first: most pages have no candidate at all, and the regexes are the cost.
        if (text.Contains('%', StringComparison.Ordinal) || text.Contains("percent", StringComparison.OrdinalIgnoreCase) || text.Contains("per cent", StringComparison.OrdinalIgnoreCase))
        {
            Collect(PercentOf(), ClaimKind.Statistic, text, triggers);
        }

        if (MayHaveOneInN(text))
        {
            Collect(OneInN(), ClaimKind.Statistic, text, triggers);
        }

        if (StudyWords.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase)))
        {
            Collect(StudyClaim(), ClaimKind.Study, text, triggers);
            Collect(AccordingTo(), ClaimKind.Study, text, triggers);
        }
        if (triggers.Count == 0)
        {
            return result;
        }

        triggers.Sort((a, b) => a.Match.Index.CompareTo(b.Match.Index));
        var sentences = Sentences.Split(text);
        var done = new HashSet<int>();
        foreach (var (m, kind) in triggers)
        {
            var index = sentences.FindIndex(x => x.Start <= m.Index && m.Index < x.End);
            if (index < 0 || !done.Add(index))
            {
                continue;
            }

            var sentence = sentences[index];
            var s = text.Substring(sentence.Start, sentence.Length);
            if (CitationPresent().IsMatch(s) || Footnotes.DanglingFootnoteDigits.Find(s).Count > 0)
            {
                continue;
            }

            // A study claim that starts with its article ("One study found") is shown from the article.
            var start = m.Index;
            if (m.Value.StartsWith("in", StringComparison.OrdinalIgnoreCase) || m.Value.StartsWith("out", StringComparison.OrdinalIgnoreCase))
            {
                // "eight in 10 people": the count word sits in the lookbehind.
                var prefix = text.AsSpan(sentence.Start, start - sentence.Start).TrimEnd();
                var space = prefix.LastIndexOf(' ');
                start = sentence.Start + (space < 0 ? 0 : space + 1);
            }

            var before = text.AsSpan(sentence.Start, start - sentence.Start).TrimEnd();
            var lastSpace = before.LastIndexOf(' ');
            var word = (lastSpace < 0 ? before : before[(lastSpace + 1)..]).ToString();
            if (kind == ClaimKind.Study && start == m.Index && Articles.Contains(word))
            {
                start = sentence.Start + (lastSpace < 0 ? 0 : lastSpace + 1);
            }

            var end = m.Index + m.Length;
            while (end < sentence.End && char.IsLetter(text[end]))
            {
                end++;
            }

            result.Add(new Claim(kind, sentence, new TextSpan(start, end - start, text[start..end].TrimEnd())));
        }

        return result;
    }

    private static readonly HashSet<string> Articles = new(StringComparer.OrdinalIgnoreCase) { "one", "a", "another", "the", "this", "that", "recent", "new", "large", "several", "many", "some", "two", "three", "most" };

    private static readonly string[] StudyWords = ["stud", "trial", "review", "meta-analysis", "survey", "research", "scientist", "evidence"];

    /// <summary>"two" … "ten" and "a hundred": the counts of an "N in M" claim written in words.</summary>
    private static readonly string[] CountWords = [.. Limber.Text.NumberWords.Cardinals.Where(c => c.Value is >= 2 and <= 10).Select(c => c.Key), "a hundred"];

    /// <summary>" in 10", " in ten", " out of 100": the phrase the N-in-M pattern needs.</summary>
    private static bool MayHaveOneInN(string text)
    {
        foreach (var joiner in (ReadOnlySpan<string>)[" in ", " out of "])
        {
            var i = text.IndexOf(joiner, StringComparison.Ordinal);
            while (i >= 0)
            {
                var rest = text.AsSpan(i + joiner.Length);
                if (rest.Length > 0 && (char.IsAsciiDigit(rest[0]) || StartsWithCountWord(rest)))
                {
                    return true;
                }

                i = text.IndexOf(joiner, i + 1, StringComparison.Ordinal);
            }
        }

        return false;
    }

    private static bool StartsWithCountWord(ReadOnlySpan<char> rest)
    {
        foreach (var w in CountWords)
        {
            if (rest.StartsWith(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static void Collect(Regex regex, ClaimKind kind, string text, List<(Match, ClaimKind)> into)
    {
        foreach (Match m in regex.Matches(text))
        {
            into.Add((m, kind));
        }
    }
}
