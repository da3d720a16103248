using System.Text.RegularExpressions;
using Limber.References.Claims;
using Limber.References.Text;

namespace Limber.Tests.References.Text;

public class SentencesTests
{
    private static List<string> Split(string text) => [.. Sentences.Split(text).Select(s => text.Substring(s.Start, s.Length))];

    [Fact]
    public void SplitsAtSentenceEndsBlankLinesHeadingsAndListItems()
    {
        Assert.Equal(["One study found this.", "Dr. Smith agreed (e.g. here).", "“Quoted.”"], Split("One study found this. Dr. Smith agreed (e.g. here). “Quoted.”"));
        Assert.Equal(["First paragraph", "Second", "# Heading", "- item one", "1. item two"], Split("First paragraph\n\nSecond\n# Heading\n- item one\n1. item two"));
        Assert.Equal(["lower case. does not split"], Split("lower case. does not split"));
        Assert.Empty(Split(""));
    }

    /// <summary>The splitter before it read matches without allocating them, kept here as its oracle.</summary>
    private static List<string> ByMatches(string text)
    {
        var boundary = new Regex(@"(?<=[.!?][”’""\)]?)\s+(?=[\p{Lu}“""(\[#*-])|\n\s*\n|\n(?=\s{0,3}(?:#|[-*+]\s|\d+\.\s|\|))");
        var abbreviations = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Dr.", "Mr.", "Mrs.", "Ms.", "e.g.", "i.e.", "vs.", "St.", "U.S.", "Fig.", "et al.", "al.", "approx.", "No." };
        var result = new List<string>();
        var start = 0;
        foreach (Match m in boundary.Matches(text))
        {
            var i = m.Index - 1;
            while (i > start && !char.IsWhiteSpace(text[i - 1]))
            {
                i--;
            }

            if (m.Index > 0 && abbreviations.Contains(text[i..m.Index]) && m.Value.Trim().Length == 0 && !m.Value.Contains('\n', StringComparison.Ordinal))
            {
                continue;
            }

            if (m.Index > start)
            {
                result.Add(text[start..m.Index]);
            }

            start = m.Index + m.Length;
        }

        if (start < text.Length)
        {
            result.Add(text[start..]);
        }

        return result;
    }

    [Fact]
    public void SplitsAsMatchingTheBoundaryExpressionDid()
    {
        var random = new Random(3);
        string[] pieces = ["Dr.", "e.g.", "vs.", "U.S.", "No.", "word", "Word", " ", "  ", "\n", "\n\n", ". ", "! ", "? ", "”", ")", "(", "# ", "- ", "1. ", "|", "“", "*", "al.", "et al."];
        for (var k = 0; k < 5000; k++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 25)).Select(_ => pieces[random.Next(pieces.Length)])).TrimStart();
            Assert.Equal(ByMatches(text), Split(text));
        }
    }
}
