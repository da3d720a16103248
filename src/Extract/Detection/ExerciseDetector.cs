using System.Text.RegularExpressions;
using Limber.Extract.Dosage;
using Limber.Extract.Steps;
using Limber.Extract.Text;

namespace Limber.Extract.Detection;

/// <summary>
/// What the detector counted in a passage, sentence by sentence. <see cref="NamesTheBody"/> (a part of the body or a
/// prop) and <see cref="TellsOfSomebody"/> ("she", "my", "we") are read only for a passage of one descriptive sentence,
/// the one rule that asks; false otherwise.
/// </summary>
public sealed record PassageSignals(
    int Sentences,
    int PhysicalInstructions,
    int Instructions,
    int Descriptions,
    int Cues,
    int Sequences,
    int LongestSequence,
    int DoseSentences,
    int GymWords,
    int SpecificGymWords,
    int Explanations,
    int PainWords,
    bool DefinesAnExercise,
    bool OpensWithDefinition,
    bool GivesAdvice,
    bool GivesAdviceBesidesCan,
    bool HasDose,
    bool HasPosition,
    bool NamesTheBody,
    bool TellsOfSomebody)
{
    /// <summary>Sentences about performing the movement: instructions, descriptions of it, and cues.</summary>
    public int Movement => PhysicalInstructions + Descriptions + Cues;
}

