using System.Text.RegularExpressions;

namespace Limber.Extract.Names;

/// <summary>
/// The nouns exercises are named by ("… stretch", "… bridge", "… curls", "muscle-up"), and whether a name or its head
/// ends in one.
/// </summary>
public static partial class ExerciseNouns
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>True when the name, without a parenthetical, ends in an exercise noun: "Cable pullover", "Hip swings (side to side)".</summary>
    public static bool EndsInOne(string name) => EndsInExerciseNoun().IsMatch(name);

    /// <summary>"Neck extension", "Front lever tuck", "Hip raise, lying", "Lateral raise - front": an exercise noun ends the name or its head.</summary>
    /// <remarks>A trailing "exercise" is the kind, not the name: "Machine chest press exercise".</remarks>
    public static bool IsOne(string name)
    {
        name = WithoutTrailingKind(name);
        return EndsInExerciseNoun().IsMatch(name) || (QualifierSeparator().Match(name) is { Success: true, Index: > 0 } qualifier && EndsInExerciseNoun().IsMatch(name[..qualifier.Index]));
    }

    /// <summary>"Exercise ball crunch", "Stretch band row": "exercise" or "stretch" names the implement, not the kind of move.</summary>
    internal static bool NamesAnImplement(string[] words) => words.Length >= 3 && Implements.Contains(words[1]);

    private static readonly HashSet<string> Implements = new(StringComparer.OrdinalIgnoreCase) { "ball", "band", "bands", "bike", "mat", "strap", "step", "bench", "tube" };

    /// <summary>
    /// Where a label's head ends and its qualifier begins: "Hip raise, lying", "Lateral raise - front", "Row – one arm",
    /// "Calf raise with machine", "Abduction while standing", "Curl (seated)". Not "in", "on" or "at", which as often
    /// set the scene ("Squat in daily life").
    /// </summary>
    [GeneratedRegex(@",|\s[-–—]\s|\s(?:with|while|using)\s|\s\(")]
    private static partial Regex QualifierSeparator();

    /// <summary>A name ends in the noun of an exercise: "… stretch", "… bridge", "… curls".</summary>
    [GeneratedRegex(@"(?:stretch|pose|bridge|plank|squat|lunge|raise|twist|fold|tilt|walk|curl|lift|press|kick|march|rotation|hinge|thrust|deadlift|clamshell|clam|crunch|circle|glide|slide|switch|rock|carry|hold|bug|dog|cow|superman|hydrant|sit|step-up|step up|extension|abduction|adduction|flexion|release|roll|rollout|swing|row|rowing|drill|opener|pigeon|cobra|sphinx|butterfly|frog|squeeze|stand|reach|windmill|shell|wiper|wipers|cat|asana|pull|push[- ]?up|pull[- ]?up|chin[- ]?up|dip|bend|tuck|slam|chop|fly|flye|shrug|pull[- ]?down|push[- ]?down|kickback|pullover|burpee|jack|lever|hang|sit-up|situp|muscle[- ]?up|scissors?|crusher|crossover|cross-over|thruster|climber|good morning|snatch|bike|treadmill|elliptical)(?:s|es)?(?:\s*\([^)]*\))?$", Options)]
    private static partial Regex EndsInExerciseNoun();

    /// <summary>The name without a trailing "exercise" or "move", which says what kind of thing it names.</summary>
    internal static string WithoutTrailingKind(string name) => TrailingExerciseWord().Replace(name, "");

    [GeneratedRegex(@"\s+(?:exercise|move)$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingExerciseWord();
}
