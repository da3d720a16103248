using System.Text;
using System.Text.RegularExpressions;
using Limber.References.Text;

namespace Limber.References.Footnotes;

/// <summary>
/// Footnote debris left in text copied from web pages: reference digits glued to the end of a word's
/// punctuation ("unreliable,1 because", "dangerous.4 Most", "McGill,2"), superscript digits, and
/// footnote return links ("BACK TO TEXT", "↩"). Numbers that are content — "85%", "T12",
/// "20- to 36-inch", "20-30 minutes", "1,000", "3.5" — never match: the digits must follow a letter's
/// punctuation and stand alone.
/// </summary>
public static partial class DanglingFootnoteDigits
{
    // letter or closing quote/bracket, then , . ; : ! ? ) ” ’ ", then 1–2 digits that end the word.
    [GeneratedRegex(@"(?<=[\p{L}\)\]”’""][,.;:!?\)”’""]{1,2})(?<d>[1-9][0-9]?)(?=\s|$|[)\]])")]
    private static partial Regex GluedDigits();

    [GeneratedRegex(@"(?<=[\p{L}\p{P}])[¹²³⁰⁴⁵⁶⁷⁸⁹]+")]
    private static partial Regex SuperscriptDigits();

    [GeneratedRegex(@"\s*(?:\b(?:BACK TO TEXT|Back to text|back to text|RETURN TO TEXT|Return to text)\b|↩\uFE0E?)", RegexOptions.CultureInvariant)]
    private static partial Regex ReturnLinks();

    /// <summary>Dangling footnote digits in raw text; <see cref="TextSpan.Value"/> is the digits.</summary>
    public static List<TextSpan> Find(string text)
    {
        var result = new List<TextSpan>();
        foreach (Match m in GluedDigits().Matches(text))
        {
            var d = m.Groups["d"];
            // "10.5" or "2.0.1" style numbers are preceded by a digit and so never get here; skip "p.4"-style abbreviations.
            var before = m.Index >= 3 ? text.AsSpan(m.Index - 3, 3) : text.AsSpan(0, m.Index);
            if (before.EndsWith(" p.", StringComparison.Ordinal) || before.EndsWith("pp.", StringComparison.Ordinal) || before.EndsWith("No.", StringComparison.Ordinal))
            {
                continue;
            }

            result.Add(new TextSpan(d.Index, d.Length, d.Value));
        }

        foreach (Match m in SuperscriptDigits().Matches(text))
        {
            result.Add(new TextSpan(m.Index, m.Length, m.Value));
        }

        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    /// <summary>Footnote return links; the span covers the phrase and the whitespace before it.</summary>
    public static List<TextSpan> FindReturnLinks(string text)
    {
        var result = new List<TextSpan>();
        if (text.Contains("text", StringComparison.OrdinalIgnoreCase) || text.Contains('↩', StringComparison.Ordinal))
        {
            foreach (Match m in ReturnLinks().Matches(text))
            {
                result.Add(new TextSpan(m.Index, m.Length, m.Value.Trim()));
            }
        }

        return result;
    }

    /// <summary>The text with dangling digits and return links removed (what the rendered page shows).</summary>
    public static string Strip(string text)
    {
        var spans = Find(text);
        spans.AddRange(FindReturnLinks(text));
        if (spans.Count == 0)
        {
            return text;
        }

        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        var sb = new StringBuilder(text.Length);
        var at = 0;
        foreach (var s in spans)
        {
            if (s.Start < at)
            {
                continue;
            }

            sb.Append(text, at, s.Start - at);
            at = s.End;
        }

        sb.Append(text, at, text.Length - at);
        return sb.ToString().TrimEnd();
    }
}
