using Limber.Check.Rules;
using Limber.Diagnostics;
using Limber.References.Footnotes;

namespace Limber.Check.Footnotes;

/// <summary>
/// A footnote return link ("BACK TO TEXT", "↩") copied from a web page into a kept raw passage
/// (<see cref="DiagnosticCodes.FootnoteReturnLink"/>); the page leaves it out.
/// </summary>
public sealed class FootnoteReturnLinksCheck : IPassageCheck
{
    public void Check(PassageCheckContext passage)
    {
        var text = passage.Text;
        foreach (var r in DanglingFootnoteDigits.FindReturnLinks(text))
        {
            var at = text.IndexOf(r.Value, r.Start, StringComparison.Ordinal);
            passage.Warn(DiagnosticCodes.FootnoteReturnLink, $"footnote return link '{r.Value}' copied from a web page; it is left out of the page", at);
        }
    }
}
