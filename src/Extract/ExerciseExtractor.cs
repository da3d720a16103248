using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Limber.Extract.Text;
using Limber.Pages;

namespace Limber.Extract;

/// <summary>What the extractor made of one passage.</summary>
public sealed record Extraction(bool IsExercise, Exercise? Exercise, ImmutableArray<FieldWarning> Warnings, string Why);

/// <summary>
/// Decides whether a passage is an exercise instruction and reads its fields. Pure and deterministic.
/// Fields that cannot be read with confidence are left null and come with a <see cref="FieldWarning"/>.
/// </summary>
public static partial class ExerciseExtractor
{
    static ExerciseExtractor()
    {
        // The extractor uses a few dozen one-off patterns through the static Regex methods; keep them all cached.
        if (Regex.CacheSize < 128)
        {
            Regex.CacheSize = 128;
        }
    }

    private const RegexOptions Opts = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly Regex HowToPrefix = HowToPrefixRegex();
    private static readonly Regex HowToName = HowToNameRegex();
    private static readonly Regex LeadingLabel = LeadingLabelRegex();
    private static readonly Regex TitleWithAlias = TitleWithAliasRegex();
    private static readonly Regex ThisIs = ThisIsRegex();
    private static readonly Regex Called = CalledRegex();
    private static readonly Regex CapitalisedPose = CapitalisedPoseRegex();
    private static readonly Regex NameIsA = NameIsARegex();
    private static readonly Regex ToDoName = ToDoNameRegex();
    private static readonly Regex Parenthetical = ParentheticalRegex();
    private static readonly Regex Attribution = AttributionRegex();
    private static readonly Regex LetterLabel = LetterLabelRegex();
    private static readonly Regex ShouldCue = ShouldCueRegex();
    private static readonly Regex CautionStart = CautionStartRegex();
    private static readonly Regex PositionPhrase = PositionPhraseRegex();
    private static readonly Regex ExerciseNoun = ExerciseNounRegex();
    private static readonly Regex Alternatives = AlternativesRegex();

