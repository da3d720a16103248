using System.Text.RegularExpressions;
using Limber.Check.Text;

namespace Limber.Check.Footnotes;

/// <summary>A Markdown footnote reference (<c>[^label]</c>) or definition (<c>[^label]: text</c>).</summary>
public sealed record FootnoteMark(string Label, int Offset, bool IsDefinition);

/// <summary>Finds footnote references and definitions in a masked Markdown body (see <see cref="MarkdownMask"/>).</summary>
public static partial class MarkdownFootnotes
{
    [GeneratedRegex(@"^ {0,3}\[\^([^\]\s]+)\]:", RegexOptions.Multiline)]
    private static partial Regex DefinitionPattern();

    [GeneratedRegex(@"\[\^([^\]\s]+)\]")]
    private static partial Regex ReferencePattern();

    public static List<FootnoteMark> Find(string masked)
    {
        var result = new List<FootnoteMark>();
        if (!masked.Contains("[^", StringComparison.Ordinal))
        {
            return result;
        }

        var definitionStarts = new HashSet<int>();
        foreach (Match m in DefinitionPattern().Matches(masked))
        {
            var at = m.Index + m.Value.IndexOf('[', StringComparison.Ordinal);
            definitionStarts.Add(at);
            result.Add(new FootnoteMark(m.Groups[1].Value, at, true));
        }

        foreach (Match m in ReferencePattern().Matches(masked))
        {
            if (!definitionStarts.Contains(m.Index))
            {
                result.Add(new FootnoteMark(m.Groups[1].Value, m.Index, false));
            }
        }

        result.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return result;
    }
}
