using System.Text.RegularExpressions;

namespace Limber.Extract.Text;

/// <summary>A canonical value and the phrasings that mean it.</summary>
public sealed record Term(string Canonical, Regex Pattern)
{
    public static Term Of(string canonical, string pattern) =>
        new(canonical, new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));
}

/// <summary>The words the extractor knows: equipment, positions, body areas, action verbs.</summary>
public static partial class Vocabulary
{
    public static readonly IReadOnlyList<Term> Equipment =
    [
        new Term("mini band", Term0()),
        new Term("resistance band", Term1()),
        new Term("yoga block", Term2()),
        new Term("foam roller", Term3()),
        new Term("massage ball", Term4()),
        new Term("massage stick", Term5()),
        new Term("stability ball", Term6()),
        new Term("mat", Term7()),
        new Term("chair", Term8()),
        new Term("bench", Term9()),
        new Term("box", Term10()),
        new Term("step", Term11()),
        new Term("dumbbell", Term12()),
        new Term("kettlebell", Term13()),
        new Term("barbell", Term14()),
        new Term("cable machine", Term15()),
        new Term("strap", Term16()),
        new Term("towel", Term17()),
        new Term("pillow", Term18()),
        new Term("dowel", Term19()),
        new Term("wall", Term20()),
        new Term("machine", Term21()),
    ];

    public static readonly IReadOnlyList<Term> Positions =
    [
        new Term("half-kneeling", Term22()),
        new Term("quadruped", Term23()),
        new Term("side-lying", Term24()),
        new Term("prone", Term25()),
        new Term("supine", Term26()),
        new Term("kneeling", Term27()),
        new Term("seated", Term28()),
        new Term("standing", Term29()),
    ];

    public static readonly IReadOnlyList<Term> BodyAreas =
    [
        new Term("hip flexors", Term30()),
        new Term("glutes", Term31()),
        new Term("hamstrings", Term32()),
        new Term("lower back", Term33()),
        new Term("core", Term34()),
        new Term("groin", Term35()),
        new Term("piriformis", Term36()),
        new Term("quads", Term37()),
        new Term("calves", Term38()),
        new Term("hips", Term39()),
        new Term("it band", Term40()),
        new Term("upper back", Term41()),
        new Term("spine", Term42()),
        new Term("shoulders", Term43()),
    ];

