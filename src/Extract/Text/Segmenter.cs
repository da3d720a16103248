using System.Text.RegularExpressions;

namespace Limber.Extract.Text;

/// <summary>One piece of a passage: a sentence of prose, or an item of a numbered or bulleted list.</summary>
public sealed record Segment(string Text, bool IsListItem);

/// <summary>Splits a passage into sentences, keeping inline numbered or bulleted list items whole.</summary>
public static partial class Segmenter
{
    private static readonly Regex NumberedMarker = NumberedMarkerRegex();
    private static readonly Regex BulletMarker = BulletMarkerRegex();
    private static readonly Regex DashMarker = DashMarkerRegex();
    private static readonly Regex HeadingColon = HeadingColonRegex();

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

        var segments = new List<Segment>();
        foreach (var sentence in Sentences(text))
        {
            foreach (var part in SplitHeading(sentence))
            {
                SplitRunOn(part, segments);
            }
        }

        return segments;
    }

    /// <summary>
    /// "Set the pins at knee height Lower the bar to the pins": list items that lost their line breaks run on without a
    /// full stop; a capitalised action verb after a lower-case word starts the next one.
    /// </summary>
    private static void SplitRunOn(string sentence, List<Segment> segments)
    {
        var start = 0;
        foreach (var m in RunOnBreakRegex().EnumerateMatches(sentence))
        {
            // The match is the blank run and the capitalised word: the word is what follows the blanks.
            var verb = sentence.AsSpan(m.Index, m.Length).TrimStart();
            if (m.Index > start && Vocabulary.ActionVerbLookup.Contains(verb) && !EndsWithJoiningWord(sentence.AsSpan(start, m.Index - start)))
            {
                segments.Add(new Segment(sentence[start..m.Index].Trim(), false));
                start = m.Index + m.Length - verb.Length;
            }
        }

        segments.Add(new Segment(start == 0 ? sentence.Trim() : sentence[start..].Trim(), false));
    }

    /// <summary>
    /// The text ends in a word no item ends in, so a capitalised word after it goes on the same phrase: "How to do a Face
    /// pull", "Landmine Squat to Press".
    /// </summary>
    private static bool EndsWithJoiningWord(ReadOnlySpan<char> text)
    {
        var space = text.LastIndexOf(' ');
        var last = space < 0 ? text : text[(space + 1)..];
        return JoiningWordLookup.Contains(last);
    }

    private static readonly HashSet<string> JoiningWords = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "the", "to", "of", "with", "and", "or", "your", "into", "onto" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> JoiningWordLookup = JoiningWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"Here's how to do the twist: Sit on the floor …" → the heading and the instruction.</summary>
    private static IEnumerable<string> SplitHeading(string sentence)
    {
        if (!sentence.Contains(':', StringComparison.Ordinal))
        {
            yield return sentence;
            yield break;
        }

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
        var current = "";
        foreach (var piece in Pieces(text.Trim()))
        {
            current = current.Length == 0 ? piece : current + " " + piece;
            if (OpenParenthesis(current))
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

    /// <summary>
    /// The text between sentence breaks (<see cref="Limber.Text.SentenceEnds"/>): every run of blanks of every passage is
    /// a candidate, and most are no break.
    /// </summary>
    internal static List<string> Pieces(string text)
    {
        var pieces = new List<string>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var blanks = i;
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (Limber.Text.SentenceEnds.IsBreak(text, blanks, i))
            {
                pieces.Add(text[start..blanks]);
                start = i;
            }
        }

        pieces.Add(start == 0 ? text : text[start..]);
        return pieces;
    }

    private static bool OpenParenthesis(string s)
    {
        var span = s.AsSpan();
        return span.IndexOf('(') >= 0 && span.Count('(') > span.Count(')');
    }

    private static List<Segment>? SplitNumbered(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return null;
        }

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

    [GeneratedRegex(@"(?:(?<=^)|(?<=[\s:.;]))(?:step\s*)?(?<n>\d{1,2})\s*[.):]\s+(?=\S)", RegexOptions.IgnoreCase)]
    private static partial Regex NumberedMarkerRegex();

    [GeneratedRegex(@"(?:^|\s)[•▪◦●‣]\s*")]
    private static partial Regex BulletMarkerRegex();

    [GeneratedRegex(@"(?:^|\s)(?:[-*](?=\s)|-(?=[a-z]))\s*")]
    private static partial Regex DashMarkerRegex();

    /// <summary>
    /// A blank and a capitalised word after a word that starts in lower case ("… on the floor Lift …"), a digit or a
    /// bracket; not after the lower-case half of a capitalised hyphenated word ("Straight-arm Pull Down").
    /// </summary>
    [GeneratedRegex(@"(?<=(?<![\w'’\-])[a-z][\w'’\-]*|\d|\))\s+(?<verb>[A-Z][a-z]+)\b")]
    private static partial Regex RunOnBreakRegex();

    [GeneratedRegex(@"^(?<head>[^:]{2,100}?):\s+(?=[""“(]?[A-Z])")]
    private static partial Regex HeadingColonRegex();
}
