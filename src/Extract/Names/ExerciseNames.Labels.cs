using System.Text.RegularExpressions;
using Limber.Extract.Text;

namespace Limber.Extract.Names;

// The part of ExerciseNames that reads the label a passage opens with ("Bird dog: …", "Rowing, T-bar. …", "Bird Dog –
// Begin …", "Mobility exercise: Thread the needle: …"), and whether the sentence after it defines the exercise the label names.
public static partial class ExerciseNames
{
    private sealed record Label(string Name, int Length);

    /// <summary>A short title-like label that opens the passage and ends in ":", "." or a dash.</summary>
    private static Label? LeadIn(string text)
    {
        foreach (var m in new[] { LabelToStop().Match(text), LabelToDash().Match(text), LabelWithParenthetical().Match(text) })
        {
            if (!m.Success)
            {
                continue;
            }

            var candidate = m.Groups["name"].Value.Trim();
            var plain = Parenthetical().Replace(candidate, "");
            var words = plain.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var colon = m.Groups["sep"].Value.Trim() != ".";
            var verbFirst = words.Length > 0 && Vocabulary.ActionVerbs.Contains(words[0]) && !IsCapitalisedTitle(words) && !(colon && words.Length >= 2);
            var sentence = !colon && Imperatives.IsImperative(plain) && !IsCapitalisedTitle(words);
            var commaClause = plain.Split(',').Skip(1).Any(part => Imperatives.IsImperative(part) && !IsCapitalisedTitle(part.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
            if (words.Length is >= 1 and <= 8 && !SentenceWords().IsMatch(ExerciseTitle(words, plain) ? TitleTo().Replace(plain, " ") : plain) && !verbFirst && !sentence && !commaClause
                && !Vocabulary.PainTalk.IsMatch(candidate) && (colon || words.Length <= 7) && Clean(candidate, inferred: false) is { } name)
            {
                return colon && KindOnly(name) && SubLabel(text[m.Length..]) is { } sub ? new Label($"{name}: {sub.Name}", m.Length + sub.Length) : new Label(name, m.Length);
            }
        }

        return null;
    }

    /// <summary>"Yoga exercise", "Core exercise": a label that says only what kind of exercise follows, not which.</summary>
    private static bool KindOnly(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3 && ExerciseNouns.WithoutTrailingKind(name).Length < name.Length && !ExerciseNouns.IsOne(name);

    /// <summary>
    /// "Mobility exercise: Thread the needle: Kneel …": the exercise's own name as a second label after a label of its kind. Not a
    /// heading ("Starting position:") or a field ("Sets:").
    /// </summary>
    private static Label? SubLabel(string rest)
    {
        var m = SubLabelRegex().Match(rest);
        if (!m.Success || HowToHeading().IsMatch(rest) || SentenceWords().IsMatch(m.Groups["name"].Value) || Clean(m.Groups["name"].Value, inferred: false) is not { } name)
        {
            return null;
        }

        return new Label(name, m.Length);
    }

    /// <summary>A capitalised label of up to four words and its colon.</summary>
    [GeneratedRegex(@"^(?<name>[A-Z][\w'’\-/]*(?:\s+[\w'’\-/]+){0,3})\s*:\s+(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex SubLabelRegex();

    /// <summary>
    /// "Lat pulldown: The lat pulldown is an exercise that builds the back …", "Hip hinge. Is a movement …": the sentence
    /// after the label defines an exercise with the label as its subject (it opens with "is"/"are", or its subject shares
    /// a word with the label), and ends there or says what the exercise works, so the label is the exercise's name.
    /// </summary>
    private static bool DefinesTheLabel(string label, string sentence)
    {
        var subject = DefinitionSubject().Match(sentence);
        if (!subject.Success)
        {
            return false;
        }

        // "… is a strength exercise." ends there; "… is a workout that many people skip" goes on without the body.
        var definition = Detection.ExerciseDetector.Definition(sentence, subject.Groups["subject"].Index + subject.Groups["subject"].Length);
        if (!definition.Success || (!EndsTheSentence(sentence[(definition.Index + definition.Length)..]) && !NamesTheBody(sentence[subject.Length..])))
        {
            return false;
        }

        if (subject.Groups["subject"].Length == 0)
        {
            return true;
        }

        var labelWords = ContentWords(Parenthetical().Replace(label, "")).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return ContentWords(subject.Groups["subject"].Value).Any(labelWords.Contains);
    }

    /// <summary>The words of three letters or more that are not <see cref="FunctionWords"/>, each also split at its hyphens ("chin-up" → "chinup", "chin").</summary>
    private static IEnumerable<string> ContentWords(string text) =>
        Imperatives.Words(text).SelectMany(w => w.Split('-').Append(w)).Where(w => w.Length >= 3 && !FunctionWords.Contains(w)).Select(Stem);

    /// <summary>
    /// "… an exercise that builds the chest", "… performed with the hands on …": the definition says what the exercise
    /// works or how the body does it, not only that it is an exercise ("… is a workout that many people skip").
    /// </summary>
    private static bool NamesTheBody(string predicate)
    {
        if (Vocabulary.PhysicalWord.IsMatch(predicate))
        {
            return true;
        }

        foreach (var m in Vocabulary.GymWord.EnumerateMatches(predicate))
        {
            if (!GenericExerciseWords.Contains(predicate.AsSpan(m.Index, m.Length).TrimEnd('s').ToString()))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsTheSentence(string rest) => rest.AsSpan().Trim(" .!;)”\"'’").IsEmpty;

    /// <summary>"Pull-ups" and "pull up" alike: without hyphens and a plural s.</summary>
    private static string Stem(string word)
    {
        var w = word.Replace("-", "", StringComparison.Ordinal);
        return w.Length > 3 && w.EndsWith('s') ? w[..^1] : w;
    }

    private static bool IsCapitalisedTitle(string[] words) => words.Length >= 2 && words.All(w => w.Length > 0 && (char.IsUpper(w[0]) || char.IsDigit(w[0]) || w is "of" or "and" or "&" or "with" or "to" or "on" or "in"));

    /// <summary>"Squat to Press", "Sit to Stand": a capitalised title ending in an exercise noun, whose "to" joins two movements.</summary>
    private static bool ExerciseTitle(string[] words, string plain) => IsCapitalisedTitle(words) && ExerciseNouns.EndsInOne(plain);

    /// <summary>"Bird dog: …", "Rowing, T-bar. …", "Leg swings (front–back). …": a label up to a colon or full stop.</summary>
    [GeneratedRegex(@"^\s*(?:(?:exercise|stretch|move)\s*#?\d+\s*[:.\-–—]\s*|\d+[.)]\s+)?(?<name>[A-Za-z0-9][^.:!?;()]{0,70}?(?:\s*\([^)]{1,40}\))?)\s*(?<sep>[:.])\s+(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex LabelToStop();

    /// <summary>"Supine Twist (Supta Matsyendrasana) Lie on your back": a capitalised title and its parenthetical, with no separator.</summary>
    [GeneratedRegex(@"^\s*(?<name>(?:[A-Z0-9][\w'’\-/]*\s+){0,5}[A-Z0-9][\w'’\-/]*\s*\([^)]{2,60}\))\s*(?<sep>[:.\-–—]?)\s+(?=[A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex LabelWithParenthetical();

    /// <summary>
    /// The subject of a definition: the words before its first "is"/"are" (none when the sentence opens with it, as in
    /// "Is a compound exercise …"), at most eight of them.
    /// </summary>
    [GeneratedRegex(@"^\W*(?<subject>(?:[\w'’\-]+[\s,]+|\([^)]*\)\s*){0,8}?)(?:is|are)\b", Options)]
    private static partial Regex DefinitionSubject();

    /// <summary>The word "to" between two words of a title.</summary>
    [GeneratedRegex(@"(?<=\w) to (?=\w)", RegexOptions.IgnoreCase)]
    private static partial Regex TitleTo();

    [GeneratedRegex(@"\s*\([^)]*\)")]
    private static partial Regex Parenthetical();

    /// <summary>"Bird Dog – Begin on your hands and knees": a label up to a dash.</summary>
    [GeneratedRegex(@"^\s*(?:(?:exercise|stretch|move)\s*#?\d+\s*[:.\-–—]\s*|\d+[.)]\s+)?(?<name>[A-Z0-9][^.:!?;,()]{1,60}?(?:\s*\([^)]{1,40}\))?)\s*(?<sep>[–—]|\s-)\s+(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex LabelToDash();
}
