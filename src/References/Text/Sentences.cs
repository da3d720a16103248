using System.Text.RegularExpressions;

namespace Limber.References.Text;

/// <summary>
/// Splits Markdown prose into sentences: where a sentence ends by the shared rule (<see cref="Limber.Text.SentenceEnds"/>)
/// before a capital, a quote or a Markdown mark, and at blank lines, headings, list items and table rows.
/// </summary>
public static partial class Sentences
{
    [GeneratedRegex(@"(?<=[.!?][”’""\)]?)\s+(?=[\p{Lu}“""(\[#*-])|\n\s*\n|\n(?=\s{0,3}(?:#|[-*+]\s|\d+\.\s|\|))")]
    private static partial Regex Boundary();

    public static List<TextSpan> Split(string text)
    {
        var sentences = new List<TextSpan>();
        var start = 0;
        foreach (var m in Boundary().EnumerateMatches(text))
        {
            var end = m.Index;
            var boundary = text.AsSpan(m.Index, m.Length);
            if (boundary.IndexOf('\n') < 0 && boundary.Trim().IsEmpty && !Limber.Text.SentenceEnds.Closes(text.AsSpan(start, end - start)))
            {
                continue;
            }

            if (end > start)
            {
                sentences.Add(new TextSpan(start, end - start, ""));
            }

            start = m.Index + m.Length;
        }

        if (start < text.Length)
        {
            sentences.Add(new TextSpan(start, text.Length - start, ""));
        }

        return sentences;
    }
}
