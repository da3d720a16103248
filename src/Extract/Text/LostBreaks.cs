using System.Text;

namespace Limber.Extract.Text;

/// <summary>
/// Puts back the sentence breaks that scraping lost when it dropped the markup between two blocks: "Starting
/// positionStand tall" (a list item run into the next), "Brace your core.Then lift" (a full stop with no blank).
/// Brand names keep their capitals: a glued word is split only when it starts in lower case ("CrossFit", "iPhone" and
/// "eBay" stay whole), and nothing inside an address is.
/// </summary>
public static class LostBreaks
{
    public static string Restore(string text)
    {
        StringBuilder? sb = null;
        var copied = 0;
        for (var i = 1; i < text.Length; i++)
        {
            var c = text[i];
            string? insert = c is >= 'A' and <= 'Z' && GluedAt(text, i) ? ". "
                : (c is >= 'A' and <= 'Z' or '(') && StopWithoutBlankAt(text, i) ? " "
                : null;
            if (insert is null)
            {
                continue;
            }

            sb ??= new StringBuilder(text.Length + 8);
            sb.Append(text, copied, i - copied).Append(insert);
            copied = i;
        }

        return sb is null ? text : sb.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>
    /// "positionStand": a capitalised word of three letters or more glued to a lower-case word of three letters or more
    /// that starts the token (not after a letter, digit, hyphen, apostrophe or an address's punctuation).
    /// </summary>
    private static bool GluedAt(string text, int i)
    {
        if (!IsLower(text, i - 1) || !IsLower(text, i + 1) || !IsLower(text, i + 2))
        {
            return false;
        }

        var end = i + 3;
        while (end < text.Length && IsLower(text, end))
        {
            end++;
        }

        if (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '_'))
        {
            return false;
        }

        var start = i - 1;
        while (start > 0 && IsLower(text, start - 1))
        {
            start--;
        }

        return i - start >= 3 && (start == 0 || !(char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '_' or '\'' or '’' or '-' or '/' or '=' or '.' or '#' or '?' or '&' or '@'));
    }

    /// <summary>"core.Then", "hands.(B) Shift": a full stop after two lower-case letters, then a capitalised word or a step's letter label.</summary>
    private static bool StopWithoutBlankAt(string text, int i)
    {
        if (i < 3 || text[i - 1] != '.' || !IsLower(text, i - 2) || !IsLower(text, i - 3))
        {
            return false;
        }

        return text[i] == '('
            ? i + 3 < text.Length && char.IsAsciiLetter(text[i + 1]) && text[i + 2] == ')' && char.IsWhiteSpace(text[i + 3])
            : IsLower(text, i + 1);
    }

    private static bool IsLower(string text, int i) => i >= 0 && i < text.Length && text[i] is >= 'a' and <= 'z';
}
