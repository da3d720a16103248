using System.Text.RegularExpressions;
using Limber.Extract.Text;

namespace Limber.Extract.Dosage;

/// <summary>The phrasings of a dose, each named after what it matches.</summary>
internal static partial class DosagePatterns
{
    private const RegexOptions Opts = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private const string N = WrittenNumbers.Pattern;
    private const string Range = $@"(?<a>{N})(?:-?\s*(?:-|–|—|to|or)\s*(?<b>{N}))?";

    /// <summary>"10 reps", "8–12 times", "10 presses", "5 circles", "20 marches": a count of repetitions.</summary>
    [GeneratedRegex($@"\b{Range}\s*(?:(?:more|total|slow|controlled|small|big|large|full|quick|fast|deep|gentle|alternating|forward|backward)\s+)?(?:reps?|repetitions?|times|(?:presses|circles|holds|trips|marches|lifts|raises|swings|rotations|pulses|squeezes|bridges|squats|lunges|crunches|curls|kicks|taps|touches|jumps|hops|rolls|rows|push-?ups|pull-?ups|sit-?ups|chin-?ups|dips|shrugs|bends|tilts|twists)|steps(?!\s+(?:forward|forwards|back|backward|backwards|to|away|toward|towards|left|right|out|in|up|down|apart|from|of)\b))\b(?!\s+(?:a|per|each)\s+(?:day|week|month|night|morning))(?!\s+(?:daily|weekly))", Opts)]
    internal static partial Regex Reps();

    /// <summary>"Do 10 on each side".</summary>
    [GeneratedRegex($@"\b(?:do|perform|complete|repeat)\s+(?:this\s+|it\s+)?{Range}\s+(?:(?:on|for|with)\s+)?(?:each|every|per|the other|both)\s+(?:sides?|legs?)\b", Opts)]
    internal static partial Regex RepsPerSide();

    /// <summary>"Reps: 10".</summary>
    [GeneratedRegex($@"\b(?:reps|repetitions)\s*[:=]\s*{Range}\b", Opts)]
    internal static partial Regex LabelledReps();

    /// <summary>"Sets: 3".</summary>
    [GeneratedRegex($@"\bsets\s*[:=]\s*{Range}\b", Opts)]
    internal static partial Regex LabelledSets();

    /// <summary>"Do 10 on the right side".</summary>
    [GeneratedRegex($@"\b(?:do|perform|complete|repeat)\s+{Range}\s+(?:on|with|for)\s+(?:the|your|one)\s+(?:(?:right|left|first|one)\s+)?(?:side|leg)\b", Opts)]
    internal static partial Regex RepsOneSide();

    /// <summary>"10 per side", "8 each leg".</summary>
    [GeneratedRegex($@"\b{Range}\s+(?:per|each|on each|for each)\s+(?:side|leg)\b", Opts)]
    internal static partial Regex RepsBareSide();

    /// <summary>"10x", "x 12": a count written with x.</summary>
    [GeneratedRegex($@"(?<![\d.])\b{Range}\s*x\b(?!\s*\d)(?!\s*(?:a|per|each|every)\s+(?:day|week|session|month))|(?<![\d\w])x\s*(?<a>\d+)\b(?!\s*(?:-|\s)?\s*(?:seconds?|secs?|s\b|minutes?|breaths?))", Opts)]
    internal static partial Regex RepsTimesX();

    /// <summary>"Repeat twice", "do it once".</summary>
    [GeneratedRegex(@"\b(?:repeat|perform|do)\b[^.;,]{0,25}?\b(?<a>once|twice)\b(?!\s+(?:a|per|each|every)\s+(?:day|week|month|hour)|\s+(?:daily|weekly))", Opts)]
    internal static partial Regex Twice();

    /// <summary>"3 x 10", "2x30 s": sets by reps, or by a hold.</summary>
    [GeneratedRegex(@"\b(?<s>\d+)\s*[x×]\s*(?<a>\d+)(?:\s*(?:-|–|to)\s*(?<b>\d+))?\b(?<dur>\s*(?:-?\s*)(?:seconds?|secs?|s\b|minutes?|breaths?))?", Opts)]
    internal static partial Regex SetsByReps();

    /// <summary>"3 sets", "two rounds".</summary>
    [GeneratedRegex($@"\b{Range}\s*(?:sets?|rounds?|circuits?)\b(?!\s+of\s+(?!{N}\b))", Opts)]
    internal static partial Regex Sets();

    /// <summary>"sets of 10": the reps of each set.</summary>
    [GeneratedRegex($@"\b(?:sets?|rounds?)\s+of\s+{Range}\b(?!\s*(?:-|\s)\s*(?:seconds?|secs?|minutes?|mins?|breaths?|inch|feet|foot|degrees?))", Opts)]
    internal static partial Regex SetsOfReps();

