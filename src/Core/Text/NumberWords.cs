using System.Collections.Frozen;

namespace Limber.Text;

/// <summary>
/// The English number words Limber reads, in one table shared by dedupe (a number word is folded like a number), extract
/// (doses: "ten reps", "a dozen") and check (claims: "two in three adults"): cardinals with their values, ordinals, and
/// words of count or share ("once", "twice", "half").
/// </summary>
public static class NumberWords
{
    /// <summary>"zero" … "nineteen", the tens, "hundred", "thousand", "million", "billion", "dozen", with their values.</summary>
    public static FrozenDictionary<string, int> Cardinals { get; } = new Dictionary<string, int>
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40,
        ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["hundred"] = 100, ["thousand"] = 1_000, ["million"] = 1_000_000, ["billion"] = 1_000_000_000, ["dozen"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>"first" … "tenth", with their values.</summary>
    public static FrozenDictionary<string, int> Ordinals { get; } = new Dictionary<string, int>
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5,
        ["sixth"] = 6, ["seventh"] = 7, ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that count or share without being a cardinal: "once", "twice", "single", "double", "half".</summary>
    public static FrozenSet<string> CountsAndShares { get; } =
        new[] { "once", "twice", "thrice", "single", "double", "triple", "half", "quarter" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every word of the three lists.</summary>
    public static IEnumerable<string> All => Cardinals.Keys.Concat(Ordinals.Keys).Concat(CountsAndShares);
}
