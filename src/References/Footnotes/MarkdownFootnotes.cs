using Limber.References.Text;

namespace Limber.References.Footnotes;

/// <summary>A Markdown footnote reference (<c>[^label]</c>) or definition (<c>[^label]: text</c>).</summary>
public sealed record FootnoteMark(string Label, int Offset, bool IsDefinition);

/// <summary>
/// Finds footnote references and definitions in a masked Markdown body (see <see cref="MarkdownMask"/>): <c>[^label]</c>
/// with a label of anything but <c>]</c> and white space, left to right without overlaps; a definition is one that starts
/// its line (after at most three spaces) and is followed by <c>:</c>. A plain scan, not a regular expression: every
/// page of a generated site has footnotes, and this runs on each.
/// </summary>
public static class MarkdownFootnotes
{
    public static List<FootnoteMark> Find(string masked)
    {
        var result = new List<FootnoteMark>();
        var at = masked.IndexOf("[^", StringComparison.Ordinal);
        while (at >= 0)
        {
            var end = at + 2;
            while (end < masked.Length && masked[end] != ']' && !char.IsWhiteSpace(masked[end]))
            {
                end++;
            }

            if (end == at + 2 || end == masked.Length || masked[end] != ']')
            {
                at = masked.IndexOf("[^", at + 1, StringComparison.Ordinal);
                continue;
            }

            var isDefinition = end + 1 < masked.Length && masked[end + 1] == ':' && StartsLine(masked, at);
            result.Add(new FootnoteMark(masked[(at + 2)..end], at, isDefinition));
            at = masked.IndexOf("[^", end + 1, StringComparison.Ordinal);
        }

        return result;
    }

    /// <summary>Only up to three spaces between the line's start and <paramref name="at"/>.</summary>
    private static bool StartsLine(string text, int at)
    {
        var spaces = 0;
        while (at > 0 && text[at - 1] == ' ')
        {
            at--;
            spaces++;
        }

        return spaces <= 3 && (at == 0 || text[at - 1] == '\n');
    }
}
