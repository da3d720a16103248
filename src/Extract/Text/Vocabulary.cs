using System.Text.RegularExpressions;

namespace Limber.Extract.Text;

/// <summary>A canonical value and the phrasings that mean it.</summary>
public sealed record Term(string Canonical, Regex Pattern)
{
    public static Term Of(string canonical, string pattern) =>
        new(canonical, new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));
}

/// <summary>The words the extractor knows: equipment, positions, body areas, action verbs.</summary>
public static class Vocabulary
{
    public static readonly IReadOnlyList<Term> Equipment =
    [
        Term.Of("mini band", @"\bmini[- ]?bands?\b|\bloop bands?\b|\bhip circle band\b|\bbooty bands?\b"),
        Term.Of("resistance band", @"(?<!\b(?:mini|it|iliotibial|loop)[- ]?)\b(?:(?:resistance|exercise|elastic|therapy|long) )?bands?\b(?!\s+of\b)|\btheraband\b"),
        Term.Of("yoga block", @"\b(?:yoga |foam )?blocks?\b"),
        Term.Of("foam roller", @"\bfoam[- ]?roll(?:er|ers)?\b|\b(?:on|with) (?:a|the) roller\b"),
        Term.Of("massage ball", @"\b(?:massage|tennis|lacrosse|trigger[- ]point) balls?\b"),
        Term.Of("massage stick", @"\bmassage sticks?\b|\broller sticks?\b"),
        Term.Of("stability ball", @"\b(?:stability|exercise|swiss|physio|balance|gym|fitness) balls?\b"),
        Term.Of("mat", @"\b(?:yoga |exercise )?mats?\b"),
        Term.Of("chair", @"\bchairs?\b"),
        Term.Of("bench", @"\bbench(?:es)?\b"),
        Term.Of("box", @"\b(?:plyo )?box(?:es)?\b"),
        Term.Of("step", @"\b(?:on|onto|off|of|from|up) (?:a|the|your) (?:low |bottom |sturdy )?(?:step|stair|stairs)\b|\b(?:low|aerobic|bottom) step\b"),
        Term.Of("dumbbell", @"\bdumbbells?\b|\bdumbells?\b"),
        Term.Of("kettlebell", @"\bkettlebells?\b"),
        Term.Of("barbell", @"\bbarbells?\b"),
        Term.Of("cable machine", @"\bcable(?: machine| column| station| pulley)?s?\b"),
        Term.Of("strap", @"\b(?:yoga )?straps?\b|\bbelt\b"),
        Term.Of("towel", @"\btowels?\b"),
        Term.Of("pillow", @"\bpillows?\b|\bcushions?\b|\bbolsters?\b"),
        Term.Of("dowel", @"\bdowels?\b|\bbroomstick\b|\bpvc pipe\b"),
        Term.Of("wall", @"\b(?:against|on|into|facing|toward|towards|beside|near|at|to|from|off|up|of|touch(?:es)?|touching) (?:a|the) wall\b"),
        Term.Of("machine", @"\b(?<!cable )machine\b"),
    ];

    public static readonly IReadOnlyList<Term> Positions =
    [
        Term.Of("half-kneeling", @"\bhalf[- ]kneel(?:ing)?\b|\bkneel(?:ing)? on (?:one|your (?:right|left)|the (?:right|left)|a single) knee\b|\bone knee (?:down|on the (?:floor|ground|mat))\b|\blunge position with\b"),
        Term.Of("quadruped", @"\bhands and knees\b|\ball fours\b|\btable ?top (?:position)?\b|\bquadruped\b"),
        Term.Of("side-lying", @"\b(?:lie|lying|lay) on (?:your|one|the) (?:left |right )?side\b|\bside[- ]lying\b"),
        Term.Of("prone", @"\b(?:lie|lying|lay) (?:face ?down|facedown|on your (?:stomach|belly|front|tummy))\b|\bprone\b|\bon your (?:stomach|belly)\b|\bface[- ]?down\b"),
        Term.Of("supine", @"\b(?:lie|lying|lay)(?: down)? (?:flat )?(?:on your back|face ?up|faceup)\b|\bsupine\b|\bon your back\b(?! (?:foot|feet|leg|knee|heel|side|thigh|toes?))|\bface[- ]?up\b"),
        Term.Of("kneeling", @"\bkneel(?:ing|s)?\b"),
        Term.Of("seated", @"\bseated\b|\bsit(?:ting)? (?:up |down |tall |upright |comfortably |cross-legged |on (?:a|the|your)|in (?:a|the)|with|at the edge|near the edge|on the edge)\b|\bsitting position\b"),
        Term.Of("standing", @"\bstand(?:ing)?\b(?! (?:up from|desk))|\bstanding position\b"),
    ];

