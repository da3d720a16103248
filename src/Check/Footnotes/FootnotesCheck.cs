using Limber.Check.Rules;
using Limber.Diagnostics;
using Limber.References.Footnotes;

namespace Limber.Check.Footnotes;

/// <summary>
/// Markdown footnotes that Markdig would get wrong silently: a reference with no definition renders as literal text
/// (<see cref="DiagnosticCodes.FootnoteUndefined"/>), a label defined twice keeps one (<see cref="DiagnosticCodes.FootnoteDuplicate"/>),
/// a definition never referenced is dropped (<see cref="DiagnosticCodes.FootnoteUnused"/>).
/// </summary>
public sealed class FootnotesCheck : IPageCheck
{
    public void Check(PageCheckContext page)
    {
        var marks = MarkdownFootnotes.Find(page.Masked);
        if (marks.Count == 0)
        {
            return;
        }

        var defined = new Dictionary<string, FootnoteMark>(StringComparer.Ordinal);
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in marks)
        {
            if (!m.IsDefinition)
            {
                referenced.Add(m.Label);
            }
            else if (defined.TryGetValue(m.Label, out var first))
            {
                page.Report(DiagnosticCodes.FootnoteDuplicate, Severity.Error, $"footnote [^{m.Label}] is defined twice (first at line {page.At(first.Offset).Line}); Markdig would keep only one", m.Offset);
            }
            else
            {
                defined[m.Label] = m;
            }
        }

        foreach (var m in marks)
        {
            if (!m.IsDefinition && !defined.ContainsKey(m.Label))
            {
                page.Report(DiagnosticCodes.FootnoteUndefined, Severity.Error, $"footnote [^{m.Label}] has no definition ('[^{m.Label}]: …'); it would render as literal text", m.Offset);
            }
        }

        foreach (var m in defined.Values)
        {
            if (!referenced.Contains(m.Label))
            {
                page.Report(DiagnosticCodes.FootnoteUnused, Severity.Warning, $"footnote [^{m.Label}] is defined but never referenced; it would be dropped", m.Offset);
            }
        }
    }
}
