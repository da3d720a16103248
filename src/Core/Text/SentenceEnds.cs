namespace Limber.Text;

/// <summary>
/// The one rule for where a sentence ends, for every sentence splitter: dedupe's tokens, extract's segments and the
/// citation check's spans. A sentence ends at a full stop, "!" or "?" (a closing quote or bracket may follow) that is
/// not an abbreviation's ("Dr.", "e.g.", see <see cref="Abbreviations"/>) or an initial's ("J. Smith"), before a blank;
/// the next one opens with a capital letter or a digit, after an opening quote or bracket if any. Each splitter adds
/// only what its text is made of: Markdown's blank lines and headings, a list item's brackets.
/// </summary>
public static class SentenceEnds
{
    /// <summary>True when <paramref name="before"/> ends a sentence: a stop, perhaps closed by a quote or bracket, that is no abbreviation's or initial's.</summary>
    public static bool Closes(ReadOnlySpan<char> before)
    {
        var end = before.Length;
        if (end >= 2 && before[end - 1] is '"' or '”' or '’' or ')' or ']')
        {
            end--;
        }

        if (end == 0 || before[end - 1] is not ('.' or '!' or '?'))
        {
            return false;
        }

        if (before[end - 1] != '.')
        {
            return true;
        }

        var word = before[..(end - 1)];
        var space = word.LastIndexOfAny(' ', '\t', '\n');
        word = (space < 0 ? word : word[(space + 1)..]).TrimStart("(\"“‘[*_");
        return !Abbreviations.IsOne(word) && !IsInitial(word);
    }

    /// <summary>True when <paramref name="after"/> opens a sentence: a capital letter or a digit, perhaps after an opening quote or bracket.</summary>
    public static bool Opens(ReadOnlySpan<char> after)
    {
        var at = after.Length > 0 && after[0] is '"' or '“' or '‘' or '(' or '[' ? 1 : 0;
        return at < after.Length && (char.IsUpper(after[at]) || char.IsAsciiDigit(after[at]));
    }

    /// <summary>True when the blanks from <paramref name="blanksStart"/> to <paramref name="blanksEnd"/> separate two sentences.</summary>
    public static bool IsBreak(string text, int blanksStart, int blanksEnd) =>
        blanksStart > 0 && blanksEnd > blanksStart && Closes(text.AsSpan(0, blanksStart)) && Opens(text.AsSpan(blanksEnd));

    /// <summary>An initial: a single capital letter, as a word of its own ("J. Smith") or after another's full stop ("J.R. Smith").</summary>
    private static bool IsInitial(ReadOnlySpan<char> word) =>
        word.Length >= 1 && char.IsUpper(word[^1]) && (word.Length == 1 || word[^2] == '.');
}
