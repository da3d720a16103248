using System.Text.RegularExpressions;
using Limber.Extract.Text;

namespace Limber.Extract.Fields;

/// <summary>The body areas an exercise can work, each with the phrasings that mean it.</summary>
public static partial class BodyAreaTerms
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public static readonly IReadOnlyList<Term> All =
    [
        new Term("hip flexors", HipFlexors()),
        new Term("glutes", Glutes()),
        new Term("hamstrings", Hamstrings()),
        new Term("lower back", LowerBack()),
        new Term("core", Core()),
        new Term("groin", Groin()),
        new Term("piriformis", Piriformis()),
        new Term("quads", Quads()),
        new Term("calves", Calves()),
        new Term("hips", Hips()),
        new Term("it band", ItBand()),
        new Term("upper back", UpperBack()),
        new Term("spine", Spine()),
        new Term("shoulders", Shoulders()),
    ];

    [GeneratedRegex(@"\bhip flexors?\b|\b(?:ilio)?psoas\b|\biliacus\b|\bfront of (?:the|your) (?:right |left )?hips?\b", Options)]
    private static partial Regex HipFlexors();

    [GeneratedRegex(@"\bglute(?:al|s|us)?(?: (?:maximus|medius|minimus))?\b|\bbuttocks?\b|\bbutt\b|\bseat muscles\b", Options)]
    private static partial Regex Glutes();

    [GeneratedRegex(@"\bhamstrings?\b|\bback of (?:the|your) (?:thighs?|legs?)\b", Options)]
    private static partial Regex Hamstrings();

    [GeneratedRegex(@"(?<!\b(?:slowly|then|and|gently|to)\s)\blow(?:er)?[- ]back\b(?!\s+(?:down|up|to|toward|towards|into|onto|on|slowly|under|again)\b)|\blumbar\b|\berector spinae\b|\bquadratus lumborum\b|\bmultifidus\b", Options)]
    private static partial Regex LowerBack();

    [GeneratedRegex(@"\bcore\b|\babdominals?\b|\babs\b|\babdominal muscles\b|\btransvers(?:e|us) abdomin\w*\b|\bobliques?\b|\bstomach muscles\b|\bbelly button\b", Options)]
    private static partial Regex Core();

    [GeneratedRegex(@"\bgroin\b|\binner thighs?\b|\badductors?\b", Options)]
    private static partial Regex Groin();

    [GeneratedRegex(@"\bpiriformis\b|\bdeep hip rotators\b", Options)]
    private static partial Regex Piriformis();

    [GeneratedRegex(@"\bquad(?:s|riceps)?\b|\bfront of (?:the|your) thighs?\b", Options)]
    private static partial Regex Quads();

    [GeneratedRegex(@"\bcalf\b|\bcalves\b", Options)]
    private static partial Regex Calves();

    [GeneratedRegex(@"\bhip (?:stretch|opener|mobility|joint|rotators?)\b|\bouter hips?\b|\bhip abductors?\b|\bopens? (?:up )?(?:the|your) hips\b|\bstretch in (?:your|the) (?:outer |front of (?:your|the) )?hips?\b", Options)]
    private static partial Regex Hips();

    [GeneratedRegex(@"\bit band\b|\biliotibial\b|\btensor fasciae latae\b|\btfl\b", Options)]
    private static partial Regex ItBand();

    [GeneratedRegex(@"\bupper back\b|\bthoracic\b", Options)]
    private static partial Regex UpperBack();

    [GeneratedRegex(@"\bspine\b|\bspinal\b", Options)]
    private static partial Regex Spine();

    [GeneratedRegex(@"\bshoulder (?:stretch|mobility|blades?)\b", Options)]
    private static partial Regex Shoulders();
}
