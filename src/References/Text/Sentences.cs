using System.Text.RegularExpressions;

namespace Limber.References.Text;

/// <summary>Splits prose into sentences: at ., ! or ? followed by space and a capital or quote, and at blank lines and headings.</summary>
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
            if (boundary.IndexOf('\n') < 0 && boundary.Trim().IsEmpty && Limber.Text.Abbreviations.EndsWithOne(LastWord(text, start, end)))
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

    private static ReadOnlySpan<char> LastWord(string text, int start, int end)
    {
        var i = end - 1;
        while (i > start && !char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }

        return text.AsSpan(i, end - i);
    }
}