    public static readonly IReadOnlyList<Term> BodyAreas =
    [
        Term.Of("hip flexors", @"\bhip flexors?\b|\b(?:ilio)?psoas\b|\biliacus\b|\bfront of (?:the|your) (?:right |left )?hips?\b"),
        Term.Of("glutes", @"\bglute(?:al|s|us)?(?: (?:maximus|medius|minimus))?\b|\bbuttocks?\b|\bbutt\b|\bseat muscles\b"),
        Term.Of("hamstrings", @"\bhamstrings?\b|\bback of (?:the|your) (?:thighs?|legs?)\b"),
        Term.Of("lower back", @"(?<!\b(?:slowly|then|and|gently|to)\s)\blow(?:er)?[- ]back\b(?!\s+(?:down|up|to|toward|towards|into|onto|on|slowly|under|again)\b)|\blumbar\b|\berector spinae\b|\bquadratus lumborum\b|\bmultifidus\b"),
        Term.Of("core", @"\bcore\b|\babdominals?\b|\babs\b|\babdominal muscles\b|\btransvers(?:e|us) abdomin\w*\b|\bobliques?\b|\bstomach muscles\b|\bbelly button\b"),
        Term.Of("groin", @"\bgroin\b|\binner thighs?\b|\badductors?\b"),
        Term.Of("piriformis", @"\bpiriformis\b|\bdeep hip rotators\b"),
        Term.Of("quads", @"\bquad(?:s|riceps)?\b|\bfront of (?:the|your) thighs?\b"),
        Term.Of("calves", @"\bcalf\b|\bcalves\b"),
        Term.Of("hips", @"\bhip (?:stretch|opener|mobility|joint|rotators?)\b|\bouter hips?\b|\bhip abductors?\b|\bopens? (?:up )?(?:the|your) hips\b|\bstretch in (?:your|the) (?:outer |front of (?:your|the) )?hips?\b"),
        Term.Of("it band", @"\bit band\b|\biliotibial\b|\btensor fasciae latae\b|\btfl\b"),
        Term.Of("upper back", @"\bupper back\b|\bthoracic\b"),
        Term.Of("spine", @"\bspine\b|\bspinal\b"),
        Term.Of("shoulders", @"\bshoulder (?:stretch|mobility|blades?)\b"),
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
    public static readonly Regex PhysicalWord = new(
        @"\b(?:knees?|hips?|foot|feet|legs?|arms?|hands?|back|glutes?|shoulders?|heels?|toes?|chest|torso|head|spine|pelvis|thighs?|ankles?|elbows?|core|abdominals?|abs|buttocks?|butt|shins?|wrists?|palms?|fingers?|neck|chin|belly|stomach|tailbone|hamstrings?|quads?|calf|calves|body|floor|mat|ground|wall|chair|band|block|bench|box|ball|roller|strap|stance|squat|lunge|weight|sides?|towel|pose|stretch|muscles?|breath|breathe|inhale|exhale|position)\b",
        RegexOptions.IgnoreCase);

    /// <summary>Cues that instructions are about everyday life (lifting, sleeping, sitting at a desk), not an exercise.</summary>
    public static readonly Regex EverydayActivity = new(
        @"\bwhen you (?:pick|lift|sleep|sit|drive|stand|work|carry|bend|get|go to bed|wake)\b|\bpick(?:ing)? (?:\w+ )?up\b|\bsomething heavy\b|\bheavy (?:objects?|things|boxes|bags)\b|\bthe load\b|\bscreen\b|\bdesk\b|\bkeyboard\b|\bmonitor\b|\bcar seat\b|\bout of bed\b|\bsleep(?:ing)?\b|\bmattress\b|\bgroceries\b|\bat work\b|\bwhile (?:driving|working|sitting at)\b|\bshoes\b|\bice pack\b|\bheating pad\b",
        RegexOptions.IgnoreCase);

    /// <summary>Cues that a passage explains, sells or reports rather than instructs.</summary>
    public static readonly Regex NonInstruction = new(
        @"\d\s*%|\bpercent\b|\bstud(?:y|ies)\b|\bresearch(?:ers)?\b|\bpatients?\b|\bsurg(?:ery|eon|ical)\b|\binjections?\b|\bmedications?\b|\bdiagnos\w*|\bMRI\b|\bx-rays?\b|\bdoctors?\b|\bphysicians?\b|\brefund\b|\bpurchases?\b|\bsupplements?\b|\bguarantee\b|\bsubscribe\b|\bclick\b|\bsign up\b|\bI am\b|\bI'm\b|\bI’m\b|\bI’ve\b|\bI've\b|\bmy (?:wife|husband|friend|clients?)\b|\be-?book\b|\bsymptoms?\b|\bcondition\b|\bdiseases?\b|\bstatistic\w*|\bAmericans\b|\bpeople\b|\bpercent(?:age)?\b",
        RegexOptions.IgnoreCase);
}