    /// <summary>"30 seconds", "5 deep breaths", "1-2 minutes", "10 s": a duration.</summary>
    [GeneratedRegex($@"\b{Range}(?:\s*-\s*|\s+)?(?:(?:full|slow|deep|long|steady|calm|easy|more|long,?\s+slow|big)\s+)?(?<unit>seconds?|secs?|s|minutes?|mins?|breaths?|breath cycles?|counts?)\b", Opts)]
    internal static partial Regex Duration();

    /// <summary>"a minute", "half a minute", "one second".</summary>
    [GeneratedRegex(@"\b(?<half>half\s+)?(?:a|an|one)\s+(?:full\s+)?(?<unit>minute|second)\b", Opts)]
    internal static partial Regex DurationWord();

    /// <summary>"a count of 5": a hold counted out.</summary>
    [GeneratedRegex($@"\b(?:a\s+)?count\s+of\s+{Range}\b", Opts)]
    internal static partial Regex CountOf();

    /// <summary>"a few seconds", "as long as you can": an amount too vague to read.</summary>
    [GeneratedRegex(@"\b(?:a few|several|some|as many|a couple more)\s+(?<unit>seconds?|breaths?|reps?|repetitions?|times|sets?|minutes?)\b|\bas long as (?:you can|is comfortable|comfortable|possible|tolerated)\b|\buntil (?:fatigue|you feel tired)\b", Opts)]
    internal static partial Regex Vague();

    /// <summary>"each side", "switch legs", "switching hands", "before switching to the other side": the dose is per side.</summary>
    [GeneratedRegex(@"\b(?:each|per|every)\s+(?:side|leg|hip|foot|arm|knee|hand)\b(?!\s+of\b)|\bswitch(?:ing)?\s+(?:hands|arms|sides|legs)\b|\b(?:switch|switching|change|changing|move|moving|go|going)\s+(?:over\s+)?to\s+the\s+(?:other|opposite)\s+(?:side|leg|arm|hand)\b|\bchange\s+(?:sides|legs|arms|hands)\b|\b(?:on|for|with)\s+both\s+(?:sides|legs|hips)\b|\bboth legs\b(?=[^.]*\b(?:perform|repeat|do)\b)|\b(?:repeat|switch|swap|change|do the same|perform)\b[^.;]{0,40}?\b(?:other|opposite)\s+(?:side|leg|hip|foot|knee|arm)\b|\b(?:on|with|to)\s+the\s+(?:other|opposite)\s+(?:side|leg)\b(?=[^.]*\b(?:repeat|switch|same|again)\b)|\bswitch\s+(?:sides|legs|side)\b|\bswap\s+(?:sides|legs)\b|\balternat(?:e|ing)\s+(?:sides|legs)\b|\bleft and right\b|\bboth sides\b|\brepeat (?:on|with) (?:the|your) (?:left|right)\b|\b(?:then|and)\s+switch\b(?!\s+(?:grips?|directions?|positions?))",
        Opts)]
    internal static partial Regex PerSideCue();

    /// <summary>A number in digits or words, or an amount ("a few", "a minute", "twice"): what every dose states.</summary>
    [GeneratedRegex(@"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|couple|once|twice|few|several|some|many|long|until|minute|second)\b", Opts)]
    internal static partial Regex NumberOrAmount();

    /// <summary>"That's one rep."</summary>
    [GeneratedRegex(@"(?:that's|that’s|that is|this is|counts as|equals|=)\s*(?:one|1)\s+(?:rep|repetition)", Opts)]
    internal static partial Regex OneRepRemark();

    /// <summary>A sentence that opens with a dose verb: "Do …", "Repeat …", "Aim for …".</summary>
    [GeneratedRegex(@"^(?:\W*)(?:then\s+|now\s+|and\s+)?(?:do|perform|complete|repeat|work up to|aim for|try|build up to|go for)\b", Opts)]
    internal static partial Regex DosageVerbStart();

    /// <summary>A sentence that may state a count: a dose verb, or "Hold", "Stay", "Rest".</summary>
    [GeneratedRegex(@"^(?:\W*)(?:then\s+|now\s+|and\s+)?(?:do|perform|complete|repeat|work up to|aim for|try|build up to|go for|hold|stay|remain|rest)\b", Opts)]
    internal static partial Regex CountSentenceStart();

    /// <summary>A unit after a number that makes it no dose: inches, degrees, kilograms, weeks.</summary>
    [GeneratedRegex(@"^\s*-?\s*(?:inch(?:es)?|in\b|feet|foot|ft\b|degrees?|°|cm|centimet|met(?:er|re)s?|yards?|miles?|km|%|percent|pounds?|lbs?|kg|kilos?|years?|weeks?|days?|months?|hours?)", Opts)]
    internal static partial Regex NonDosageUnit();

    /// <summary>Any number, in digits or words, or a range of them.</summary>
    [GeneratedRegex($@"\b{Range}\b", Opts)]
    internal static partial Regex NumberToken();

