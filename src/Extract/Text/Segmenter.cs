using System.Text.RegularExpressions;

namespace Limber.Extract.Text;

/// <summary>One piece of a passage: a sentence of prose, or an item of a numbered or bulleted list.</summary>
public sealed record Segment(string Text, bool IsListItem);

/// <summary>Splits a passage into sentences, keeping inline numbered or bulleted list items whole.</summary>
public static partial class Segmenter
{
    private static readonly Regex SentenceBreak = SentenceBreakRegex();
    private static readonly Regex NumberedMarker = NumberedMarkerRegex();
    private static readonly Regex BulletMarker = BulletMarkerRegex();
    private static readonly Regex DashMarker = DashMarkerRegex();
    private static readonly Regex HeadingColon = HeadingColonRegex();
    private static readonly string[] Abbreviations = ["e.g.", "i.e.", "etc.", "vs.", "approx.", "dr.", "mr.", "mrs.", "ms.", "ant.", "no.", "fig.", "st."];

    public static IReadOnlyList<Segment> Split(string text)
    {
        text = text.Trim();
        var numbered = SplitNumbered(text);
        if (numbered is not null)
        {
            return numbered;
        }

        var bulleted = SplitBulleted(text);
        if (bulleted is not null)
        {
            return bulleted;
        }

        return [.. Sentences(text).SelectMany(SplitHeading).SelectMany(SplitRunOn).Select(s => new Segment(s, false))];
    }

    /// <summary>
    /// "Set the pins at knee height Lower the bar to the pins": list items that lost their line breaks run on without a
    /// full stop; a capitalised action verb after a lower-case word starts the next one.
    /// </summary>
    private static IEnumerable<string> SplitRunOn(string sentence)
    {
        var start = 0;
        foreach (Match m in RunOnBreakRegex().Matches(sentence))
        {
            if (m.Index > start && Vocabulary.ActionVerbs.Contains(m.Groups["verb"].Value))
            {
                yield return sentence[start..m.Index].Trim();
                start = m.Index + m.Length - m.Groups["verb"].Length;
            }
        }

        yield return sentence[start..].Trim();
    }

    /// <summary>"Here's how to do the twist: Sit on the floor …" → the heading and the instruction.</summary>
    private static IEnumerable<string> SplitHeading(string sentence)
    {
        var m = HeadingColon.Match(sentence);
        if (m.Success && m.Groups["head"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 12)
        {
            yield return sentence[..(m.Groups["head"].Length + 1)].Trim();
            yield return sentence[m.Length..].Trim();
            yield break;
        }

        yield return sentence;
    }

    public static IEnumerable<string> Sentences(string text)
    {
        var pieces = SentenceBreak.Split(text.Trim());
        var current = "";
        foreach (var piece in pieces)
        {
            current = current.Length == 0 ? piece : current + " " + piece;
            var lower = current.ToLowerInvariant();
            if (Abbreviations.Any(a => lower.EndsWith(" " + a, StringComparison.Ordinal) || lower == a) || OpenParenthesis(current))
            {
                continue;
            }

            if (current.Trim().Length > 0)
            {
                yield return current.Trim();
            }

            current = "";
        }

        if (current.Trim().Length > 0)
        {
            yield return current.Trim();
        }
    }

    private static bool OpenParenthesis(string s) => s.Count(c => c == '(') > s.Count(c => c == ')');

    private static List<Segment>? SplitNumbered(string text)
    {
        var matches = NumberedMarker.Matches(text);
        var chosen = new List<Match>();
        var expected = 1;
        foreach (Match m in matches)
        {
            if (int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) == expected)
            {
                chosen.Add(m);
                expected++;
            }
        }

        if (chosen.Count < 2)
        {
            return null;
        }

        var result = new List<Segment>();
        var preface = text[..chosen[0].Index].Trim();
        if (preface.Length > 0)
        {
            result.AddRange(Sentences(preface).Select(s => new Segment(s, false)));
        }

        for (var i = 0; i < chosen.Count; i++)
        {
            var start = chosen[i].Index + chosen[i].Length;
            var end = i + 1 < chosen.Count ? chosen[i + 1].Index : text.Length;
            var item = text[start..end].Trim();
            if (i == chosen.Count - 1)
            {
                // The last item may be followed by closing prose: keep only its first sentence as the item.
                var sentences = Sentences(item).ToList();
                if (sentences.Count > 1)
                {
                    result.Add(new Segment(sentences[0], true));
                    result.AddRange(sentences.Skip(1).Select(s => new Segment(s, false)));
                    continue;
                }
            }

            if (item.Length > 0)
            {
                result.Add(new Segment(item, true));
            }
        }

        return result;
    }

    private static List<Segment>? SplitBulleted(string text)
    {
        var matches = BulletMarker.Matches(text);
        if (matches.Count < 2)
        {
            matches = DashMarker.Matches(text);
            if (matches.Count < 3)
            {
                return null;
            }
        }

        var result = new List<Segment>();
        var preface = text[..matches[0].Index].Trim();
        if (preface.Length > 0)
        {
            result.AddRange(Sentences(preface).Select(s => new Segment(s, false)));
        }

        for (var i = 0; i < matches.Count; i++)
        {
            var start = matches[i].Index + matches[i].Length;
            var end = i + 1 < matches.Count ? matches[i + 1].Index : text.Length;
            var item = text[start..end].Trim();
            if (item.Length > 0)
            {
                result.Add(new Segment(item, true));
            }
        }

        return result;
    }

    [GeneratedRegex(@"(?<=[.!?][""”’)\]]?)\s+(?=[""“‘(\[]?[A-Z0-9])")]
    private static partial Regex SentenceBreakRegex();

    [GeneratedRegex(@"(?:(?<=^)|(?<=[\s:.;]))(?:step\s*)?(?<n>\d{1,2})\s*[.):]\s+(?=\S)", RegexOptions.IgnoreCase)]
    private static partial Regex NumberedMarkerRegex();

    [GeneratedRegex(@"(?:^|\s)[•▪◦●‣]\s*")]
    private static partial Regex BulletMarkerRegex();

    [GeneratedRegex(@"(?:^|\s)(?:[-*](?=\s)|-(?=[a-z]))\s*")]
    private static partial Regex DashMarkerRegex();

    [GeneratedRegex(@"(?<=\b[a-z][\w'’\-]*|\d|\))\s+(?<verb>[A-Z][a-z]+)\b")]
    private static partial Regex RunOnBreakRegex();

    [GeneratedRegex(@"^(?<head>[^:]{2,100}?):\s+(?=[""“(]?[A-Z])")]
    private static partial Regex HeadingColonRegex();
}