/// <summary>
/// Decides whether a passage is an exercise: instructions to perform ("Lie on your back …"), or a description of
/// performing one ("The bar is lowered to the chest …") among gym and training words, or an exercise defined by a
/// stated name or before its movement is described ("This exercise involves holding …"). Explanations, reports, ads and talk of pain and its treatment are not exercises, however physical.
/// </summary>
public static partial class ExerciseDetector
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>A cheap first look: no instruction and no gym word means no exercise, and most prose stops here.</summary>
    public static bool MayBeAnExercise(string text, IReadOnlyList<Segment> segments) => MayBeAnExercise(text, new SentenceKinds(segments));

    internal static bool MayBeAnExercise(string text, SentenceKinds sentences)
    {
        // Gym words with a movement, or gym words in a definition of an exercise ("The pec deck is an isolation exercise …").
        if (Vocabulary.GymWord.IsMatch(text) && (Imperatives.AnyWordIn(text, Vocabulary.MovementFormLookup) || DefinesExercise().IsMatch(text)))
        {
            return true;
        }

        for (var i = 0; i < sentences.Count; i++)
        {
            if (sentences.IsImperative(i) && Vocabulary.PhysicalWord.IsMatch(sentences.Segments[i].Text))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool IsPhysical(string sentence) => Vocabulary.PhysicalWord.IsMatch(sentence) || Vocabulary.GymWord.IsMatch(sentence);

    /// <summary>Where, from <paramref name="start"/> on, the text defines an exercise ("is a compound exercise", "This exercise targets").</summary>
    internal static Match Definition(string text, int start) => DefinesExercise().Match(text, start);

    internal static bool IsCue(string sentence) => ShouldCue().IsMatch(sentence);

    internal static bool IsDescription(string sentence) => DescribesMovement(sentence) && !AdviceCue().IsMatch(sentence);

    /// <summary>True when no rule of <see cref="Decide"/> can hold, whatever the dose and the name.</summary>
    public static bool CannotBeAnExercise(PassageSignals s) =>
        (s.Movement == 0 && !s.DefinesAnExercise) || (s.Explanations >= 2 && s.Explanations > s.PhysicalInstructions);

    public static PassageSignals Read(string text, IReadOnlyList<Segment> segments, int leadInSegment, bool hasDose) =>
        Read(text, new SentenceKinds(segments), leadInSegment, hasDose);

    /// <summary>The signals of a passage whose sentences are read once in <paramref name="sentences"/>.</summary>
    internal static PassageSignals Read(string text, SentenceKinds sentences, int leadInSegment, bool hasDose)
    {
        int instructions = 0, physical = 0, descriptions = 0, cues = 0, doses = 0, sequences = 0, longest = 0;
        var count = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            if (i == leadInSegment)
            {
                continue;
            }

            count++;
            if (sentences.IsDosageOnly(i))
            {
                doses++;
                continue;
            }

            switch (sentences.Kind(i))
            {
                case SentenceKind.PhysicalInstruction:
                    instructions++;
                    physical++;
                    break;
                case SentenceKind.Instruction:
                    instructions++;
                    break;
                case SentenceKind.Cue:
                    cues++;
                    break;
                case SentenceKind.Description:
                    descriptions++;
                    break;
                default:
                    break;
            }

            if (sentences.SequenceLength(i) is > 0 and var length)
            {
                sequences++;
                longest = Math.Max(longest, length);
            }
        }

        var whole = sentences.WholeText ??= ReadWholeText(text);
        var opening = leadInSegment == 0 ? 1 : 0;
        // Whether the body is named and somebody told of matters only to a passage of one sentence that describes.
        var terse = count == 1 && descriptions == 1;
        var opensWithDefinition = whole.DefinesAnExercise && opening < sentences.Count && DefinesExercise().IsMatch(sentences.Segments[opening].Text);
        return new PassageSignals(
            count,
            physical,
            instructions,
            descriptions,
            cues,
            sequences,
            longest,
            doses,
            whole.GymWords,
            whole.SpecificGymWords,
            whole.Explanations,
            whole.PainWords,
            whole.DefinesAnExercise,
            opensWithDefinition,
            whole.GivesAdvice,
            whole.GivesAdviceBesidesCan,
            hasDose,
            whole.HasPosition,
            terse && Vocabulary.PhysicalWord.IsMatch(text),
            terse && SomebodyTold().IsMatch(text));
    }

    /// <summary>What the detector reads from the passage as a whole rather than sentence by sentence.</summary>
    private static WholeTextSignals ReadWholeText(string text)
    {
        var gym = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in Vocabulary.GymWord.EnumerateMatches(text))
        {
            gym.Add(text.AsSpan(m.Index, m.Length).TrimEnd('s').ToString());
        }

        var advice = AdviceIn(text);
        return new WholeTextSignals(
            gym.Count,
            gym.Count(w => !GenericGymWords.Contains(w)),
            Vocabulary.NonInstruction.Count(text),
            Vocabulary.PainTalk.Count(text),
            DefinesExercise().IsMatch(text),
            advice != Advice.None,
            advice == Advice.BesidesCan,
            PositionPhrase().IsMatch(text));
    }

    /// <summary>
    /// <see cref="CannotBeAnExercise"/> of the passage's signals, read without any dose and with as little of the whole
    /// text as it takes. A sentence taken for a dose counts as nothing else, so counting none as a dose can only add
    /// movement and instructions: a passage ruled out this way is ruled out with its doses read too.
    /// </summary>
    internal static bool RuledOutWithoutDoses(string text, SentenceKinds sentences)
    {
        int physical = 0, movement = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            switch (sentences.Kind(i))
            {
                case SentenceKind.PhysicalInstruction:
                    physical++;
                    movement++;
                    break;
                case SentenceKind.Cue or SentenceKind.Description:
                    movement++;
                    break;
                default:
                    break;
            }
        }

        if (movement == 0 && !(sentences.WholeText?.DefinesAnExercise ?? DefinesExercise().IsMatch(text)))
        {
            return true;
        }

        var explanations = sentences.WholeText?.Explanations ?? Vocabulary.NonInstruction.Count(text);
        return explanations >= 2 && explanations > physical;
    }

    /// <summary>The decision and the rule that made it.</summary>
    /// <param name="named">The passage opens by naming its exercise ("Bird dog: …", "How to do a bird dog: …").</param>
    /// <param name="exerciseName">That name is an exercise's by its form: a label ending in an exercise noun ("Neck
    /// extension. …"), or stated under "How to do a …:" over anything but everyday advice.</param>
    public static (bool IsExercise, string Rule) Decide(PassageSignals s, bool named, bool prescribed, bool everyday, bool exerciseName = false)
    {
        var ratio = s.Sentences == 0 ? 0 : (double)s.Instructions / s.Sentences;
        var onTask = (double)(s.Movement + s.DoseSentences) / Math.Max(1, s.Sentences);
        var explained = s.Explanations >= 2 && s.Explanations > s.PhysicalInstructions;

        // Pain talked of more than the movement is performed: a description of the movement may mention an injury or two.
        var painTalk = s.PainWords >= 2 && s.PainWords > s.PhysicalInstructions && s.PainWords * 2 > s.Movement;
        string? rule =
            s.PhysicalInstructions >= 3 && ratio >= 0.3 ? "three or more instructions"
            : s.PhysicalInstructions >= 2 && ratio >= 0.25 && (s.HasDose || s.HasPosition || named) ? "instructions with a dose, position or name"
            : s.PhysicalInstructions >= 1 && named && (s.HasDose || s.HasPosition || s.Sentences <= 4) ? "a named instruction"
            : s.PhysicalInstructions >= 1 && s.PhysicalInstructions + s.DoseSentences + s.Cues >= 3 && onTask >= 0.6 ? "instructions, dose and cues"
            : s.Movement >= 2 && s.GymWords >= 2 && onTask >= 0.5 && s.Explanations == 0 && !painTalk ? "a description of the movement among gym words"
            : named && s.Movement >= 1 && s.GymWords >= 1 && s.Explanations <= 1 && !painTalk ? "a named exercise described"
            : s.Sentences == 1 && s.Descriptions == 1 && s.SpecificGymWords >= 2 && s.NamesTheBody && !s.TellsOfSomebody && s.Explanations == 0 && s.PainWords == 0 && !s.GivesAdvice && !everyday ? "one sentence describing the movement among gym words"
            : s.PhysicalInstructions >= 1 && s.Sentences <= 2 && s.Instructions + s.DoseSentences == s.Sentences && s.GymWords >= 1 && s.Explanations == 0 && s.PainWords == 0 && !s.GivesAdvice ? "a short instruction among gym words"
            : named && s.DefinesAnExercise && s.GymWords >= 2 && s.Explanations == 0 && s.PainWords == 0 ? "a named exercise defined"
            : s.OpensWithDefinition && s.Movement >= 1 && onTask >= 0.5 && s.GymWords >= 2 && s.Explanations == 0 && s.PainWords == 0 ? "an exercise defined, then its movement described"
            : exerciseName && s.Explanations <= 1 && ((s.Movement >= 1 && (!painTalk || s.Movement >= 2)) || (s.SpecificGymWords >= 1 && s.PainWords == 0 && !s.GivesAdviceBesidesCan)) ? "an entry under an exercise's name"
            : s.Sequences >= 2 && s.Instructions + s.Descriptions >= 3 && s.Explanations == 0 && s.PainWords == 0 && !s.GivesAdviceBesidesCan && !everyday ? "movements in sequence, sentence after sentence"
            : s.Sequences >= 1 && s.Sentences <= 3 && (s.SpecificGymWords >= 1 || s.DefinesAnExercise || s.LongestSequence >= 3) && s.Explanations == 0 && s.PainWords == 0 && !s.GivesAdvice && !everyday ? "a sequence of movements"
            : s.PhysicalInstructions >= 1 && s.Sentences <= 3 && s.SpecificGymWords >= 3 && s.Explanations == 0 && s.PainWords == 0 && !s.GivesAdviceBesidesCan && !everyday ? "an instruction among gym words"
            : null;
        if (rule is null)
        {
            return (false, "no rule");
        }

        if (explained)
        {
            return (false, "explains more than it instructs");
        }

        // Lifting, sleeping and desk advice reads like instructions but prescribes no exercise, even under a name that is
        // no exercise's ("How to do a home office check: 1. Set the screen at eye level …").
        if (!prescribed && !exerciseName && everyday)
        {
            return (false, "everyday advice");
        }

        return (true, rule);
    }

    /// <summary>Gym words that say only that something is training, not what it works or with what (read without a plural s).</summary>
    private static readonly HashSet<string> GenericGymWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "exercise", "workout", "movement", "training", "lift", "lifter", "rep", "repetition", "set", "starting position", "range of motion", "stance",
    };

    private enum Advice : byte
    {
        None,
        OnlyCan,
        BesidesCan,
    }

    /// <summary>
    /// Whether the text advises, read in one pass: not at all, only with a bare "can" ("Your other hand can rest on your
    /// knee" says what one may do), or besides ("often", "try to").
    /// </summary>
    private static Advice AdviceIn(string text)
    {
        var found = Advice.None;
        foreach (var m in AdviceCue().EnumerateMatches(text))
        {
            if (!text.AsSpan(m.Index, m.Length).Equals("can", StringComparison.OrdinalIgnoreCase))
            {
                return Advice.BesidesCan;
            }

            found = Advice.OnlyCan;
        }

        return found;
    }

    /// <summary>"The bar is lowered to the chest", "you sit at the machine", "the lifter stands with feet apart".</summary>
    private static bool DescribesMovement(string sentence) =>
        MovementSequence.HasMovementVerb(sentence) && IsPhysical(sentence);

    /// <summary>"Your hips should be below your knees", "You should feel a stretch": a cue about the position.</summary>
    [GeneratedRegex(@"^\W*(?:your|the|both)\s+(?:\w+\s+){0,3}(?:should|must|need to|needs to)\s+(?:be|stay|remain|point|face|rest|touch|line|form)\b|^\W*you\s+(?:should|will)\s+(?:feel|be|now be|end up|either)\b|^\W*this (?:will be|is) (?:your|the) (?:starting|start|end|final) position\b", Options)]
    private static partial Regex ShouldCue();

    /// <summary>"Try to …", "Progress to … once you can …", "often", "helps": advice about exercising, not a description of a movement.</summary>
    [GeneratedRegex(@"\b(?:try to|progress(?:es|ing)? to|once you can|recommend\w*|often|usually|can make|can help|helps?|may|might|goal|underrated|can|change how|play a part|linked|expect|if you (?:notice|feel|have)|seek|clinicians?|doctors?|diary|(?:do not|don't|won't) need|need any|beyond|every (?:morning|day|evening|hour|half hour)|each day|through the day|at least)\b", Options)]
    private static partial Regex AdviceCue();

    /// <summary>"She", "his", "my", "we": the text tells of somebody rather than telling the reader what to do.</summary>
    [GeneratedRegex(@"\b(?:she|he|her|his|him|i|my|we|our)\b", Options)]
    private static partial Regex SomebodyTold();

    /// <summary>"Lie on your back", "standing", "feet hip-width", "the starting position", "hold this position": a position stated or held.</summary>
    [GeneratedRegex(@"\b(?:lie|lying|lay|laying)\s+(?:down\s+)?(?:on|face|flat)|\b(?:lying|laying) down\b|\bhold (?:this|the|that) (?:position|pose)\b|\bhands and knees\b|\ball fours\b|\b(?:stand|standing|sit|seated|kneel|kneeling)\b|\bfeet (?:hip|shoulder)[- ]width\b|\bknees bent\b|\bstarting position\b", Options)]
    private static partial Regex PositionPhrase();

    /// <summary>
    /// "… is a compound exercise", "This exercise targets …", "This exercise involves …", "an exercise where you …", "…
    /// works the triceps": an exercise defined.
    /// </summary>
    [GeneratedRegex(@"\b(?:is|are)\s+(?:a|an|one of the)\s+(?:[\w-]+\s+){0,5}?(?:exercises?|movements?|workouts?|stretch(?:es)?|drills?|variations?|moves?)\b|\bthis (?:exercise|movement|stretch|move|variation|drill)\s+(?:works|targets|trains|strengthens|is|helps|improves|isolates|uses|involves|consists)\b|\b(?:exercises?|movements?|stretch(?:es)?|drills?) (?:where|in which) you\b|\b(?:targets?|targeting|works?|trains?|isolates?)\s+(?:the|your)\s+(?:\w+\s+){0,2}(?:muscles?|biceps|triceps|deltoids?|delts|pecs|pectorals?|lats|quadriceps|quads|hamstrings|glutes|calves|abs|abdominals|obliques|core)\b", Options)]
    private static partial Regex DefinesExercise();
}
