using System.Globalization;
using System.Runtime.CompilerServices;

namespace Limber.Dedupe;

/// <summary>
/// The text of one piece of evidence, written only when the score is explaining itself: nearly every passage is
/// content, so its evidence is weighed but never worded (<see cref="DebrisScore.Explaining"/>).
/// </summary>
[InterpolatedStringHandler]
internal ref struct EvidenceText
{
    private DefaultInterpolatedStringHandler _text;

    public EvidenceText(int literalLength, int formattedCount, DebrisScore score, out bool shouldAppend)
    {
        shouldAppend = score.Explaining;
        _text = shouldAppend ? new DefaultInterpolatedStringHandler(literalLength, formattedCount, CultureInfo.InvariantCulture) : default;
    }

    public void AppendLiteral(string value) => _text.AppendLiteral(value);

    public void AppendFormatted<T>(T value) => _text.AppendFormatted(value);

    public void AppendFormatted(ReadOnlySpan<char> value) => _text.AppendFormatted(value);

    public void AppendFormatted(string? value) => _text.AppendFormatted(value);

    public string ToStringAndClear() => _text.ToStringAndClear();
}
