using Limber.Check.Rules;
using Limber.Diagnostics;
using Limber.References.Footnotes;

namespace Limber.Check.Footnotes;

/// <summary>
/// Reference digits copied from a web page without their footnote ("unreliable,1 because") in a kept raw passage
/// (<see cref="DiagnosticCodes.DanglingFootnoteDigit"/>); the page leaves them out.
/// </summary>
public sealed class DanglingFootnoteDigitsCheck : IPassageCheck
{
    public void Check(PassageCheckContext passage)
    {
        var text = passage.Text;
        foreach (var d in DanglingFootnoteDigits.Find(text))
        {
            passage.Warn(
                DiagnosticCodes.DanglingFootnoteDigit,
                $"dangling footnote digit '{d.Value}' after \"{Before(text, d.Start)}\" (a reference number copied without its footnote); it is left out of the page",
                d.Start);
        }
    }

    /// <summary>The words before <paramref name="at"/> (up to 20 characters, whole words), to show where the digit is.</summary>
    private static string Before(string text, int at)
    {
        var start = Math.Max(0, at - 20);
        var s = text[start..at];
        var space = s.IndexOf(' ', StringComparison.Ordinal);
        return (start > 0 && space >= 0 ? s[(space + 1)..] : s).Trim();
    }
}
