using System.Collections.Frozen;

namespace Limber.Text;

/// <summary>
/// The one list of abbreviations whose full stop does not end a sentence ("Dr. Lee", "e.g. this", "et al. found"), for
/// every sentence splitter: dedupe's, extract's and the citation check's.
/// </summary>
public static class Abbreviations
{
    /// <summary>Lower case, without the final full stop ("e.g", "u.s"); "et al." is read by its last word, "al".</summary>
    private static readonly FrozenSet<string> Words = new[]
    {
        "dr", "mr", "mrs", "ms", "prof", "st", "jr", "sr", "vs", "etc", "e.g", "eg", "i.e", "ie", "no", "fig", "approx",
        "inc", "co", "ant", "u.s", "al",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="word"/>, without its full stop, is an abbreviation: "dr", "Etc", "e.g".</summary>
    public static bool IsOne(ReadOnlySpan<char> word) => Lookup.Contains(word);

    /// <summary>True when the text ends in an abbreviation and its full stop, as a word of its own: "… e.g.", "Dr.".</summary>
    public static bool EndsWithOne(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text[^1] != '.')
        {
            return false;
        }

        var word = text[..^1];
        var space = word.LastIndexOfAny(' ', '\t', '\n');
        return IsOne(space < 0 ? word : word[(space + 1)..]);
    }
}
