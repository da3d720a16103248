using System.Text.RegularExpressions;
using Limber.Extract.Text;

namespace Limber.Extract.Names;

/// <summary>
/// A title for an exercise the passage does not name, built only from words the passage says: the movement it names
/// ("bicep curl", "bridge") or the first instruction's verb and what it moves ("Lift your heel" → "heel lift"), the
/// implement ("dumbbell"), and the starting position when the passage states one and no other.
/// </summary>
public static partial class DerivedTitle
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>Props too incidental to name an exercise by.</summary>
    private static readonly HashSet<string> Incidental = new(StringComparer.Ordinal)
    {
        "mat", "wall", "chair", "towel", "pillow", "strap", "step", "box", "bench", "machine", "rack",
    };

    /// <summary>An instruction's verb as the noun of its movement ("rotate" → "rotation").</summary>
    private static readonly Dictionary<string, string> MovementOfVerb = new(StringComparer.OrdinalIgnoreCase)
    {
        ["lift"] = "lift", ["raise"] = "raise", ["press"] = "press", ["pull"] = "pull", ["push"] = "push", ["curl"] = "curl",
        ["extend"] = "extension", ["rotate"] = "rotation", ["bend"] = "bend", ["twist"] = "twist", ["squeeze"] = "squeeze",
        ["reach"] = "reach", ["kick"] = "kick", ["march"] = "march", ["swing"] = "swing", ["tilt"] = "tilt", ["roll"] = "roll",
        ["circle"] = "circle", ["flex"] = "flexion", ["stretch"] = "stretch", ["hold"] = "hold", ["hang"] = "hang",
        ["row"] = "row", ["shrug"] = "shrug", ["squat"] = "squat", ["lunge"] = "lunge", ["hinge"] = "hinge", ["walk"] = "walk",
        ["jump"] = "jump", ["tuck"] = "tuck", ["cross"] = "cross", ["slide"] = "slide", ["tap"] = "tap", ["drop"] = "drop",
        ["open"] = "opener", ["lean"] = "lean", ["step"] = "step", ["tighten"] = "squeeze", ["contract"] = "squeeze",
        ["arch"] = "arch", ["carry"] = "carry", ["drive"] = "drive", ["crunch"] = "crunch",
    };

    public static string For(string text, IReadOnlyList<Segment> segments, string? position, IReadOnlyList<string> areas, IReadOnlyList<string> equipment)
    {
        var named = NamedMovement().Match(text);
        var movement = named.Success ? named.Value.ToLowerInvariant() : VerbMovement(segments, StrongVerbs, needsPart: true) ?? VerbMovement(segments, null, needsPart: true) ?? VerbMovement(segments, StrongVerbs, needsPart: false) ?? "exercise";
        var generic = movement is "exercise" or "stretch";

        var parts = new List<string>();
        if (position is not null && StatedAtTheStart(text, segments, position) && !movement.Contains(position, StringComparison.OrdinalIgnoreCase))
        {
            parts.Add(position);
        }

        var implement = equipment.FirstOrDefault(e => !Incidental.Contains(e));
        if (implement is not null)
        {
            var word = implement == "cable machine" ? "cable" : implement;
            if (!movement.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                parts.Add(word);
            }
        }

        if (generic && areas.Count > 0 && !movement.Contains(areas[0], StringComparison.OrdinalIgnoreCase))
        {
            parts.Add(areas[0]);
        }

        parts.Add(movement);
        var title = string.Join(' ', parts);
        return char.ToUpperInvariant(title[0]) + title[1..];
    }

    /// <summary>The position is in the first sentences and no other position word appears anywhere.</summary>
    private static bool StatedAtTheStart(string text, IReadOnlyList<Segment> segments, string position)
    {
        var opening = string.Join(' ', segments.Take(2).Select(s => s.Text));
        var all = Fields.PositionTerms.All;
        var here = all.Where(t => t.Pattern.IsMatch(opening)).Select(t => t.Canonical).ToList();
        var anywhere = all.Where(t => t.Pattern.IsMatch(text)).Select(t => t.Canonical).Where(c => !(c == "kneeling" && position == "half-kneeling")).Distinct().ToList();
        return here.Contains(position) && anywhere.All(c => c == position);
    }

    /// <summary>Verbs that say what an exercise does better than the others ("lift", not "press into the floor").</summary>
    private static readonly HashSet<string> StrongVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "lift", "raise", "extend", "rotate", "curl", "bend", "twist", "kick", "swing", "march", "circle", "flex", "row",
        "shrug", "squat", "lunge", "hinge", "reach", "tilt", "roll", "stretch", "crunch",
    };

    /// <summary>"Lift your heel …" → "heel lift": the first instruction whose verb (of <paramref name="only"/>, if given) moves a named body part (or any, unless <paramref name="needsPart"/>).</summary>
    private static string? VerbMovement(IReadOnlyList<Segment> segments, HashSet<string>? only, bool needsPart)
    {
        foreach (var segment in segments)
        {
            var words = Imperatives.Words(segment.Text);
            for (var i = 0; i < words.Count; i++)
            {
                if (!MovementOfVerb.TryGetValue(words[i], out var movement) || (only is not null && !only.Contains(words[i])))
                {
                    continue;
                }

                var part = MovedPart().Match(string.Join(' ', words.Skip(i + 1).Take(4)));
                if ((part.Success || !needsPart) && Imperatives.IsImperative(segment.Text))
                {
                    return part.Success ? $"{Singular(part.Groups["part"].Value.ToLowerInvariant())} {movement}" : movement;
                }
            }
        }

        return null;
    }

    private static string Singular(string part) => part switch
    {
        "feet" => "foot",
        "knees" => "knee",
        "hips" => "hip",
        "legs" => "leg",
        "arms" => "arm",
        "heels" => "heel",
        "toes" => "toe",
        "shoulders" => "shoulder",
        "hands" => "hand",
        "elbows" => "elbow",
        _ => part,
    };

    /// <summary>A movement the passage names, with the word before it that says which: "bicep curl", "side plank", "bridge".</summary>
    [GeneratedRegex(@"\b(?:(?:bicep|biceps|triceps|calf|leg|hip|chest|shoulder|bench|overhead|front|back|side|lateral|reverse|split|goblet|glute|hamstring|wrist|neck|ankle|knee|arm|pelvic|lat|upright|incline|decline|wall|box|jump|russian|bulgarian|romanian|sumo|hammer|preacher|concentration|military|floor|hanging|seated|standing|lying|single-leg|one-arm|walking|toe|heel|good|chin|pull|push|sit|step|farmer's|skull)[- ])?(?:curl|press|row|squat|lunge|raise|plank|bridge|crunch|push-up|pushup|pull-up|pullup|chin-up|deadlift|fly|flye|extension|shrug|dip|swing|kickback|pullover|thrust|pulldown|pushdown|burpee|clamshell|sit-up|step-up|rollout|good morning|bird dog|dead bug|superman|stretch)(?=s?\b)(?!s?\s+(?:your|the|a|an|into|down|up|through|against|back|away|out|forward|it|them|both|one|each)\b)", Options)]
    private static partial Regex NamedMovement();

    /// <summary>The body part an instruction moves: "your heel", "one foot", "both knees".</summary>
    [GeneratedRegex(@"^(?:your |one |both |the |a |each )?(?:\w+ )?(?<part>heels?|hips|hip|knees?|legs?|arms?|feet|foot|toes?|shoulders?|head|chin|chest|torso|pelvis|hands?|elbows?|wrists?|ankles?|trunk|upper body|spine)\b", Options)]
    private static partial Regex MovedPart();
}
