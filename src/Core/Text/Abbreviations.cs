using System.Collections.Frozen;

namespace Limber.Text;

/// <summary>
/// The one list of abbreviations whose full stop does not end a sentence ("Dr. Lee", "e.g. this", "et al. found"), read
/// by <see cref="SentenceEnds"/>, the rule every sentence splitter follows.
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
}
