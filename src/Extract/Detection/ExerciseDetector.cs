using System.Text.RegularExpressions;
using Limber.Extract.Dosage;
using Limber.Extract.Steps;
using Limber.Extract.Text;

namespace Limber.Extract.Detection;

/// <summary>What the detector counted in a passage, sentence by sentence.</summary>
public sealed record PassageSignals(
    int Sentences,
    int PhysicalInstructions,
    int Instructions,
    int Descriptions,
    int Cues,
    int DoseSentences,
    int GymWords,
    int Explanations,
    int PainWords,
    bool DefinesAnExercise,
    bool GivesAdvice,
    bool HasDose,
    bool HasPosition)
{
    /// <summary>Sentences about performing the movement: instructions, descriptions of it, and cues.</summary>
    public int Movement => PhysicalInstructions + Descriptions + Cues;
}

/// <summary>
/// Decides whether a passage is an exercise: instructions to perform ("Lie on your back …"), or a description of
/// performing one ("The bar is lowered to the chest …") among gym and training words, or an exercise defined by a
/// stated name. Explanations, reports, ads and talk of pain and its treatment are not exercises, however physical.
/// </summary>
public static partial class ExerciseDetector
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>A cheap first look: no instruction and no gym word means no exercise, and most prose stops here.</summary>
    public static bool MayBeAnExercise(string text, IReadOnlyList<Segment> segments) =>
        (Vocabulary.GymWord.IsMatch(text) && Imperatives.Words(text).Any(Vocabulary.MovementForms.Contains))
        || segments.Any(s => Imperatives.IsImperative(s.Text) && Vocabulary.PhysicalWord.IsMatch(s.Text));

    private static bool IsPhysical(string sentence) => Vocabulary.PhysicalWord.IsMatch(sentence) || Vocabulary.GymWord.IsMatch(sentence);

    /// <summary>True when no rule of <see cref="Decide"/> can hold, whatever the dose and the name.</summary>
    public static bool CannotBeAnExercise(PassageSignals s) =>
        (s.Movement == 0 && !s.DefinesAnExercise) || (s.Explanations >= 2 && s.Explanations > s.PhysicalInstructions);

    public static PassageSignals Read(string text, IReadOnlyList<Segment> segments, int leadInSegment, bool hasDose)
    {
        int instructions = 0, physical = 0, descriptions = 0, cues = 0, doses = 0;
        var sentences = 0;
        for (var i = 0; i < segments.Count; i++)
        {
            if (i == leadInSegment)
            {
                continue;
            }

            sentences++;
            var body = segments[i].Text;
            var dose = DosageSentences.IsDosageOnly(body);
            if (dose)
            {
                doses++;
                continue;
            }

            if (Imperatives.IsImperative(body) || StepReader.IsCaution(body))
            {
                instructions++;
                if (IsPhysical(body))
                {
                    physical++;
                }
            }
            else if (ShouldCue().IsMatch(body))
            {
                cues++;
            }
            else if (DescribesMovement(body) && !Advice().IsMatch(body))
            {
                descriptions++;
            }
        }

        var gym = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match m in Vocabulary.GymWord.Matches(text))
        {
            gym.Add(m.Value.TrimEnd('s'));
        }

        return new PassageSignals(
            sentences,
            physical,
            instructions,
            descriptions,
            cues,
            doses,
            gym.Count,
            Vocabulary.NonInstruction.Matches(text).Count,
            Vocabulary.PainTalk.Matches(text).Count,
            DefinesExercise().IsMatch(text),
            Advice().IsMatch(text),
            hasDose,
            PositionPhrase().IsMatch(text));
    }

    /// <summary>The decision and the rule that made it.</summary>
    /// <param name="named">The passage opens by naming its exercise ("Bird dog: …", "How to do a bird dog: …").</param>
    public static (bool IsExercise, string Rule) Decide(PassageSignals s, bool named, bool prescribed, bool everyday)
    {
        var ratio = s.Sentences == 0 ? 0 : (double)s.Instructions / s.Sentences;
        var onTask = (double)(s.Movement + s.DoseSentences) / Math.Max(1, s.Sentences);
        var explained = s.Explanations >= 2 && s.Explanations > s.PhysicalInstructions;
        var painTalk = s.PainWords >= 2 && s.PainWords > s.PhysicalInstructions;
        string? rule =
            s.PhysicalInstructions >= 3 && ratio >= 0.3 ? "three or more instructions"
            : s.PhysicalInstructions >= 2 && ratio >= 0.25 && (s.HasDose || s.HasPosition || named) ? "instructions with a dose, position or name"
            : s.PhysicalInstructions >= 1 && named && (s.HasDose || s.HasPosition || s.Sentences <= 4) ? "a named instruction"
            : s.PhysicalInstructions >= 1 && s.PhysicalInstructions + s.DoseSentences + s.Cues >= 3 && onTask >= 0.6 ? "instructions, dose and cues"
            : s.Movement >= 2 && s.GymWords >= 2 && onTask >= 0.5 && s.Explanations == 0 && !painTalk ? "a description of the movement among gym words"
            : named && s.Movement >= 1 && s.GymWords >= 1 && s.Explanations <= 1 && !painTalk ? "a named exercise described"
            : s.PhysicalInstructions >= 1 && s.Sentences <= 2 && s.Instructions + s.DoseSentences == s.Sentences && s.GymWords >= 1 && s.Explanations == 0 && s.PainWords == 0 && !s.GivesAdvice ? "a short instruction among gym words"
            : named && s.DefinesAnExercise && s.GymWords >= 2 && s.Explanations == 0 && s.PainWords == 0 ? "a named exercise defined"
            : null;
        if (rule is null)
        {
            return (false, "no rule");
        }

        if (explained)
        {
            return (false, "explains more than it instructs");
        }

        // Lifting, sleeping and desk advice reads like instructions but prescribes no exercise.
        if (!prescribed && !named && everyday)
        {
            return (false, "everyday advice");
        }

        return (true, rule);
    }

    /// <summary>"The bar is lowered to the chest", "you sit at the machine", "the lifter stands with feet apart".</summary>
    private static bool DescribesMovement(string sentence)
    {
        var words = Imperatives.Words(sentence);
        return words.Any(Vocabulary.MovementForms.Contains) && IsPhysical(sentence);
    }

    /// <summary>"Your hips should be below your knees", "You should feel a stretch": a cue about the position.</summary>
    [GeneratedRegex(@"^\W*(?:your|the|both)\s+(?:\w+\s+){0,3}(?:should|must|need to|needs to)\s+(?:be|stay|remain|point|face|rest|touch|line|form)\b|^\W*you\s+(?:should|will)\s+(?:feel|be|now be|end up|either)\b|^\W*this (?:will be|is) (?:your|the) (?:starting|start|end|final) position\b", Options)]
    private static partial Regex ShouldCue();

    /// <summary>"Try to …", "Progress to … once you can …", "often", "helps": advice about exercising, not a description of a movement.</summary>
    [GeneratedRegex(@"\b(?:try to|progress(?:es|ing)? to|once you can|recommend\w*|often|usually|can make|can help|helps?|may|might|goal|underrated|can|change how|play a part|linked|expect|if you (?:notice|feel|have)|seek|clinicians?|doctors?|diary|(?:do not|don't|won't) need|need any|beyond|every (?:morning|day|evening|hour|half hour)|each day|through the day|at least)\b", Options)]
    private static partial Regex Advice();

    [GeneratedRegex(@"\b(?:lie|lying|lay)\s+(?:down\s+)?(?:on|face|flat)|\bhands and knees\b|\ball fours\b|\b(?:stand|standing|sit|seated|kneel|kneeling)\b|\bfeet (?:hip|shoulder)[- ]width\b|\bknees bent\b|\bstarting position\b", Options)]
    private static partial Regex PositionPhrase();

    /// <summary>"… is a compound exercise", "This exercise targets …", "… works the triceps": an exercise defined.</summary>
    [GeneratedRegex(@"\b(?:is|are)\s+(?:a|an|one of the)\s+(?:[\w-]+\s+){0,5}?(?:exercises?|movements?|workouts?|stretch(?:es)?|drills?|variations?|moves?)\b|\bthis (?:exercise|movement|stretch|move|variation|drill)\s+(?:works|targets|trains|strengthens|is|helps|improves|isolates|uses)\b|\b(?:targets?|targeting|works?|trains?|isolates?)\s+(?:the|your)\s+(?:\w+\s+){0,2}(?:muscles?|biceps|triceps|deltoids?|delts|pecs|pectorals?|lats|quadriceps|quads|hamstrings|glutes|calves|abs|abdominals|obliques|core)\b", Options)]
    private static partial Regex DefinesExercise();
}
