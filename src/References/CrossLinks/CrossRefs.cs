using System.Text.RegularExpressions;

namespace Limber.References.CrossLinks;

public enum CrossRefKind
{
    /// <summary><c>[text](xref:id)</c> or <c>&lt;xref:id&gt;</c>: a page by id.</summary>
    Xref,

    /// <summary>
    /// <c>[[Title]]</c>, <c>[[Title|label]]</c>: a page by title. Not when a link target or a reference label follows
    /// (<c>[[1]](notes.md)</c>, <c>[[1]][notes]</c>): that is a Markdown link whose text is in brackets.
    /// </summary>
    Wiki,
}

/// <summary>
/// One cross-reference in a Markdown body. <see cref="Start"/>/<see cref="Length"/> cover what the render
/// side replaces: the <c>xref:id#fragment</c> target, or the whole <c>[[…]]</c>. <see cref="TargetOffset"/>
/// is where the id or title starts (what diagnostics point at).
/// </summary>
public sealed record CrossRef(CrossRefKind Kind, string Target, string? Fragment, string? Label, int Start, int Length, int TargetOffset);

/// <summary>Finds <c>xref:</c> links and <c>[[Wiki Links]]</c> in a masked Markdown body.</summary>
public static partial class CrossRefs
{
    [GeneratedRegex(@"(?<=\]\(\s*|<|\]:\s*)xref:(?<id>[^\s)#>""]+)(?:#(?<frag>[^\s)>""]*))?")]
    private static partial Regex XrefPattern();

    [GeneratedRegex(@"(?<!\\)\[\[(?<title>[^\[\]|#\n]+?)(?:#(?<frag>[^\[\]|\n]*))?(?:\|(?<label>[^\[\]\n]+))?\]\](?![(\[])")]
    private static partial Regex WikiPattern();

    public static List<CrossRef> Find(string masked)
    {
        var result = new List<CrossRef>();
        if (masked.Contains("xref:", StringComparison.Ordinal))
        {
            foreach (Match m in XrefPattern().Matches(masked))
            {
                var frag = m.Groups["frag"];
                result.Add(new CrossRef(CrossRefKind.Xref, m.Groups["id"].Value, frag.Success ? frag.Value : null, null, m.Index, m.Length, m.Groups["id"].Index));
            }
        }

        if (masked.Contains("[[", StringComparison.Ordinal))
        {
            foreach (Match m in WikiPattern().Matches(masked))
            {
                var frag = m.Groups["frag"];
                var label = m.Groups["label"];
                result.Add(new CrossRef(CrossRefKind.Wiki, m.Groups["title"].Value.Trim(), frag.Success ? frag.Value.Trim() : null, label.Success ? label.Value.Trim() : null, m.Index, m.Length, m.Groups["title"].Index));
            }
        }

        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }
}