    /// <summary>A number followed by a unit of time: "10 seconds" is a hold, not "10 per side" reps.</summary>
    [GeneratedRegex(@"^\S+\s+(?:seconds?|secs?|minutes?|breaths?)", RegexOptions.IgnoreCase)]
    internal static partial Regex NumberThenTimeUnit();

    /// <summary>"Repeat on …", "Repeat with …": a sentence that only sends the reader to the other side.</summary>
    [GeneratedRegex(@"^\W*(?:then\s+)?repeat\s+(?:on|with)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex RepeatOnTheOtherSide();

    /// <summary>"Rest …", "Recover …".</summary>
    [GeneratedRegex(@"^\W*(?:rest|recover)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex RestSentenceStart();

    /// <summary>"Hold for 30 seconds (on each side).": a sentence that holds and does nothing else.</summary>
    [GeneratedRegex($@"^\W*(?:hold|stay|remain|breathe)\b[^,;]*?\b(?:seconds?|secs?|minutes?|mins?|breaths?|counts?|{N})\b(?:\s+(?:on|per|each|for)\s+(?:each|every|the other|both)?\s*(?:sides?|legs?))?\s*[.!]?\s*$", RegexOptions.IgnoreCase)]
    internal static partial Regex HoldOnlySentence();

    /// <summary>"Aim for …", "Work up to …", "Build to …", "Try …", "Go for …".</summary>
    [GeneratedRegex(@"^\W*(?:aim|work|build|try|go)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex TargetSentenceStart();

    /// <summary>"hold", "stay", "remain", "pause", "squeeze", "keep … still": a clause that holds a position.</summary>
    [GeneratedRegex(@"\b(?:hold|holding|held|stay|staying|remain|remaining|pause|pausing|squeeze|squeezing|keep|keeping|freeze)\b", Opts)]
    internal static partial Regex HoldVerb();

    /// <summary>A word of ASCII letters.</summary>
    [GeneratedRegex(@"[A-Za-z]+")]
    internal static partial Regex AsciiWord();

    /// <summary>"10s": digits then an "s" for seconds.</summary>
    [GeneratedRegex(@"\d\s*s$")]
    internal static partial Regex DigitsThenS();

    /// <summary>What joins two durations into one range: "-", "to", "or up to".</summary>
    [GeneratedRegex(@"^\s*(?:-|–|—|to|or|or up to|up to)\s*$", RegexOptions.IgnoreCase)]
    internal static partial Regex RangeJoiner();

    /// <summary>After a duration, words that make it no dose: "a day", "daily", "later", "ago", "of walking".</summary>
    [GeneratedRegex(@"^\s*(?:a|per|each)\s+(?:day|week)\b|^\s*(?:daily|later|after(?!\s+(?:each|every|the)\s+(?:set|round|rep|repetition|circuit)s?\b)|ago|of (?:walking|activity|exercise|cardio))\b", RegexOptions.IgnoreCase)]
    internal static partial Regex NotADoseAfter();

    /// <summary>Before a duration, words that make it no dose: "every", "within", "takes", "lasts", "after".</summary>
    [GeneratedRegex(@"\b(?:every|each|after|within|takes?|lasts?)\s*$", RegexOptions.IgnoreCase)]
    internal static partial Regex NotADoseBefore();

    /// <summary>"Rest here", "resting in child's pose": a pose held, not a rest between sets.</summary>
    [GeneratedRegex(@"\b(?:rest|relax)(?:ing)?\s+(?:here|there|in (?:this|the|that|child)|on|with|into)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex RestingInAPose();

    /// <summary>"rest", "recovery", "break" before a duration.</summary>
    [GeneratedRegex(@"\b(?:rest(?:ing)?|recover(?:y|ing)?|break)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex RestWord();

    /// <summary>"Rest your hands …": resting a body part, not a rest between sets.</summary>
    [GeneratedRegex(@"\brest(?:ing)?\s+(?:your|the|both|one|palms?|hands?|arms?)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex RestingABodyPart();

    /// <summary>After a duration: "of rest", "between sets", "after each set": the duration is rest.</summary>
    [GeneratedRegex(@"^\s*(?:of\s+)?(?:rest|recovery|break)\b|^\s*(?:in\s+)?between\s+(?:sets|rounds|reps|each|exercises)|^\s*after\s+(?:each|every|the)\s+(?:set|round|circuit)s?\b", RegexOptions.IgnoreCase)]
    internal static partial Regex RestAfterTheNumber();

    /// <summary>"one side", "one leg", "one of": "one" that is no count.</summary>
    [GeneratedRegex(@"^\s+(?:direction|side|leg|foot|arm|knee|hand|of)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex OneOfSomething();

    /// <summary>The first two words of a phrase.</summary>
    [GeneratedRegex(@"^\S+(?:\s+\S+)?")]
    internal static partial Regex FirstTwoWords();

    /// <summary>The first word of a sentence, after "then", "now" or "and".</summary>
    [GeneratedRegex(@"^\W*(?:then\s+|now\s+|and\s+)?(\w+)")]
    internal static partial Regex FirstWord();
}
