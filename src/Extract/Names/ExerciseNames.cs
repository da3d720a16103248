using System.Text.RegularExpressions;
using Limber.Extract.Text;

namespace Limber.Extract.Names;

/// <summary>A name the passage states, and the segment that only states it (its lead-in), if any.</summary>
public sealed record StatedName(string Name, int LeadInSegment, bool FromLeadIn);

/// <summary>
/// Finds the name a passage gives its exercise: a lead-in ("Bird dog: …", "Bird dog. …", "How to do a bird dog: …"), a
/// heading before a numbered list, or a phrase in the text ("this is called the …"). Names are kept as stated,
/// parenthetical and all ("Leg swings (front–back)"); nothing is made up here.
/// </summary>
public static partial class ExerciseNames
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "how to", "how to do it", "instructions", "directions", "steps", "step", "tip", "tips", "note", "notes", "benefits",
        "why", "what", "warning", "caution", "sets", "reps", "equipment", "targets", "muscles worked", "progression",
        "regression", "modification", "variation", "pro tip", "form tip", "start", "starting position", "the move",
        "stretch", "exercise", "pose", "move", "movement", "one", "this", "that", "it", "position", "good", "great",
        "important", "summary", "conclusion", "overview", "duration", "frequency", "level", "time", "rest", "hold",
        "key points", "important note", "bonus", "option", "goal", "example", "remember", "setup", "set up", "execution",
        "purpose", "description", "technique", "form", "the exercise", "preparation", "method", "procedure",
    };

    private static readonly HashSet<string> NameStopAdjectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "great", "good", "simple", "gentle", "easy", "nice", "classic", "effective", "excellent", "perfect", "wonderful",
        "useful", "common", "popular", "basic", "variation", "modification", "progression", "version", "way", "variant",
        "little", "lot", "key", "fantastic", "similar", "staple", "safe", "deep", "must", "favorite", "favourite", "starting",
        "same", "best", "first", "second", "next", "final", "last", "position", "point", "pose", "stretch", "exercise", "move",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "this", "that", "these", "those", "it", "your", "my", "our", "each", "every", "both", "same", "following", "next",
    };

    /// <summary>Words a label and the subject of its definition may share without naming the same thing.</summary>
    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase) { "the", "and", "with", "for", "from", "this", "that", "your" };

    /// <summary>Gym words that say only that something is exercise, not what it works (as read without a plural s).</summary>
    private static readonly HashSet<string> GenericExerciseWords = new(StringComparer.OrdinalIgnoreCase) { "exercise", "workout", "movement", "training", "lift", "lifter", "rep", "set" };

    /// <summary>The name the passage states, or null.</summary>
    /// <param name="exerciseLike">Whether the rest of the passage already reads as an exercise: a plain lead-in label
    /// ("Rowing, T-bar. …") is taken as the name only then, or when it ends in an exercise noun.</param>
    public static StatedName? Find(string text, IReadOnlyList<Segment> segments, bool exerciseLike)
    {
        var toDo = ToDoTheName().Match(text);
        if (toDo.Success && Clean(toDo.Groups["name"].Value, inferred: true) is { } tn && ExerciseNouns.EndsInOne(tn))
        {
            return new StatedName(tn, -1, false);
        }

        var how = HowToDoName().Match(text);
        if (how.Success && HowToName(how) is { } hn)
        {
            return new StatedName(hn, -1, true);
        }

        // "Bird dog 1. Get down on … 2. …": a short preface before a numbered list names the exercise.
        if (segments.Count > 1 && !segments[0].IsListItem && segments[1].IsListItem)
        {
            var preface = segments[0].Text.Trim().TrimEnd(':', '.', '-', '–', '—').Trim();
            var words = preface.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is >= 1 and <= 6 && !SentenceWords().IsMatch(preface) && !Vocabulary.ActionVerbs.Contains(words[0]) && Clean(preface, inferred: false) is { } listName)
            {
                return new StatedName(listName, 0, true);
            }
        }

        if (!HowToHeading().IsMatch(text) && LeadIn(text) is { } lead)
        {
            // "Hip raise, lying", "Lateral raise - front": a label whose head, before a comma or dash, is an exercise noun names one too.
            var named = ExerciseNouns.IsOne(lead.Name);
            var after = text[lead.Length..];
            // The first sentence after any heading ("Starting position: Stand straight." → "Stand straight.").
            var firstSentence = Segmenter.Sentences(after).Select(s => WithoutHeading(s).Trim()).FirstOrDefault(s => s.Length > 0) ?? "";
            var leadsIntoSteps = Imperatives.IsImperative(firstSentence);
            var plainLabel = !named && !leadsIntoSteps && !DefinesTheLabel(lead.Name, firstSentence);
            if (!plainLabel || exerciseLike)
            {
                // A plain label ("Muscle imbalances – …") yields to an exercise the text names ("… the hip flexor stretch").
                if (plainLabel && NameInText(text) is { } inText)
                {
                    return inText;
                }

                var first = segments.Count > 0 ? segments[0].Text.Trim().TrimEnd('.', ':') : "";
                var leadInSegment = first.Equals(text[..lead.Length].Trim().TrimEnd('.', ':', '-', '–', '—').Trim(), StringComparison.Ordinal) ? 0 : -1;
                return new StatedName(lead.Name, leadInSegment, true);
            }
        }

        if (NameInText(text) is { } stated)
        {
            return stated;
        }

        var isA = NameIsAnExercise().Match(text);
        if (isA.Success && Clean(isA.Groups["name"].Value, inferred: true) is { } iname && !SentenceWords().IsMatch(isA.Groups["name"].Value))
        {
            return new StatedName(iname, -1, false);
        }

        return null;
    }

    /// <summary>A name a phrase in the text gives: "this is called the …", "this is the bird dog", "The Cat Stretch is …".</summary>
    private static StatedName? NameInText(string text)
    {
        foreach (var regex in new[] { CalledName(), ThisIsTheName(), CapitalisedNameAsSubject() })
        {
            for (var m = regex.Match(text); m.Success; m = m.NextMatch())
            {
                if (Clean(m.Groups["name"].Value, inferred: true) is not { } n)
                {
                    continue;
                }

                var context = text[Math.Max(0, m.Index - 40)..m.Index];
                if (ExerciseNouns.EndsInOne(n) || (regex == CalledName() && ExerciseWord().IsMatch(context)))
                {
                    return new StatedName(n, -1, false);
                }
            }
        }

        return null;
    }

    /// <summary>The name is stated as one (a lead-in, "How to do a …:", a list's heading) or ends in an exercise noun.</summary>
    public static bool NamesAnExercise(StatedName name) => name.FromLeadIn || ExerciseNouns.EndsInOne(name.Name);

    /// <summary>
    /// The passage opens by naming an exercise, whatever follows: "How to do a deadhang: …", or a label that is the name
    /// of one ("Neck extension. …", "Hip raise, lying: …"). A label such as "Posture:" or "Chapter three." is not.
    /// </summary>
    public static bool OpensWithExerciseName(string text) =>
        (HowToDoName().Match(text) is { Success: true } how && HowToName(how) is not null)
        || (LeadIn(text) is { } lead && ExerciseNouns.IsOne(lead.Name));

    /// <summary>Whether the passage opens with "How to do a …:" and the name it gives.</summary>
    public static bool IsHowToName(string text, StatedName name) =>
        name.FromLeadIn && HowToDoName().Match(text) is { Success: true } how && HowToName(how) == name.Name;

    /// <summary>
    /// The text after a lead-in label ("Bird dog: Kneel …" → "Kneel …", "How to do a bird dog: 1. Kneel …" → "Kneel …",
    /// the first item's number and all); the text itself when it has none.
    /// </summary>
    public static string WithoutLeadIn(string sentence)
    {
        var how = HowToDoName().Match(sentence);
        if (how.Success)
        {
            return FirstItemNumber().Replace(sentence[how.Length..], "").Trim();
        }

        var lead = LeadIn(sentence);
        return lead is null ? sentence : sentence[lead.Length..].Trim();
    }

    /// <summary>
    /// The sentence without the second label of a two-label name when it opens it: "Thread the needle: Kneel." → "Kneel."
    /// for "Mobility exercise: Thread the needle".
    /// </summary>
    public static string WithoutSecondLabel(string sentence, StatedName name)
    {
        var colon = name.Name.IndexOf(": ", StringComparison.Ordinal);
        if (colon < 0)
        {
            return sentence;
        }

        var second = name.Name[(colon + 2)..];
        return sentence.Length > second.Length && sentence.StartsWith(second, StringComparison.Ordinal) && sentence[second.Length] == ':'
            ? sentence[(second.Length + 1)..].Trim()
            : sentence;
    }

    /// <summary>"How to:", "Instructions:", "Steps:" and the like at the start of a sentence.</summary>
    public static string WithoutHeading(string sentence) => HowToHeading().Replace(sentence, "");

    /// <summary>
    /// The name "How to do a …:" states. A capitalised title is a name even when it opens with a word that elsewhere
    /// only praises ("How to do a Good Morning:"); "How to do a good stretch:" names nothing.
    /// </summary>
    private static string? HowToName(Match how)
    {
        var raw = how.Groups["name"].Value;
        return Clean(raw, inferred: false, titled: IsCapitalisedTitle(raw.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    }

    /// <summary>The name without quotes, a leading article or trailing punctuation; null when it is no name at all.</summary>
    /// <param name="inferred">Read from a phrase in the text ("this is the bird dog exercise"): a trailing "exercise" is
    /// the sentence's, not the name's. A lead-in keeps every word it states.</param>
    /// <param name="titled">Stated as a capitalised title under "How to do a …:": its first word is part of the name.</param>
    private static string? Clean(string raw, bool inferred, bool titled = false)
    {
        var name = raw.Trim().Trim('"', '“', '”', '\'', '‘', '’', '*', '_', ' ', '.', ':', ',');
        name = LeadingArticle().Replace(name, "");
        if (inferred)
        {
            name = ExerciseNouns.WithoutTrailingKind(name).Trim();
        }

        name = CollapsedSpaces().Replace(name, " ");
        if (name.Length < 3 || name.Length > 70 || NotNames.Contains(name))
        {
            return null;
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (Determiners.Contains(words[0]) || words.Length > 8 || (NameStopAdjectives.Contains(words[0]) && !titled && !ExerciseNouns.NamesAnImplement(words))
            || !words.Any(w => w.Count(char.IsLetter) >= 2) || DosageOrNumberedHeading().IsMatch(name) || (FieldLabel().IsMatch(name) && !ExerciseNouns.EndsInOne(name)))
        {
            return null;
        }

        return name;
    }

    [GeneratedRegex(@"^\s*(?:how to(?: do it| perform it| do this(?: exercise| stretch| move)?)?|instructions|directions|steps|what to do|technique|to do it|how|the move|do it|execution|setup|set ?up|starting position|start position|preparation|movement)(?:\s*[:\-–—]\s*|\s*\.\s*$)", Options)]
    private static partial Regex HowToHeading();

    /// <summary>"1." or "1)" opening the first item of a list, or standing alone after its heading.</summary>
    [GeneratedRegex(@"^\s*1[.)](?:\s+|$)")]
    private static partial Regex FirstItemNumber();

    [GeneratedRegex(@"^\s*(?:here(?:'s|’s| is) )?how to (?:do|perform) (?:the |a |an )?(?<name>[^:.]{3,70}?)\s*:\s*", Options)]
    private static partial Regex HowToDoName();

    [GeneratedRegex(@"\b(?:this|it)\s+is\s+(?:called\s+)?(?:the|a|an)\s+(?<name>[a-z0-9][\w'’\-/ ]{2,50}?)(?=\s*(?:[.,;:!(]|\s(?:and|which|that|for|to|is|where|because|or|from|in|—|–)\b|$))", Options)]
    private static partial Regex ThisIsTheName();

    [GeneratedRegex(@"\b(?:called|known as|named)\s+(?:the\s+|a\s+|an\s+)?[""“]?(?<name>[A-Za-z0-9][\w'’\-/ ]{2,50}?)[""”]?(?=\s*(?:[.,;:!(]|\s(?:and|which|that|for|to|is|where|because|or)\b|$))", Options)]
    private static partial Regex CalledName();

    [GeneratedRegex(@"\b(?:The|the)\s+(?<name>(?:[A-Z][\w'’\-]*\s+){0,4}(?:Pose|Stretch|Bridge|Plank|Squat|Lunge|Raise|Twist|Fold|Tilt|Walk|Curl|Lift|Press|Kick|March|Rotation|Hinge|Thrust|Deadlift|Clamshell|Crunch|Circle|Glide|Slide|Switch|Rock|Carry|Hold))\s+(?:is|can|will|helps|works|targets|stretches|opens|strengthens)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedNameAsSubject();

    [GeneratedRegex(@"^\s*(?:the\s+)?(?<name>[\w'’\-/ ]{3,40}?)\s+(?:is|are)\s+(?:a|an|one)\s+(?:[\w-]+[\s,]+){0,4}?(?:stretch|exercise|pose|move|movement|drill|strengthener|opener|release|stretcher)(?:es|s)?\b", Options)]
    private static partial Regex NameIsAnExercise();

    [GeneratedRegex(@"^\s*to (?:do|perform|try) (?:the|a|an|this) (?<name>[\w'’\-/ ]{3,50}?)\s*,", Options)]
    private static partial Regex ToDoTheName();

    /// <summary>Words that make a phrase a sentence rather than a name.</summary>
    /// <remarks>Not inside a hyphenated name: "Plank-to-Elbow Extension", "Sit-to-stand".</remarks>
    [GeneratedRegex(@"(?<![\w-])(?:your|you|my|we|they|he|she|it|is|are|was|were|can|will|should|this|that|these|those|to|if|when|because|and then|of the|in the|on the|with the|has|have|may|might|its)(?![\w-])", Options)]
    private static partial Regex SentenceWords();

    [GeneratedRegex(@"\b(?:exercise|stretch|pose|move|movement|drill|position|asana)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExerciseWord();

    [GeneratedRegex(@"^(?:the|a|an)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingArticle();


    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex CollapsedSpaces();

    /// <summary>"3 x 10", "30 seconds", "Step 2", "Day 4": a dose or a numbered heading, not a name.</summary>
    [GeneratedRegex(@"\d\s*(?:x|reps?|sets?|seconds?|secs?|minutes?|times|%)\b|\bx\s*\d|\d{3,}|^(?:step|exercise|day|part|week|round|phase|level|option|move|stretch|tip)\s*#?\d+$", RegexOptions.IgnoreCase)]
    private static partial Regex DosageOrNumberedHeading();

    /// <summary>"Sets", "Equipment", "Targets", "Note": the label of a field, not a name (unless it is an exercise's: "Muscle-up").</summary>
    [GeneratedRegex(@"^(?:sets?|reps?|equipment|level|time|duration|targets?|works?|muscles?|benefits?|why|note|tip|caution|warning)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FieldLabel();
}
