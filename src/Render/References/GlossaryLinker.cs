using System.Net;

namespace Limber.Render.References;

/// <summary>Links glossary terms in raw passage text on their first mention on one page (one linker per page).</summary>
public sealed class GlossaryLinker(ReferenceContext context)
{
    private readonly HashSet<string> _linked = new(StringComparer.Ordinal);

    /// <summary>Spans of <paramref name="text"/> to wrap, with the opening tag of each link.</summary>
    public IEnumerable<(int Start, int Length, string Open)> Link(string text)
    {
        if (!context.Options.GlossaryLinks || context.GlossaryUrl is not { } url || context.Glossary.Entries.IsEmpty)
        {
            yield break;
        }

        var (pattern, byForm) = context.GlossaryPattern;
        foreach (System.Text.RegularExpressions.Match m in pattern.Matches(text))
        {
            if (byForm.TryGetValue(m.Value, out var entry) && _linked.Add(entry.Term))
            {
                yield return (m.Index, m.Length, $"<a class=\"glossary-term\" href=\"{WebUtility.HtmlEncode(url)}#{entry.Anchor}\" title=\"{WebUtility.HtmlEncode(entry.Definition)}\">");
            }
        }
    }
}
