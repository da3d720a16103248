using System.Text.RegularExpressions;
using Limber.Extract.Text;

namespace Limber.Extract.Detection;

/// <summary>
/// One sentence that performs several movements in turn: "Jump onto the box, stretch up, then step down", "Kneeling on
/// one leg and pulling the cable down", "you lie on your stomach, hold a towel and pull it apart". Not a sequence: prose
/// about what movements do ("Lifting and squatting strengthen the legs"), what muscles do ("They bend the knee and
/// extend the hip"), stories ("She lifted the bar and pressed it"), and machines or exercises named after a movement ("the leg press", "a cable row").
/// </summary>
public static partial class MovementSequence
{
    /// <summary>
    /// How many different movements the sentence performs in turn, counted up to three: 0 when it is no sequence (fewer
    /// than two, no part of the body moved, a benefit claimed, or a muscle or thing as the subject).
    /// </summary>
    public static int Length(string sentence)
    {
        var verbs = CountVerbs(sentence, 3);
        return verbs >= 2 && BodyPart().IsMatch(sentence) && !Benefit().IsMatch(sentence) && !ThingAsSubject().IsMatch(sentence) ? verbs : 0;
    }

    /// <summary>True when the sentence moves at all: a movement verb that is not a machine's or an exercise's name ("the front raise").</summary>
    public static bool HasMovementVerb(string sentence) => CountVerbs(sentence, 1) >= 1;

    /// <summary>How many different movement verbs the sentence has, counted up to <paramref name="enough"/>.</summary>
    private static int CountVerbs(string sentence, int enough)
    {
        var s = sentence.AsSpan();
        Span<Range> found = stackalloc Range[3];
        var count = 0;
        var i = 0;

        // The two words before each one: after "the", "a", "this", it names a thing ("the leg press", "a cable row").
        ReadOnlySpan<char> before1 = default, before2 = default;
        var end = 0;
        while (count < enough && Imperatives.NextWord(s, ref i) is { } range)
        {
            var word = s[range];
            if (s[end..range.Start].IndexOfAny(",;:") >= 0)
            {
                // A new phrase: "… in a OHP, press …" presses.
                before1 = before2 = default;
            }

            end = range.End.Value;
            var after = IsDeterminer(before1) || IsDeterminer(before2);
            before2 = before1;
            before1 = word;
            if (after || !(Vocabulary.MovementFormLookup.Contains(word) || StretchesThePart(s, word, end)) || Seen(s, found[..count], word) || IsPartOfTheBody(s, end))
            {
                continue;
            }

            found[count++] = range;
        }

        return count;
    }

    /// <summary>"stretch your body", "stretch the arms overhead": "stretch" moves when a part of the body is what it stretches.</summary>
    private static bool StretchesThePart(ReadOnlySpan<char> s, ReadOnlySpan<char> word, int end)
    {
        if (!word.Equals("stretch", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var i = end;
        if (Imperatives.NextWord(s, ref i) is not { } owner || !(s[owner].Equals("your", StringComparison.OrdinalIgnoreCase) || s[owner].Equals("the", StringComparison.OrdinalIgnoreCase) || s[owner].Equals("both", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        return Imperatives.NextWord(s, ref i) is { } part && BodyPart().IsMatch(s[part].ToString());
    }

    private static bool Seen(ReadOnlySpan<char> s, ReadOnlySpan<Range> found, ReadOnlySpan<char> word)
    {
        foreach (var r in found)
        {
            if (s[r].Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "lower back", "upper body", "raised leg": the word before a part of the body describes it. "Lower back down to the
    /// floor" still lowers: "back" there says where to.
    /// </summary>
    private static bool IsPartOfTheBody(ReadOnlySpan<char> s, int end)
    {
        var i = end;
        if (Imperatives.NextWord(s, ref i) is not { } next || !s[end..next.Start].IsWhiteSpace() || !PartDescribedLookup.Contains(s[next]))
        {
            return false;
        }

        var j = next.End.Value;
        return !s[next].Equals("back", StringComparison.OrdinalIgnoreCase)
            || Imperatives.NextWord(s, ref j) is not { } after || !s[next.End..after.Start].IsWhiteSpace() || !BackAsADirectionLookup.Contains(s[after]);
    }

    private static readonly HashSet<string> BackAsADirection = new(StringComparer.OrdinalIgnoreCase)
    {
        "down", "up", "to", "into", "toward", "towards", "onto", "slowly", "under", "in", "through", "until", "again", "out",
    };

    private static readonly HashSet<string> PartsDescribed = new(StringComparer.OrdinalIgnoreCase) { "back", "body", "abs", "leg", "legs", "limb", "limbs", "half", "arm", "arms", "trunk", "lats", "traps", "chest" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BackAsADirectionLookup = BackAsADirection.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PartDescribedLookup = PartsDescribed.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsDeterminer(ReadOnlySpan<char> word) =>
        word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase)
        || word.Equals("this", StringComparison.OrdinalIgnoreCase) || word.Equals("that", StringComparison.OrdinalIgnoreCase);

    /// <summary>A part of the body moved: "knee", "arms", "elbow", "body", "your back".</summary>
    [GeneratedRegex(@"\b(?:knees?|hips?|foot|feet|legs?|arms?|hands?|(?:your|the|lower|upper) back|glutes?|shoulders?|heels?|toes?|chest|torso|head|spine|pelvis|thighs?|ankles?|elbows?|core|buttocks?|shins?|wrists?|palms?|fingers?|neck|chin|stomach|hamstrings?|calf|calves|body|lats|abs)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BodyPart();

    /// <summary>"strengthens", "improves", "helps", "allows you to": what a movement is good for, or what muscles let one do.</summary>
    [GeneratedRegex(@"\b(?:strengthen|improve|help|build|reduce|increase|boost|tone|burn|prevent|relieve|ease|promote|develop|enhance|benefit)(?:s|es|ed|ing)?\b|\b(?:allow|enable|let)s? you\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Benefit();

    /// <summary>
    /// "They bend the knee …", "It extends the hip …", "Which …": a muscle or a thing does the moving; "She lifted the bar
    /// …", "I pressed …": a story tells what somebody did. Neither tells the reader what to do.
    /// </summary>
    [GeneratedRegex(@"^\W*(?:they|it|these|those|which|muscles?|she|he|i|we|my|his|her|our)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThingAsSubject();
}
