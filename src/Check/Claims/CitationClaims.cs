using System.Text.RegularExpressions;
using Limber.Check.Text;

namespace Limber.Check.Claims;

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
    private const string Num = @"(?:\d{1,3}(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|a|half|a third|a quarter)";

    [GeneratedRegex(@"\b\d{1,3}(?:\.\d+)?\s?(?:%|percent\b|per cent\b)\s+of\s+(?!your\b|my\b|his\b|her\b|its\b|the\s+time\b|body\b|max)(?:all\s+|the\s+|those\s+|U\.S\.\s+)?\p{L}", RegexOptions.IgnoreCase)]
    private static partial Regex PercentOf();

    [GeneratedRegex(@"\b" + Num + @"\s+(?:in|out\s+of)\s+(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|a\s+hundred|100)\s+(?!seconds|minutes|hours|days|weeks|reps|sets)\p{L}", RegexOptions.IgnoreCase)]
    private static partial Regex OneInN();

    [GeneratedRegex(@"\b(?:(?:one|a|another|the|this|that|recent|new|large|several|many|some|two|three|most|\d{4})\s+)?(?:study|studies|trial|trials|review|meta-analysis|survey|research|researchers|scientists|evidence)\s+(?:has\s+|have\s+|also\s+|recently\s+)?(?:found|find|finds|show|shows|showed|shown|suggest|suggests|suggested|demonstrated|demonstrates|reported|reports|concluded|indicates|indicated|revealed|proved|proves)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StudyClaim();

    [GeneratedRegex(@"\baccording\s+to\s+(?:a|one|the|recent)\s+(?:study|survey|review|trial)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AccordingTo();

    [GeneratedRegex(@"\[@|\[\^|\]\(https?://|<https?://")]
    private static partial Regex CitationPresent();

    /// <summary>Claims without a citation in <paramref name="text"/> (raw text or a masked Markdown body).</summary>
    public static List<Claim> Find(string text)
    {
        var result = new List<Claim>();
        if (!HasCandidate(text))
        {
            return result;
        }

        foreach (var sentence in Sentences.Split(text))
        {
            var s = text.AsSpan(sentence.Start, sentence.Length).ToString();
            var trigger = FirstTrigger(s, out var kind);
            if (trigger is null)
            {
                continue;
            }

            if (CitationPresent().IsMatch(s) || Raw.DanglingFootnoteDigits.Find(s).Count > 0)
            {
                continue;
            }

            var t = trigger.Value;
            result.Add(new Claim(kind, sentence, new TextSpan(sentence.Start + t.Start, t.Length, t.Value)));
        }

        return result;
    }

    private static bool HasCandidate(string text) =>
        PercentOf().IsMatch(text) || OneInN().IsMatch(text) || StudyClaim().IsMatch(text) || AccordingTo().IsMatch(text);

    private static TextSpan? FirstTrigger(string sentence, out ClaimKind kind)
    {
        kind = ClaimKind.Statistic;
        Match? best = null;
        foreach (var (regex, k) in (ReadOnlySpan<(Regex, ClaimKind)>)[(PercentOf(), ClaimKind.Statistic), (OneInN(), ClaimKind.Statistic), (StudyClaim(), ClaimKind.Study), (AccordingTo(), ClaimKind.Study)])
        {
            var m = regex.Match(sentence);
            if (m.Success && (best is null || m.Index < best.Index))
            {
                best = m;
                kind = k;
            }
        }

        return best is null ? null : new TextSpan(best.Index, best.Length, best.Value.TrimEnd());
    }
}

/// <summary>Splits prose into sentences: at ., ! or ? followed by space and a capital or quote, and at blank lines and headings.</summary>
public static partial class Sentences
{
    [GeneratedRegex(@"(?<=[.!?][”’""\)]?)\s+(?=[\p{Lu}“""(\[#*-])|\n\s*\n|\n(?=\s{0,3}(?:#|[-*+]\s|\d+\.\s|\|))")]
    private static partial Regex Boundary();

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase) { "Dr.", "Mr.", "Mrs.", "Ms.", "e.g.", "i.e.", "vs.", "St.", "U.S.", "Fig.", "et al.", "al.", "approx.", "No." };

    public static IEnumerable<TextSpan> Split(string text)
    {
        var start = 0;
        foreach (Match m in Boundary().Matches(text))
        {
            var end = m.Index;
            var lastWord = LastWord(text, start, end);
            if (Abbreviations.Contains(lastWord) && m.Value.Trim().Length == 0 && !m.Value.Contains('\n', StringComparison.Ordinal))
            {
                continue;
            }

            if (end > start)
            {
                yield return new TextSpan(start, end - start, "");
            }

            start = m.Index + m.Length;
        }

        if (start < text.Length)
        {
            yield return new TextSpan(start, text.Length - start, "");
        }
    }

    private static string LastWord(string text, int start, int end)
    {
        var i = end - 1;
        while (i > start && !char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }

        return text[i..end];
    }
}
