using Limber.Extract.Text;

namespace Limber.Extract.Dosage;

/// <summary>Sentences that only state a dose ("Do 3 sets of 10.", "Hold for 30 seconds."): read into the dose, not kept as steps.</summary>
public static class DosageSentences
{
    /// <summary>Words that may stand beside a dose in a sentence that states nothing else.</summary>
    private static readonly HashSet<string> Filler = new(StringComparer.OrdinalIgnoreCase)
    {
        "hold", "for", "this", "that", "position", "the", "stretch", "pose", "and", "then", "repeat", "do", "perform",
        "complete", "times", "time", "on", "each", "side", "sides", "per", "rest", "resting", "in", "between", "set", "sets",
        "rep", "reps", "repetition", "repetitions", "seconds", "second", "it", "again", "about", "at", "least", "up", "to",
        "other", "opposite", "leg", "legs", "switch", "swap", "total", "a", "an", "breaths", "breath", "stay", "here",
        "remain", "aim", "work", "continue", "more", "another", "one", "count", "of", "keep", "there", "round", "rounds",
        "with", "before", "moving", "next", "move", "exercise", "alternate", "alternating", "minute", "minutes", "s", "x",
        "or", "around", "approximately", "roughly", "same", "on", "both", "you", "can", "should", "try", "build", "all",
        "twice", "once", "your", "until", "full", "slow", "deep", "going", "each", "lifts", "holding", "doing", "reverse",
    };

    /// <summary>A cheap first look: a dose needs a number or amount, or a dose verb to open it.</summary>
    private static bool MayStateADose(string sentence) =>
        DosagePatterns.NumberOrAmount().IsMatch(sentence) || DosagePatterns.DosageVerbStart().IsMatch(sentence);

    /// <summary>True when the sentence only states dosage (reps, sets, rest, a bare hold, "that's one rep").</summary>
    public static bool IsDosageOnly(string sentence)
    {
        if (!MayStateADose(sentence))
        {
            return false;
        }

        var s = sentence.Trim();
        if (DosagePatterns.OneRepRemark().IsMatch(s) && s.Length < 40)
        {
            return true;
        }

        var reading = DosageReader.Read(s);
        var hasCount = reading.Reps is not null || reading.Sets is not null || reading.Rest is not null
            || reading.Warnings.Any(w => w.Field is "reps" or "sets" or "rest");
        if (DosagePatterns.DosageVerbStart().IsMatch(s) && (hasCount || reading.Hold is not null || (reading.PerSide && !DosagePatterns.RepeatOnTheOtherSide().IsMatch(s)))
            && !InstructsBesides(s, reading))
        {
            return true;
        }

        if (DosagePatterns.RestSentenceStart().IsMatch(s) && reading.Rest is not null)
        {
            return true;
        }

        // "Hold for 30 seconds." / "Hold the stretch for 20–30 seconds on each side." — nothing else to do.
        if (reading.Hold is not null && DosagePatterns.HoldOnlySentence().IsMatch(s))
        {
            return true;
        }

        if (hasCount && DosagePatterns.TargetSentenceStart().IsMatch(s))
        {
            return true;
        }

        // "Hold this position for 30 seconds and repeat three times.": nothing but dosage and filler words.
        if (hasCount || reading.Hold is not null)
        {
            return WordsBesideTheDose(s, reading).All(Filler.Contains);
        }

        return false;
    }

    /// <summary>"Perform one push-up, then drive your elbow up …", "Do 10 reps, lowering the bar slowly": besides its dose, the sentence tells the reader how to move.</summary>
    private static bool InstructsBesides(string s, DosageReading reading) =>
        WordsBesideTheDose(s, reading).Skip(1).Any(w => !Filler.Contains(w) && (Vocabulary.ActionVerbs.Contains(w) || Vocabulary.MovementForms.Contains(w)));

    /// <summary>The words of the sentence outside the spans its dose was read from.</summary>
    private static List<string> WordsBesideTheDose(string s, DosageReading reading)
    {
        var rest = new System.Text.StringBuilder();
        var last = 0;
        foreach (var (start, end) in reading.Spans.OrderBy(x => x.Start))
        {
            if (start >= last)
            {
                rest.Append(s[last..start]).Append(' ');
                last = end;
            }
        }

        rest.Append(s[last..]);
        return DosagePatterns.AsciiWord().Matches(rest.ToString()).Select(m => m.Value).ToList();
    }
}