    /// <summary>Verbs that open an instruction to move the body.</summary>
    public static readonly HashSet<string> ActionVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "lie", "lay", "stand", "sit", "kneel", "start", "begin", "place", "put", "bring", "lift", "raise", "lower", "press",
        "push", "pull", "hold", "keep", "bend", "straighten", "extend", "squeeze", "tighten", "engage", "brace", "contract",
        "rotate", "turn", "twist", "slide", "step", "reach", "cross", "hinge", "drive", "return", "repeat", "switch",
        "perform", "do", "inhale", "exhale", "breathe", "loop", "walk", "stack", "assume", "roll", "tuck", "draw", "sink",
        "shift", "pause", "relax", "release", "lean", "fold", "grab", "grasp", "hug", "rest", "allow", "use", "position",
        "get", "move", "squat", "lunge", "tilt", "arch", "round", "flex", "point", "drop", "open", "plant", "clasp",
        "interlace", "wrap", "let", "come", "stay", "remain", "swing", "kick", "march", "sweep", "hover", "curl", "clench",
        "activate", "tap", "touch", "lengthen", "complete", "circle", "rock", "pulse", "face", "align", "anchor", "spread",
        "set", "go", "float", "settle", "aim", "gaze", "look", "stretch", "elevate", "flatten", "scoot", "swap", "alternate",
        "hang", "jump", "hop", "tense", "pin", "support", "cup", "stabilize", "stabilise", "unroll", "curl", "hook",
        "thread", "rise", "stride", "retract", "pivot", "balance", "maintain", "grip", "transfer", "shuffle", "sidestep",
        "carry", "row", "glide", "trace", "nod", "prop", "lace", "squeeze", "hinge", "bounce", "sway", "rotate", "square",
        "repeat", "reverse", "return", "close", "attach", "secure", "tie", "fasten", "grab", "wedge", "imagine", "sidestep",
    };

    /// <summary>Words that make an instruction physical (body parts, floor, props).</summary>
    public static readonly Regex PhysicalWord = PhysicalWordRegex();

    /// <summary>Cues that instructions are about everyday life (lifting, sleeping, sitting at a desk), not an exercise.</summary>
    public static readonly Regex EverydayActivity = EverydayActivityRegex();

    /// <summary>Cues that a passage explains, sells or reports rather than instructs.</summary>
    public static readonly Regex NonInstruction = NonInstructionRegex();

    [GeneratedRegex(@"\b(?:knees?|hips?|foot|feet|legs?|arms?|hands?|back|glutes?|shoulders?|heels?|toes?|chest|torso|head|spine|pelvis|thighs?|ankles?|elbows?|core|abdominals?|abs|buttocks?|butt|shins?|wrists?|palms?|fingers?|neck|chin|belly|stomach|tailbone|hamstrings?|quads?|calf|calves|body|floor|mat|ground|wall|chair|band|block|bench|box|ball|roller|strap|stance|squat|lunge|weight|sides?|towel|pose|stretch|muscles?|breath|breathe|inhale|exhale|position)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex PhysicalWordRegex();

    [GeneratedRegex(@"\bwhen you (?:pick|lift|sleep|sit|drive|stand|work|carry|bend|get|go to bed|wake)\b|\bpick(?:ing)? (?:\w+ )?up\b|\bsomething heavy\b|\bheavy (?:objects?|things|boxes|bags)\b|\bthe load\b|\bscreen\b|\bdesk\b|\bkeyboard\b|\bmonitor\b|\bcar seat\b|\bout of bed\b|\bsleep(?:ing)?\b|\bmattress\b|\bgroceries\b|\bat work\b|\bwhile (?:driving|working|sitting at)\b|\bshoes\b|\bice pack\b|\bheating pad\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex EverydayActivityRegex();

    [GeneratedRegex(@"\d\s*%|\bpercent\b|\bstud(?:y|ies)\b|\bresearch(?:ers)?\b|\bpatients?\b|\bsurg(?:ery|eon|ical)\b|\binjections?\b|\bmedications?\b|\bdiagnos\w*|\bMRI\b|\bx-rays?\b|\bdoctors?\b|\bphysicians?\b|\brefund\b|\bpurchases?\b|\bsupplements?\b|\bguarantee\b|\bsubscribe\b|\bclick\b|\bsign up\b|\bI am\b|\bI'm\b|\bI’m\b|\bI’ve\b|\bI've\b|\bmy (?:wife|husband|friend|clients?)\b|\be-?book\b|\bsymptoms?\b|\bcondition\b|\bdiseases?\b|\bstatistic\w*|\bAmericans\b|\bpeople\b|\bpercent(?:age)?\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex NonInstructionRegex();

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\bmini[- ]?bands?\b|\bloop bands?\b|\bhip circle band\b|\bbooty bands?\b", Options)]
    private static partial Regex Term0();

    [GeneratedRegex(@"(?<!\b(?:mini|it|iliotibial|loop)[- ]?)\b(?:(?:resistance|exercise|elastic|therapy|long) )?bands?\b(?!\s+of\b)|\btheraband\b", Options)]
    private static partial Regex Term1();

    [GeneratedRegex(@"\b(?:yoga |foam )?blocks?\b", Options)]
    private static partial Regex Term2();

    [GeneratedRegex(@"\bfoam[- ]?roll(?:er|ers)?\b|\b(?:on|with) (?:a|the) roller\b", Options)]
    private static partial Regex Term3();

    [GeneratedRegex(@"\b(?:massage|tennis|lacrosse|trigger[- ]point) balls?\b", Options)]
    private static partial Regex Term4();

    [GeneratedRegex(@"\bmassage sticks?\b|\broller sticks?\b", Options)]
    private static partial Regex Term5();

    [GeneratedRegex(@"\b(?:stability|exercise|swiss|physio|balance|gym|fitness) balls?\b", Options)]
    private static partial Regex Term6();

    [GeneratedRegex(@"\b(?:yoga |exercise )?mats?\b", Options)]
    private static partial Regex Term7();

    [GeneratedRegex(@"\bchairs?\b", Options)]
    private static partial Regex Term8();

    [GeneratedRegex(@"\bbench(?:es)?\b", Options)]
    private static partial Regex Term9();

    [GeneratedRegex(@"\b(?:plyo )?box(?:es)?\b", Options)]
    private static partial Regex Term10();

    [GeneratedRegex(@"\b(?:on|onto|off|of|from|up) (?:a|the|your) (?:low |bottom |sturdy )?(?:step|stair|stairs)\b|\b(?:low|aerobic|bottom) step\b", Options)]
    private static partial Regex Term11();

    [GeneratedRegex(@"\bdumbbells?\b|\bdumbells?\b", Options)]
    private static partial Regex Term12();

    [GeneratedRegex(@"\bkettlebells?\b", Options)]
    private static partial Regex Term13();

    [GeneratedRegex(@"\bbarbells?\b", Options)]
    private static partial Regex Term14();

    [GeneratedRegex(@"\bcable(?: machine| column| station| pulley)?s?\b", Options)]
    private static partial Regex Term15();

    [GeneratedRegex(@"\b(?:yoga )?straps?\b|\bbelt\b", Options)]
    private static partial Regex Term16();

    [GeneratedRegex(@"\btowels?\b", Options)]
    private static partial Regex Term17();

    [GeneratedRegex(@"\bpillows?\b|\bcushions?\b|\bbolsters?\b", Options)]
    private static partial Regex Term18();

    [GeneratedRegex(@"\bdowels?\b|\bbroomstick\b|\bpvc pipe\b", Options)]
    private static partial Regex Term19();

    [GeneratedRegex(@"\b(?:against|on|into|facing|toward|towards|beside|near|at|to|from|off|up|of|touch(?:es)?|touching) (?:a|the) wall\b", Options)]
    private static partial Regex Term20();

    [GeneratedRegex(@"\b(?<!cable )machine\b", Options)]
    private static partial Regex Term21();

    [GeneratedRegex(@"\bhalf[- ]kneel(?:ing)?\b|\bkneel(?:ing)? on (?:one|your (?:right|left)|the (?:right|left)|a single) knee\b|\bone knee (?:down|on the (?:floor|ground|mat))\b|\blunge position with\b", Options)]
    private static partial Regex Term22();

    [GeneratedRegex(@"\bhands and knees\b|\ball fours\b|\btable ?top (?:position)?\b|\bquadruped\b", Options)]
    private static partial Regex Term23();

    [GeneratedRegex(@"\b(?:lie|lying|lay) on (?:your|one|the) (?:left |right )?side\b|\bside[- ]lying\b", Options)]
    private static partial Regex Term24();

    [GeneratedRegex(@"\b(?:lie|lying|lay) (?:face ?down|facedown|on your (?:stomach|belly|front|tummy))\b|\bprone\b|\bon your (?:stomach|belly)\b|\bface[- ]?down\b", Options)]
    private static partial Regex Term25();

    [GeneratedRegex(@"\b(?:lie|lying|lay)(?: down)? (?:flat )?(?:on your back|face ?up|faceup)\b|\bsupine\b|\bon your back\b(?! (?:foot|feet|leg|knee|heel|side|thigh|toes?))|\bface[- ]?up\b", Options)]
    private static partial Regex Term26();

    [GeneratedRegex(@"\bkneel(?:ing|s)?\b", Options)]
    private static partial Regex Term27();

    [GeneratedRegex(@"\bseated\b|\bsit(?:ting)? (?:up |down |tall |upright |comfortably |cross-legged |on (?:a|the|your)|in (?:a|the)|with|at the edge|near the edge|on the edge)\b|\bsitting position\b", Options)]
    private static partial Regex Term28();

    [GeneratedRegex(@"\bstand(?:ing)?\b(?! (?:up from|desk))|\bstanding position\b", Options)]
    private static partial Regex Term29();

    [GeneratedRegex(@"\bhip flexors?\b|\b(?:ilio)?psoas\b|\biliacus\b|\bfront of (?:the|your) (?:right |left )?hips?\b", Options)]
    private static partial Regex Term30();

    [GeneratedRegex(@"\bglute(?:al|s|us)?(?: (?:maximus|medius|minimus))?\b|\bbuttocks?\b|\bbutt\b|\bseat muscles\b", Options)]
    private static partial Regex Term31();

    [GeneratedRegex(@"\bhamstrings?\b|\bback of (?:the|your) (?:thighs?|legs?)\b", Options)]
    private static partial Regex Term32();

    [GeneratedRegex(@"(?<!\b(?:slowly|then|and|gently|to)\s)\blow(?:er)?[- ]back\b(?!\s+(?:down|up|to|toward|towards|into|onto|on|slowly|under|again)\b)|\blumbar\b|\berector spinae\b|\bquadratus lumborum\b|\bmultifidus\b", Options)]
    private static partial Regex Term33();

    [GeneratedRegex(@"\bcore\b|\babdominals?\b|\babs\b|\babdominal muscles\b|\btransvers(?:e|us) abdomin\w*\b|\bobliques?\b|\bstomach muscles\b|\bbelly button\b", Options)]
    private static partial Regex Term34();

    [GeneratedRegex(@"\bgroin\b|\binner thighs?\b|\badductors?\b", Options)]
    private static partial Regex Term35();

    [GeneratedRegex(@"\bpiriformis\b|\bdeep hip rotators\b", Options)]
    private static partial Regex Term36();

    [GeneratedRegex(@"\bquad(?:s|riceps)?\b|\bfront of (?:the|your) thighs?\b", Options)]
    private static partial Regex Term37();

    [GeneratedRegex(@"\bcalf\b|\bcalves\b", Options)]
    private static partial Regex Term38();

    [GeneratedRegex(@"\bhip (?:stretch|opener|mobility|joint|rotators?)\b|\bouter hips?\b|\bhip abductors?\b|\bopens? (?:up )?(?:the|your) hips\b|\bstretch in (?:your|the) (?:outer |front of (?:your|the) )?hips?\b", Options)]
    private static partial Regex Term39();

    [GeneratedRegex(@"\bit band\b|\biliotibial\b|\btensor fasciae latae\b|\btfl\b", Options)]
    private static partial Regex Term40();

    [GeneratedRegex(@"\bupper back\b|\bthoracic\b", Options)]
    private static partial Regex Term41();

    [GeneratedRegex(@"\bspine\b|\bspinal\b", Options)]
    private static partial Regex Term42();

    [GeneratedRegex(@"\bshoulder (?:stretch|mobility|blades?)\b", Options)]
    private static partial Regex Term43();
}
