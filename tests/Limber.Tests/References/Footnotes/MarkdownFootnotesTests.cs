using System.Text.RegularExpressions;
using Limber.References.Footnotes;

namespace Limber.Tests.References.Footnotes;

public class MarkdownFootnotesTests
{
    [Fact]
    public void FindsReferencesAndDefinitionsWithTheirOffsets()
    {
        const string body = "Pain settles.[^1] Walking helps[^walk].\n\n[^1]: A cohort study.\n   [^walk]: Indented up to three spaces.\n    [^code]: four spaces is not a definition\nText [^2]: mid-line is a reference.";
        var marks = MarkdownFootnotes.Find(body);

        int At(string s, int from = 0) => body.IndexOf(s, from, StringComparison.Ordinal);
        Assert.Equal(
            [$"1@{At("[^1]")} ref", $"walk@{At("[^walk]")} ref", $"1@{At("[^1]:")} def", $"walk@{At("[^walk]:")} def", $"code@{At("[^code]")} ref", $"2@{At("[^2]")} ref"],
            marks.Select(m => $"{m.Label}@{m.Offset} {(m.IsDefinition ? "def" : "ref")}"));
    }

    [Theory]
    [InlineData("[^]")]
    [InlineData("[^ a]")]
    [InlineData("[^a b]")]
    [InlineData("[^a")]
    [InlineData("no marks at all")]
    public void IgnoresWhatIsNotAFootnoteMark(string text) => Assert.Empty(MarkdownFootnotes.Find(text));

    /// <summary>The expressions the scanner replaced, kept here as its oracle.</summary>
    private static List<string> ByRegex(string masked)
    {
        var definitions = Regex.Matches(masked, @"^ {0,3}\[\^([^\]\s]+)\]:", RegexOptions.Multiline)
            .Select(m => (Label: m.Groups[1].Value, At: m.Index + m.Value.IndexOf('[', StringComparison.Ordinal), Definition: true)).ToList();
        var starts = definitions.Select(d => d.At).ToHashSet();
        var references = Regex.Matches(masked, @"\[\^([^\]\s]+)\]").Where(m => !starts.Contains(m.Index)).Select(m => (Label: m.Groups[1].Value, At: m.Index, Definition: false));
        return [.. definitions.Concat(references).OrderBy(x => x.At).Select(x => $"{x.Label}@{x.At}:{x.Definition}")];
    }

    [Fact]
    public void FindsWhatTheRegularExpressionsFound()
    {
        var random = new Random(5);
        const string alphabet = "[[[^^^]]]::  \n\t\u00a0ab1*";
        for (var k = 0; k < 20000; k++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            Assert.Equal(ByRegex(text), MarkdownFootnotes.Find(text).Select(m => $"{m.Label}@{m.Offset}:{m.IsDefinition}"));
        }
    }
}
