using System.Text.RegularExpressions;
using Limber.Extract.Text;

namespace Limber.Extract.Fields;

/// <summary>The starting positions an exercise can state, most specific first, each with the phrasings that mean it.</summary>
public static partial class PositionTerms
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public static readonly IReadOnlyList<Term> All =
    [
        new Term("half-kneeling", HalfKneeling()),
        new Term("quadruped", Quadruped()),
        new Term("side-lying", SideLying()),
        new Term("prone", Prone()),
        new Term("supine", Supine()),
        new Term("kneeling", Kneeling()),
        new Term("seated", Seated()),
        new Term("standing", Standing()),
    ];

    [GeneratedRegex(@"\bhalf[- ]kneel(?:ing)?\b|\bkneel(?:ing)? on (?:one|your (?:right|left)|the (?:right|left)|a single) knee\b|\bone knee (?:down|on the (?:floor|ground|mat))\b|\blunge position with\b", Options)]
    private static partial Regex HalfKneeling();

    [GeneratedRegex(@"\bhands and knees\b|\ball fours\b|\btable ?top (?:position)?\b|\bquadruped\b", Options)]
    private static partial Regex Quadruped();

    [GeneratedRegex(@"\b(?:lie|lying|lay) on (?:your|one|the) (?:left |right )?side\b|\bside[- ]lying\b", Options)]
    private static partial Regex SideLying();

    [GeneratedRegex(@"\b(?:lie|lying|lay) (?:face ?down|facedown|on your (?:stomach|belly|front|tummy))\b|\bprone\b|\bon your (?:stomach|belly)\b|\bface[- ]?down\b", Options)]
    private static partial Regex Prone();

    [GeneratedRegex(@"\b(?:lie|lying|lay)(?: down)? (?:flat )?(?:on your back|face ?up|faceup)\b|\bsupine\b|\bon your back\b(?! (?:foot|feet|leg|knee|heel|side|thigh|toes?))|\bface[- ]?up\b|\b(?:lie|lying|lay)(?: back| down)?(?: flat)? (?:on|across) (?:a|the) (?:flat |incline |decline |weight )?bench\b(?![^.]{0,20}\b(?:face ?down|on your (?:stomach|belly|front)))", Options)]
    private static partial Regex Supine();

    [GeneratedRegex(@"\bkneel(?:ing|s)?\b", Options)]
    private static partial Regex Kneeling();

    [GeneratedRegex(@"\bseated\b|\bsit(?:ting)? (?:up |down |tall |upright |comfortably |cross-legged |on (?:a|the|your)|in (?:a|the)|with|at the edge|near the edge|on the edge)\b|\bsitting position\b", Options)]
    private static partial Regex Seated();

    [GeneratedRegex(@"\bstand(?:ing)?\b(?! (?:up from|desk))|\bstanding position\b", Options)]
    private static partial Regex Standing();
}