    private static readonly HashSet<string> LeadWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "then", "now", "next", "finally", "first", "second", "third", "also", "again", "and", "simply", "just", "once",
        "still", "from", "here", "there", "afterward", "afterwards", "lastly", "last", "to",
    };

    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "with", "from", "keeping", "holding", "using", "while", "as", "once", "when", "if", "without", "at",
        "for", "after", "before", "then", "standing", "lying", "sitting", "kneeling", "facing", "starting", "staying",
        "maintaining", "bracing", "engaging", "squeezing", "pressing", "exhaling", "inhaling", "on", "into", "between",
        "resting", "leading", "but", "still", "next", "now", "slowly", "gently", "here", "hands", "arms",
    };

    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "how to", "how to do it", "instructions", "directions", "steps", "step", "tip", "tips", "note", "notes", "benefits",
        "why", "what", "warning", "caution", "sets", "reps", "equipment", "targets", "muscles worked", "progression",
        "regression", "modification", "variation", "pro tip", "form tip", "start", "starting position", "the move",
        "stretch", "exercise", "pose", "move", "movement", "one", "this", "that", "it", "position", "good", "great",
        "important", "summary", "conclusion", "overview", "duration", "frequency", "level", "time", "rest", "hold",
        "key points", "important note", "bonus", "option", "goal", "example", "remember",
    };

    private static readonly HashSet<string> NameStopAdjectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "great", "good", "simple", "gentle", "easy", "nice", "classic", "effective", "excellent", "perfect", "wonderful",
        "useful", "common", "popular", "basic", "variation", "modification", "progression", "version", "way", "variant",
        "little", "lot", "key", "fantastic", "similar", "staple", "safe", "deep", "must", "favorite", "favourite", "starting",
        "same", "best", "first", "second", "next", "final", "last", "position", "point", "pose", "stretch", "exercise", "move",
    };

    /// <summary>Words that start an exercise name that is really a sentence.</summary>
    private static readonly Regex SentenceLike = SentenceLikeRegex();

    public static Extraction Extract(string passageText, SourceRef source)
    {
        var text = Normalise(passageText);
        var segments = Segmenter.Split(text);

        // Every detection rule needs at least one physical instruction: most prose stops here, cheaply.
        if (!segments.Any(s => IsImperative(RemoveLeadingLabel(StripLabel(s.Text))) && Vocabulary.PhysicalWord.IsMatch(s.Text)))
        {
            return new Extraction(false, null, [], "no physical instruction");
        }

        var name = FindName(text, segments, out var labelSegment);
        var dosage = Dosage.Read(text);

        var sentences = segments.Select(s => s.Text).ToList();
        var imperatives = 0;
        var physicalImperatives = 0;
        var dosageSentences = 0;
        var cues = 0;
        foreach (var (segment, index) in segments.Select((s, i) => (s, i)))
        {
            if (index == labelSegment)
            {
                continue;
            }

            var body = StripLabel(segment.Text);
            if (Dosage.IsDosageSentence(body))
            {
                dosageSentences++;
            }
            else if (ShouldCue.IsMatch(body))
            {
                cues++;
            }

            if (IsImperative(body) && !Dosage.IsDosageSentence(body))
            {
                imperatives++;
                if (Vocabulary.PhysicalWord.IsMatch(body))
                {
                    physicalImperatives++;
                }
            }
        }

        var negatives = Vocabulary.NonInstruction.Matches(text).Count;
        var hasDosage = dosage.Reps is not null || dosage.Sets is not null || dosage.Hold is not null || dosage.PerSide;
        var hasPosition = PositionPhrase.IsMatch(text);
        var ratio = sentences.Count == 0 ? 0 : (double)imperatives / sentences.Count;

        var isExercise =
            physicalImperatives >= 3 && ratio >= 0.3
            || physicalImperatives >= 2 && ratio >= 0.25 && (hasDosage || hasPosition || name is not null)
            || physicalImperatives >= 1 && name is not null && (hasDosage || hasPosition || segments.Count <= 4)
            || physicalImperatives >= 1 && physicalImperatives + dosageSentences + cues >= 3 && (double)(physicalImperatives + dosageSentences + cues) / Math.Max(1, sentences.Count) >= 0.6;
        if (isExercise && negatives >= 2 && negatives > physicalImperatives)
        {
            isExercise = false;
        }

        // Lifting, sleeping and desk advice reads like instructions but prescribes no exercise.
        var prescribed = dosage.Reps is not null || dosage.Sets is not null || dosage.Hold is not null;
        if (isExercise && !prescribed && name is null && Vocabulary.EverydayActivity.IsMatch(text))
        {
            isExercise = false;
        }

        var why = $"{physicalImperatives} physical instructions in {sentences.Count} sentences; dosage: {hasDosage}; position: {hasPosition}; name: {name ?? "-"}; explanation cues: {negatives}";
        if (!isExercise)
        {
            return new Extraction(false, null, [], why);
        }

        var warnings = new List<FieldWarning>(dosage.Warnings);
        var steps = Steps(segments, labelSegment);
        if (steps.Count == 0)
        {
            warnings.Add(new FieldWarning("steps", "no sentence reads as an action to perform"));
        }

        var position = Position(text, warnings);
        var equipment = Equipment(text);
        var areas = Areas(text);
        var title = name is not null ? Capitalise(name) : DerivedTitle(position, text, areas, equipment);
        var exercise = new Exercise
        {
            Title = title,
            Slug = Limber.Text.Slug.From(title),
            Name = name,
            Steps = [.. steps],
            Reps = dosage.Reps,
            Sets = dosage.Sets,
            Hold = dosage.Hold,
            Rest = dosage.Rest,
            PerSide = dosage.PerSide,
            Equipment = [.. equipment],
            Position = position,
            BodyAreas = [.. areas],
            Source = new SourceRef(source.File, source.Line),
        };
        return new Extraction(true, exercise, [.. warnings.Distinct()], why);
    }

    public static bool IsExercise(string passageText) => Extract(passageText, new SourceRef("passage", 1)).IsExercise;

    internal static string Normalise(string text)
    {
        text = text.Replace('\u00A0', ' ').Replace("\t", " ", StringComparison.Ordinal).Trim();
        text = NamePhrase0().Replace(text, " ");
        return text;
    }

    private static string StripLabel(string s)
    {
        s = HowToPrefix.Replace(s, "");
        return s;
    }

    private static string? FindName(string text, IReadOnlyList<Segment> segments, out int labelSegment)
    {
        labelSegment = -1;
        var toDo = ToDoName.Match(text);
        if (toDo.Success && CleanName(toDo.Groups["name"].Value) is { } tn && ExerciseNoun.IsMatch(tn))
        {
            return tn;
        }

        var how = HowToName.Match(text);
        if (how.Success && CleanName(how.Groups["name"].Value) is { } hn)
        {
            return hn;
        }

        var first = segments.Count > 0 ? segments[0].Text : text;

        // "Bird dog 1. Get down on … 2. …": a short preface before a numbered list names the exercise.
        if (segments.Count > 1 && !segments[0].IsListItem && segments[1].IsListItem)
        {
            var preface = segments[0].Text.Trim().TrimEnd(':', '.', '-', '–', '—').Trim();
            var words = preface.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is >= 1 and <= 5 && !SentenceLike.IsMatch(preface) && !Vocabulary.ActionVerbs.Contains(words[0]) && CleanName(preface) is { } listName)
            {
                labelSegment = 0;
                return listName;
            }
        }

        var alias = TitleWithAlias.Match(text);
        if (alias.Success && !SentenceLike.IsMatch(alias.Groups["name"].Value) && CleanName(alias.Groups["name"].Value) is { } an)
        {
            return an;
        }

        if (!HowToPrefix.IsMatch(first))
        {
            var label = LeadingLabel.Match(text);
            if (label.Success)
            {
                var candidate = label.Groups["name"].Value.Trim();
                var words = candidate.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var colon = label.Groups["sep"].Value.Trim() != ".";
                var verbFirst = words.Length > 0 && Vocabulary.ActionVerbs.Contains(words[0]) && !IsCapitalisedTitle(words) && !(colon && words.Length >= 2);
                var after = text[label.Length..];
                var leadsIntoSteps = IsImperative(Segmenter.Sentences(after).FirstOrDefault() ?? "") || ExerciseNoun.IsMatch(candidate.TrimEnd());
                if (words.Length is >= 1 and <= 6 && !SentenceLike.IsMatch(candidate) && !verbFirst && leadsIntoSteps
                    && (colon || words.Length <= 5) && CleanName(candidate) is { } ln)
                {
                    if (segments.Count > 0 && segments[0].Text.Trim().TrimEnd('.', ':').Equals(label.Value.Trim().TrimEnd('.', ':', '-', '–', '—').Trim(), StringComparison.Ordinal))
                    {
                        labelSegment = 0;
                    }

                    return ln;
                }
            }
        }

        foreach (var regex in new[] { Called, ThisIs, CapitalisedPose })
        {
            foreach (Match m in regex.Matches(text))
            {
                if (CleanName(m.Groups["name"].Value) is not { } n)
                {
                    continue;
                }

                var context = text[Math.Max(0, m.Index - 40)..m.Index];
                var exercisey = ExerciseNoun.IsMatch(n) || (regex == Called && NamePhrase1().IsMatch(context));
                if (exercisey)
                {
                    return n;
                }
            }
        }

        var isA = NameIsA.Match(text);
        if (isA.Success && CleanName(isA.Groups["name"].Value) is { } iname && !SentenceLike.IsMatch(isA.Groups["name"].Value))
        {
            return iname;
        }

        return null;
    }

    private static bool IsCapitalisedTitle(string[] words) => words.Length >= 2 && words.All(w => w.Length > 0 && (char.IsUpper(w[0]) || char.IsDigit(w[0]) || w is "of" or "and" or "with" or "to"));

    private static string? CleanName(string raw)
    {
        var name = raw.Trim().Trim('"', '“', '”', '\'', '‘', '’', '*', '_', ' ', '.', ':', ',');
        name = NamePhrase2().Replace(name, "");
        name = NamePhrase3().Replace(name, "").Trim();
        if (name.Length < 3 || name.Length > 50 || NotNames.Contains(name))
        {
            return null;
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words[0].ToLowerInvariant() is "this" or "that" or "these" or "those" or "it" or "your" or "my" or "our" or "each" or "every" or "both" or "same" or "following" or "next")
        {
            return null;
        }

        if (words.Length > 6 || NameStopAdjectives.Contains(words[0]) || !words.Any(w => w.Count(char.IsLetter) >= 3)
            || NamePhrase4().IsMatch(name))
        {
            return null;
        }

        if (NamePhrase5().IsMatch(name))
        {
            return null;
        }

        return name;
    }

    /// <summary>True when the sentence tells the reader to do something (after lead-in words or an opening clause).</summary>
    internal static bool IsImperative(string sentence)
    {
        var words = Words(sentence);
        if (words.Count == 0)
        {
            return false;
        }

        var i = 0;
        while (i < words.Count - 1 && (LeadWords.Contains(words[i]) || (words[i].EndsWith("ly", StringComparison.OrdinalIgnoreCase) && words[i].Length > 3 && !Vocabulary.ActionVerbs.Contains(words[i]))))
        {
            if (words[i].Equals("from", StringComparison.OrdinalIgnoreCase) || words[i].Equals("once", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }

            i++;
        }

        if (Vocabulary.ActionVerbs.Contains(words[i]) && !NounUse(words, i))
        {
            return true;
        }

        // "In a chair, cross your ankle …", "With your feet hip-width apart, lift …", "Keeping your foot flexed, lower …"
        var comma = sentence.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0 && ClauseOpeners.Contains(words[0]) && Words(sentence[..comma]).Count <= 10)
        {
            var rest = Words(sentence[(comma + 1)..]);
            var j = 0;
            while (j < rest.Count - 1 && (LeadWords.Contains(rest[j]) || (rest[j].EndsWith("ly", StringComparison.OrdinalIgnoreCase) && rest[j].Length > 3)))
            {
                j++;
            }

            if (rest.Count > 0 && Vocabulary.ActionVerbs.Contains(rest[j]))
            {
                return true;
            }

            var second = sentence.IndexOf(',', comma + 1);
            if (second > 0 && rest.Count > 0 && ClauseOpeners.Contains(rest[0]))
            {
                return IsImperative(sentence[(comma + 1)..]);
            }
        }

        return false;
    }

    /// <summary>"Lower back pain can …", "Rest is important": the verb-like word is a noun here.</summary>
    private static bool NounUse(List<string> words, int i)
    {
        for (var k = i + 1; k <= i + 2 && k < words.Count; k++)
        {
            if (words[k] is "is" or "are" or "can" or "will" or "may" or "might" or "could" or "was" or "were" or "has" or "have" or "helps" or "pain" or "of" or "does")
            {
                return true;
            }

            if (words[k] is "your" or "the" or "a" or "an" or "one" or "both" or "it" or "this" or "that")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The words of <paramref name="s"/>: runs of ASCII letters, apostrophes and hyphens that start with a letter, with
    /// apostrophes trimmed off both ends (what <c>[A-Za-z][A-Za-z'’\-]*</c> matches), read without a regex because every
    /// sentence of every passage goes through here.
    /// </summary>
    internal static List<string> Words(string s)
    {
        var words = new List<string>();
        var i = 0;
        while (i < s.Length)
        {
            if (!char.IsAsciiLetter(s[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < s.Length && (char.IsAsciiLetter(s[i]) || s[i] is '\'' or '’' or '-'))
            {
                i++;
            }

            var end = i;
            while (end > start && s[end - 1] is '\'' or '’')
            {
                end--;
            }

            words.Add(s[start..end]);
        }

        return words;
    }

    private static List<string> Steps(IReadOnlyList<Segment> segments, int labelSegment)
    {
        var steps = new List<string>();
        var hasList = segments.Any(s => s.IsListItem);
        for (var i = 0; i < segments.Count; i++)
        {
            if (i == labelSegment)
            {
                continue;
            }

            var segment = segments[i];
            var s = HowToPrefix.Replace(segment.Text, "").Trim();
            if (i == 0 && labelSegment < 0)
            {
                s = RemoveLeadingLabel(s);
            }

            s = LetterLabel.Replace(s, "").Trim();
            if (s.Length == 0)
            {
                continue;
            }

            if (hasList && !segment.IsListItem)
            {
                continue;
            }

            if (Dosage.IsDosageSentence(s) || Parenthetical.IsMatch(s) || Attribution.IsMatch(s))
            {
                continue;
            }

            if (segment.IsListItem || IsImperative(s) || ShouldCue.IsMatch(s) || CautionStart.IsMatch(s))
            {
                steps.Add(s);
            }
        }

        return steps;
    }

    private static string RemoveLeadingLabel(string s)
    {
        var alias = TitleWithAlias.Match(s);
        if (alias.Success && !SentenceLike.IsMatch(alias.Groups["name"].Value) && CleanName(alias.Groups["name"].Value) is not null)
        {
            return s[alias.Length..].Trim();
        }

        var label = LeadingLabel.Match(s);
        if (label.Success && (label.Groups["sep"].Value.Trim() != "." || !label.Groups["name"].Value.Contains(' ', StringComparison.Ordinal)) && label.Groups["name"].Value.Split(' ').Length <= 6 && CleanName(label.Groups["name"].Value) is not null && !SentenceLike.IsMatch(label.Groups["name"].Value))
        {
            return s[label.Length..].Trim();
        }

        return s;
    }

    private static string? Position(string text, List<FieldWarning> warnings)
    {
        var hits = new List<(int Index, string Position, int Order)>();
        for (var order = 0; order < Vocabulary.Positions.Count; order++)
        {
            var term = Vocabulary.Positions[order];
            foreach (Match m in term.Pattern.Matches(text))
            {
                hits.Add((m.Index, term.Canonical, order));
            }
        }

        if (hits.Count == 0)
        {
            return null;
        }

        // Drop plain "kneeling" hits inside a "half-kneeling" phrase.
        hits = [.. hits.Where(h => !(h.Position == "kneeling" && hits.Any(o => o.Position == "half-kneeling" && Math.Abs(o.Index - h.Index) <= 6)))];
        hits.Sort((a, b) => a.Index != b.Index ? a.Index.CompareTo(b.Index) : a.Order.CompareTo(b.Order));
        var first = hits[0];
        var sentence = Segmenter.Sentences(text).FirstOrDefault(s => text.IndexOf(s, StringComparison.Ordinal) <= first.Index && text.IndexOf(s, StringComparison.Ordinal) + s.Length > first.Index) ?? "";
        var sentenceStart = text.IndexOf(sentence, StringComparison.Ordinal);
        var others = hits.Where(h => h.Position != first.Position && h.Index >= sentenceStart && h.Index < sentenceStart + sentence.Length).ToList();
        if (others.Count > 0 && Alternatives.IsMatch(sentence))
        {
            warnings.Add(new FieldWarning("position", $"the passage offers alternative positions ({first.Position} or {others[0].Position})"));
            return null;
        }

        return first.Position;
    }

    private static List<string> Equipment(string text)
    {
        var found = new List<(int Index, string Name)>();
        foreach (var term in Vocabulary.Equipment)
        {
            var m = term.Pattern.Match(text);
            if (m.Success)
            {
                found.Add((m.Index, term.Canonical));
            }
        }

        var names = found.Select(f => f.Name).ToList();
        if (names.Contains("mini band") && names.Contains("resistance band") && !NamePhrase7().IsMatch(text))
        {
            found.RemoveAll(f => f.Name == "resistance band");
        }

        if (names.Contains("massage stick") && names.Contains("foam roller") && !NamePhrase8().IsMatch(text))
        {
            found.RemoveAll(f => f.Name == "foam roller");
        }

        return [.. found.OrderBy(f => f.Index).Select(f => f.Name).Distinct()];
    }

    private static List<string> Areas(string text)
    {
        var found = new List<(int Index, string Name)>();
        foreach (var term in Vocabulary.BodyAreas)
        {
            foreach (Match m in term.Pattern.Matches(text))
            {
                var before = text[Math.Max(0, m.Index - 12)..m.Index];
                if (NamePhrase9().IsMatch(before))
                {
                    continue;
                }

                found.Add((m.Index, term.Canonical));
                break;
            }
        }

        return [.. found.OrderBy(f => f.Index).Select(f => f.Name).Distinct()];
    }

    private static string DerivedTitle(string? position, string text, IReadOnlyList<string> areas, IReadOnlyList<string> equipment)
    {
        var action = Action(text);
        var parts = new List<string>();
        if (position is not null)
        {
            parts.Add(position);
        }
        else if (areas.Count == 0 && equipment.Count > 0 && equipment[0] is not ("mat" or "wall" or "chair"))
        {
            // Neither position nor area stated: the prop is the next best description ("Resistance band walk").
            parts.Add(equipment[0]);
        }

        if (areas.Count > 0)
        {
            parts.Add(areas[0]);
        }

        parts.Add(action);
        return Capitalise(string.Join(' ', parts));
    }

    private static string Action(string text)
    {
        (string Pattern, string Action)[] actions =
        [
            (@"\b(?:stretch|pose|fold|lengthen)", "stretch"),
            (@"\bbridge|\blift (?:your )?hips\b", "bridge"),
            (@"\bsplit squat\b", "split squat"),
            (@"\bsquat", "squat"),
            (@"\blunge", "lunge"),
            (@"\bside ?step|\bstep to the side|\bwalk", "walk"),
            (@"\bplank", "plank"),
            (@"\btwist", "twist"),
            (@"\bleg (?:raise|lift)", "leg raise"),
            (@"\bhinge", "hinge"),
            (@"\bsqueeze|\btighten|\bcontract", "squeeze"),
        ];
        foreach (var (pattern, action) in actions)
        {
            if (Regex.IsMatch(text, pattern, RegexOptions.IgnoreCase))
            {
                return action;
            }
        }

        return "exercise";
    }

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    [GeneratedRegex(@"^\s*(?:how to(?: do it| perform it| do this(?: exercise| stretch| move)?)?|instructions|directions|steps|what to do|technique|to do it|how|the move|do it)\s*[:\-–—]\s*", Opts)]
    private static partial Regex HowToPrefixRegex();

    [GeneratedRegex(@"^\s*(?:here(?:'s|’s| is) )?how to (?:do|perform) (?:the |a |an )?(?<name>[^:.]{3,50}?)\s*:\s*", Opts)]
    private static partial Regex HowToNameRegex();

    [GeneratedRegex(@"^\s*(?:(?:exercise|stretch|move)\s*#?\d+\s*[:.\-–—]\s*|\d+[.)]\s+)?(?<name>[A-Z0-9][^.:!?;,]{1,60}?)(?:\s*\((?<alias>[^)]{1,60})\))?\s*(?<sep>[:.]|[–—]|\s-)\s+(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingLabelRegex();

    [GeneratedRegex(@"^\s*(?<name>(?:[A-Z0-9][\w'’\-/]*\s+){0,5}[A-Z0-9][\w'’\-/]*)\s*\((?<alias>[^)]{2,60})\)\s*[:.\-–—]?\s+(?=[A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex TitleWithAliasRegex();

    [GeneratedRegex(@"\b(?:this|it)\s+is\s+(?:called\s+)?(?:the|a|an)\s+(?<name>[a-z0-9][\w'’\-/ ]{2,50}?)(?=\s*(?:[.,;:!(]|\s(?:and|which|that|for|to|is|where|because|or|from|in|—|–)\b|$))", Opts)]
    private static partial Regex ThisIsRegex();

    [GeneratedRegex(@"\b(?:called|known as|named)\s+(?:the\s+|a\s+|an\s+)?[""“]?(?<name>[A-Za-z0-9][\w'’\-/ ]{2,50}?)[""”]?(?=\s*(?:[.,;:!(]|\s(?:and|which|that|for|to|is|where|because|or)\b|$))", Opts)]
    private static partial Regex CalledRegex();

    [GeneratedRegex(@"\b(?:The|the)\s+(?<name>(?:[A-Z][\w'’\-]*\s+){0,4}(?:Pose|Stretch|Bridge|Plank|Squat|Lunge|Raise|Twist|Fold|Tilt|Walk|Curl|Lift|Press|Kick|March|Rotation|Hinge|Thrust|Deadlift|Clamshell|Crunch|Circle|Glide|Slide|Switch|Rock|Carry|Hold))\s+(?:is|can|will|helps|works|targets|stretches|opens|strengthens)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedPoseRegex();

    [GeneratedRegex(@"^\s*(?:the\s+)?(?<name>[\w'’\-/ ]{3,40}?)\s+(?:is|are)\s+(?:a|an|one)\s+(?:\w+[\s,]+){0,4}?(?:stretch|exercise|pose|move|movement|drill|strengthener|opener|release|stretcher)(?:es|s)?\b", Opts)]
    private static partial Regex NameIsARegex();

    [GeneratedRegex(@"^\s*to (?:do|perform|try) (?:the|a|an|this) (?<name>[\w'’\-/ ]{3,50}?)\s*,", Opts)]
    private static partial Regex ToDoNameRegex();

    [GeneratedRegex(@"^\s*\(.*\)\s*[.!]?\s*$", Opts)]
    private static partial Regex ParentheticalRegex();

    [GeneratedRegex(@"[""”]\s*,?\s*(?:[A-Z][\w.]*\s+){1,3}(?:says|said|explains|notes|adds|recommends)\b|\b(?:says|said|explains|notes|adds)\s+[A-Z]", RegexOptions.CultureInvariant)]
    private static partial Regex AttributionRegex();

    [GeneratedRegex(@"\s*\([a-h]\)(?=\s*[.,;:]?\s*$|\s*[.,;:])", Opts)]
    private static partial Regex LetterLabelRegex();

    [GeneratedRegex(@"^\W*(?:your|the|both)\s+(?:\w+\s+){0,3}(?:should|must|need to|needs to)\s+(?:be|stay|remain|point|face|rest|touch|line|form)\b|^\W*you\s+(?:should|will)\s+(?:feel|be|now be|end up|either)\b", Opts)]
    private static partial Regex ShouldCueRegex();

    [GeneratedRegex(@"^\W*(?:don't|don’t|do not|avoid|make sure|be sure|be careful|try not|never|remember to|focus on|think about (?:pulling|pushing|pressing|squeezing|drawing|driving))\b", Opts)]
    private static partial Regex CautionStartRegex();

    [GeneratedRegex(@"\b(?:lie|lying|lay)\s+(?:down\s+)?(?:on|face|flat)|\bhands and knees\b|\ball fours\b|\b(?:stand|standing|sit|seated|kneel|kneeling)\b|\bfeet (?:hip|shoulder)[- ]width\b|\bknees bent\b|\bstarting position\b", Opts)]
    private static partial Regex PositionPhraseRegex();

    [GeneratedRegex(@"(?:stretch|pose|bridge|plank|squat|lunge|raise|twist|fold|tilt|walk|curl|lift|press|kick|march|rotation|hinge|thrust|deadlift|clamshell|clam|crunch|circle|glide|slide|switch|rock|carry|hold|bug|dog|cow|superman|hydrant|sit|step-up|step up|extension|abduction|adduction|flexion|release|roll|rollout|swing|row|drill|opener|pigeon|cobra|sphinx|butterfly|frog|squeeze|stand|reach|windmill|shell|wiper|wipers|cat|asana|pull|push-up|pushup|bend|tuck|slam|chop)s?$", Opts)]
    private static partial Regex ExerciseNounRegex();

    [GeneratedRegex(@"\bor\b", Opts)]
    private static partial Regex AlternativesRegex();

    [GeneratedRegex(@"\b(?:your|you|my|we|they|he|she|it|is|are|was|were|can|will|should|this|that|these|those|to|if|when|because|and then|of the|in the|on the|with the|has|have|may|might|its)\b", Opts)]
    private static partial Regex SentenceLikeRegex();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex NamePhrase0();

    [GeneratedRegex(@"\b(?:exercise|stretch|pose|move|movement|drill|position|asana)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NamePhrase1();

    [GeneratedRegex(@"^(?:the|a|an)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex NamePhrase2();

    [GeneratedRegex(@"\s+(?:exercise|move)$", RegexOptions.IgnoreCase)]
    private static partial Regex NamePhrase3();

    [GeneratedRegex(@"\d\s*(?:x|reps?|sets?|seconds?|secs?|minutes?|times|%)\b|\bx\s*\d|\d{3,}|^(?:step|exercise|day|part|week|round|phase|level|option|move|stretch|tip)\s*#?\d+$", RegexOptions.IgnoreCase)]
    private static partial Regex NamePhrase4();

    [GeneratedRegex(@"^(?:sets?|reps?|equipment|level|time|duration|targets?|works?|muscles?|benefits?|why|note|tip)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NamePhrase5();

    /// <summary>What <see cref="Words"/> reads, kept as the reference its tests compare against.</summary>
    [GeneratedRegex(@"[A-Za-z][A-Za-z'’\-]*")]
    internal static partial Regex WordRegex();

    [GeneratedRegex(@"\b(?:resistance|exercise|long|therapy) bands?\b|\btheraband\b", RegexOptions.IgnoreCase)]
    private static partial Regex NamePhrase7();

    [GeneratedRegex(@"\bfoam", RegexOptions.IgnoreCase)]
    private static partial Regex NamePhrase8();

    [GeneratedRegex(@"\bnot (?:your |the )?$", RegexOptions.IgnoreCase)]
    private static partial Regex NamePhrase9();
}
