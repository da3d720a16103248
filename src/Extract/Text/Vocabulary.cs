using System.Text.RegularExpressions;

namespace Limber.Extract.Text;

/// <summary>A canonical value and the phrasings that mean it.</summary>
public sealed record Term(string Canonical, Regex Pattern);

/// <summary>The words detection reads: action verbs, physical words, gym words, and cues of other kinds of prose.</summary>
public static partial class Vocabulary
{
    /// <summary>Verbs that open an instruction to move the body.</summary>
    public static readonly HashSet<string> ActionVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "lie", "lay", "stand", "sit", "kneel", "start", "begin", "place", "put", "bring", "lift", "raise", "lower",
        "press", "push", "pull", "hold", "keep", "bend", "straighten", "extend", "squeeze", "tighten", "engage",
        "brace", "contract", "rotate", "turn", "twist", "slide", "step", "reach", "cross", "hinge", "drive", "return",
        "repeat", "switch", "perform", "do", "inhale", "exhale", "breathe", "loop", "walk", "stack", "assume", "roll",
        "tuck", "draw", "sink", "shift", "pause", "relax", "release", "lean", "fold", "grab", "grasp", "hug", "rest",
        "allow", "use", "position", "get", "move", "squat", "lunge", "tilt", "arch", "round", "flex", "point", "drop",
        "open", "plant", "clasp", "interlace", "wrap", "let", "come", "stay", "remain", "swing", "kick", "march",
        "sweep", "hover", "curl", "clench", "activate", "tap", "touch", "lengthen", "complete", "circle", "rock",
        "pulse", "face", "align", "anchor", "spread", "set", "go", "float", "settle", "aim", "gaze", "look",
        "stretch", "elevate", "flatten", "scoot", "swap", "alternate", "hang", "jump", "hop", "tense", "pin",
        "support", "cup", "stabilize", "stabilise", "unroll", "hook", "thread", "rise", "stride", "retract", "pivot",
        "balance", "maintain", "grip", "transfer", "shuffle", "sidestep", "carry", "row", "glide", "trace", "nod",
        "prop", "lace", "bounce", "sway", "square", "reverse", "close", "attach", "secure", "tie", "fasten", "wedge",
        "imagine", "shrug", "unrack", "rack", "dip", "fly", "run", "crunch", "sprint", "snatch",
        "thrust", "adjust", "recline", "descend", "ascend",
        "slam", "pedal", "climb", "crawl", "depress", "protract", "hoist", "take",
    };

    /// <summary><see cref="ActionVerbs"/> looked up by a span of text.</summary>
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ActionVerbLookup = ActionVerbs.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Verbs of moving the body, in every form a description uses ("lifts", "is lowered", "bent", "holding").</summary>
    public static readonly HashSet<string> MovementForms = Inflect(
    [
        "lift", "lower", "raise", "press", "pull", "push", "curl", "extend", "bend", "squat", "row", "stand", "lie",
        "sit", "kneel", "rotate", "twist", "hang", "hold", "grip", "grab", "grasp", "jump", "swing", "step", "lunge",
        "straighten", "flex", "tilt", "reach", "drive", "bring", "lean", "tuck", "roll", "kick", "pivot", "slide",
        "drop", "shrug", "hinge", "brace", "hop", "climb", "crawl", "pedal", "throw", "catch", "unrack", "rack",
        "descend", "ascend", "elevate",
    ]);

    /// <summary><see cref="MovementForms"/> looked up by a span of text.</summary>
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MovementFormLookup = MovementForms.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that make an instruction physical (body parts, floor, props).</summary>
    public static readonly Regex PhysicalWord = PhysicalWordRegex();

    /// <summary>Gym and training words: equipment, muscles, and the words of a workout.</summary>
    public static readonly Regex GymWord = GymWordRegex();

    /// <summary>Cues that instructions are about everyday life (lifting, sleeping, sitting at a desk), not an exercise.</summary>
    public static readonly Regex EverydayActivity = EverydayActivityRegex();

    /// <summary>Cues that a passage explains, sells or reports rather than instructs.</summary>
    public static readonly Regex NonInstruction = NonInstructionRegex();

    /// <summary>Talk of pain and its causes, which explanations of back pain are full of and exercise descriptions rarely are.</summary>
    public static readonly Regex PainTalk = PainTalkRegex();

    /// <summary>Every form of each verb: "lift", "lifts", "lifted", "lifting"; "bend" also "bent", "lie" also "lying", "lay".</summary>
    private static HashSet<string> Inflect(string[] verbs)
    {
        var forms = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "bent", "held", "stood", "lying", "lay", "lain", "laid", "laying", "sat", "seated", "hung", "kept", "brought", "driven",
            "drove", "swung", "rose", "risen", "caught", "threw", "thrown", "upright",
        };
        foreach (var verb in verbs)
        {
            forms.Add(verb);
            var stem = verb.EndsWith('e') ? verb[..^1] : verb;
            forms.Add(verb.EndsWith('s') || verb.EndsWith("sh", StringComparison.Ordinal) || verb.EndsWith("ch", StringComparison.Ordinal) ? verb + "es" : verb + "s");
            // "step" → "stepped", "stepping": a short verb ending consonant-vowel-consonant doubles its last letter.
            var last = verb[^1];
            var doubled = verb.Length is >= 3 and <= 4 && "bdgmnprt".Contains(last, StringComparison.Ordinal) && IsVowel(verb[^2]) && !IsVowel(verb[^3]);
            forms.Add(doubled ? verb + last + "ed" : stem + "ed");
            forms.Add(doubled ? verb + last + "ing" : stem + "ing");
        }

        return forms;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    [GeneratedRegex(@"\b(?:knees?|hips?|foot|feet|legs?|arms?|hands?|back|glutes?|shoulders?|heels?|toes?|chest|torso|head|spine|pelvis|thighs?|ankles?|elbows?|core|abdominals?|abs|buttocks?|butt|shins?|wrists?|palms?|fingers?|neck|chin|belly|stomach|tailbone|hamstrings?|quads?|calf|calves|body|floor|mat|ground|wall|chair|band|block|bench|box|ball|roller|strap|stance|squat|lunge|weight|sides?|towel|pose|stretch|muscles?|breath|breathe|inhale|exhale|position)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex PhysicalWordRegex();

    [GeneratedRegex(@"\b(?:bar ?bells?|dumbb?ells?|kettle ?bells?|bars?|ez[- ]?bar|sz[- ]?bar|cables?|cable ?racks?|hangboards?|pulleys?|machines?|bench(?:es)?|racks?|plates?|handles?|ropes?|trx|straps?|sled|weights?|grips?|stance|reps?|repetitions?|sets|workouts?|exercises?|movements?|training|lifts?|lifter|bodyweight|starting position|range of motion|biceps?|triceps?|delts?|deltoids?|pecs|pectorals?|pectoralis|lats|latissimus|traps|trapezius|quadriceps|quads|hamstrings?|glutes?|gluteus|gluteal|calves|calf|abs|abdominals?|obliques?|core|forearms?|rotator cuff|soleus|gastrocnemius|adductors?|abductors?|chest|shoulder blades?|push[- ]?ups?|pull[- ]?ups?|chin[- ]?ups?|squats?|lunges?|planks?|crunch(?:es)?|sit[- ]?ups?|deadlifts?|curls?|presses|rows|burpees?|mat|band|ball|isometric|(?-i:DBs|KBs))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GymWordRegex();

    [GeneratedRegex(@"\bwhen you (?:pick|lift|sleep|sit|drive|stand|work|carry|bend|get|go to bed|wake)\b|\bpick(?:ing)? (?:\w+ )?up\b|\bsomething heavy\b|\bheavy (?:objects?|things|boxes|bags)\b|\bthe load\b|\bscreen\b|\bdesk\b|\bkeyboard\b|\bmonitor\b|\bcar seat\b|\bout of bed\b|\bsleep(?:ing)?\b|\bmattress\b|\bgroceries\b|\bat work\b|\bwhile (?:driving(?! (?:your |the |one |each )?(?:elbows?|knees?|hips?|heels?|arms?|feet|foot|legs?)\b)|working|sitting at)\b|\bshoes\b|\bice pack\b|\bheating pad\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex EverydayActivityRegex();

    [GeneratedRegex(@"\d\s*%|\bpercent\b|\bstud(?:y|ies)\b|\bresearch(?:ers)?\b|\bpatients?\b|\bsurg(?:ery|eon|ical)\b|\binjections?\b|\bmedications?\b|\bdiagnos\w*|\bMRI\b|\bx-rays?\b|\bdoctors?\b|\bphysicians?\b|\brefund\b|\bpurchases?\b|\bcustomers?\b|\bsupplements?\b|\bguarantee\b|\bsubscribe\b|\bclick\b|\bsign up\b|\bI am\b|\bI'm\b|\bI’m\b|\bI’ve\b|\bI've\b|\bI (?:usually|always|often|recommend|like|love|find|tell|have|had|was|think|use|get|teach|cue|start|progress|prefer|would|tried|did)\b|\bmy (?:wife|husband|friend|clients?)\b|\be-?book\b|\bsymptoms?\b|\bcondition\b|\bdiseases?\b|\bstatistic\w*|\bAmericans\b|\bpeople\b|\bpercent(?:age)?\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex NonInstructionRegex();

    [GeneratedRegex(@"\b(?:pain(?:ful)?|aches?|sciatica|symptoms?|injur(?:y|ies)|discs?|disks?|nerves?|inflammation|stenosis|herniat\w*|arthritis|degenerat\w*|heal(?:s|ing)?|treat(?:s|ment|ments)?|(?:physio)?therap(?:y|ies|ist|ists)|physio|clinicians?|appointments?|recover(?:y|s)?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PainTalkRegex();
}
