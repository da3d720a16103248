using System.Text.RegularExpressions;
using Limber.Pages;

namespace Limber.Extract.Text;

/// <summary>The dosage read from a passage, with what could not be read confidently.</summary>
public sealed record DosageReading(
    CountRange? Reps,
    CountRange? Sets,
    DurationRange? Hold,
    DurationRange? Rest,
    bool PerSide,
    IReadOnlyList<FieldWarning> Warnings,
    IReadOnlyList<(int Start, int End)> Spans);

/// <summary>A field that was left null, and why.</summary>
public sealed record FieldWarning(string Field, string Why);

/// <summary>Reads reps, sets, hold, rest and per-side from prose; ignores angles, distances and frequencies.</summary>
public static partial class Dosage
{
    private const RegexOptions Opts = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private const string N = NumberWords.Pattern;
    private const string Range = $@"(?<a>{N})(?:-?\s*(?:-|–|—|to|or)\s*(?<b>{N}))?";

    private static readonly Regex Reps = RepsRegex();
    private static readonly Regex RepsPerSide = RepsPerSideRegex();
    private static readonly Regex LabelledReps = LabelledRepsRegex();
    private static readonly Regex LabelledSets = LabelledSetsRegex();
    private static readonly Regex RepsOneSide = RepsOneSideRegex();
    private static readonly Regex RepsBareSide = RepsBareSideRegex();
    private static readonly Regex RepsTimesX = RepsTimesXRegex();
    private static readonly Regex Twice = TwiceRegex();
    private static readonly HashSet<string> Filler = new(StringComparer.OrdinalIgnoreCase)
    {
        "hold", "for", "this", "that", "position", "the", "stretch", "pose", "and", "then", "repeat", "do", "perform",
        "complete", "times", "time", "on", "each", "side", "sides", "per", "rest", "resting", "in", "between", "set", "sets",
        "rep", "reps", "repetition", "repetitions", "seconds", "second", "it", "again", "about", "at", "least", "up", "to",
        "other", "opposite", "leg", "legs", "switch", "swap", "total", "a", "an", "breaths", "breath", "stay", "here",
        "remain", "aim", "work", "continue", "more", "another", "one", "count", "of", "keep", "there", "round", "rounds",
        "with", "before", "moving", "next", "move", "exercise", "alternate", "alternating", "minute", "minutes", "s", "x",
        "or", "around", "approximately", "roughly", "same", "on", "both", "you", "can", "should", "try", "build", "all",
        "twice", "once", "your", "until", "full", "slow", "deep", "going", "each", "lifts", "holding", "doing",
    };
    private static readonly Regex SetsByReps = SetsByRepsRegex();
    private static readonly Regex Sets = SetsRegex();
    private static readonly Regex SetsOfReps = SetsOfRepsRegex();
    private static readonly Regex Duration = DurationRegex();
    private static readonly Regex DurationWord = DurationWordRegex();
    private static readonly Regex CountOf = CountOfRegex();
    private static readonly Regex Vague = VagueRegex();
    private static readonly Regex PerSideCue = PerSideCueRegex();
    private static readonly Regex OneRepRemark = OneRepRemarkRegex();
    private static readonly Regex DosageVerbStart = DosageVerbStartRegex();
    private static readonly Regex CountSentenceStart = CountSentenceStartRegex();
    private static readonly Regex NonDosageUnit = NonDosageUnitRegex();
    private static readonly Regex NumberToken = NumberTokenRegex();

    public static DosageReading Read(string text)
    {
        var warnings = new List<FieldWarning>();
        var spans = new List<(int, int)>();
        var reps = new List<CountRange>();
        var sets = new List<CountRange>();
        var holds = new List<DurationRange>();
        var rests = new List<DurationRange>();

        foreach (Match m in SetsByReps.Matches(text))
        {
            var s = int.Parse(m.Groups["s"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var range = RangeOf(m);
            if (range is null)
            {
                continue;
            }

            sets.Add(new CountRange(s, s));
            if (m.Groups["dur"].Success)
            {
                var unit = m.Groups["dur"].Value.Contains("breath", StringComparison.OrdinalIgnoreCase) ? "breaths" : "seconds";
                var factor = m.Groups["dur"].Value.Contains("min", StringComparison.OrdinalIgnoreCase) ? 60 : 1;
                holds.Add(new DurationRange(range.Min * factor, range.Max * factor, unit));
            }
            else
            {
                reps.Add(range);
            }

            spans.Add((m.Index, m.Index + m.Length));
        }

        foreach (Match m in Reps.Matches(text))
        {
            if (Overlaps(spans, m) || OneRepRemark.IsMatch(text[Math.Max(0, m.Index - 14)..(m.Index + m.Length)]))
            {
                spans.Add((m.Index, m.Index + m.Length));
                continue;
            }

            if (RangeOf(m) is { } r)
            {
                reps.Add(r);
                spans.Add((m.Index, m.Index + m.Length));
            }
        }

        foreach (var (regex, list) in new[] { (LabelledReps, reps), (LabelledSets, sets), (RepsOneSide, reps), (RepsTimesX, reps) })
        {
            foreach (Match m in regex.Matches(text))
            {
                if (!Overlaps(spans, m) && RangeOf(m) is { } r)
                {
                    list.Add(r);
                    spans.Add((m.Index, m.Index + m.Length));
                }
            }
        }

        foreach (Match m in RepsPerSide.Matches(text))
        {
            if (!Overlaps(spans, m) && RangeOf(m) is { } r)
            {
                reps.Add(r);
                spans.Add((m.Index, m.Index + m.Length));
            }
        }

        foreach (Match m in RepsBareSide.Matches(text))
        {
            if (!Overlaps(spans, m) && RangeOf(m) is { } r && !DosagePhrase0().IsMatch(text[m.Index..]))
            {
                reps.Add(r);
                spans.Add((m.Index, m.Index + m.Length));
            }
        }

        foreach (Match m in Twice.Matches(text))
        {
            if (!Overlaps(spans, m))
            {
                var n = m.Groups["a"].Value.Equals("twice", StringComparison.OrdinalIgnoreCase) ? 2 : 1;
                reps.Add(new CountRange(n, n));
                spans.Add((m.Index, m.Index + m.Length));
            }
        }

        foreach (Match m in Sets.Matches(text))
        {
            if (!Overlaps(spans, m) && RangeOf(m) is { } r)
            {
                sets.Add(r);
                spans.Add((m.Index, m.Index + m.Length));
            }
        }

        foreach (Match m in SetsOfReps.Matches(text))
        {
            var numberStart = m.Groups["a"].Index;
            if (!spans.Any(s => numberStart >= s.Item1 && numberStart < s.Item2) && RangeOf(m) is { } r)
            {
                reps.Add(r);
                spans.Add((numberStart, m.Index + m.Length));
            }
        }

        foreach (var d in Durations(text))
        {
            if (spans.Any(s => d.Start < s.Item2 && d.End > s.Item1))
            {
                continue;
            }

            spans.Add((d.Start, d.End));
            switch (Classify(text, d))
            {
                case DurationKind.Hold:
                    holds.Add(d.Value);
                    break;
                case DurationKind.Rest:
                    rests.Add(d.Value.Unit == "seconds" ? d.Value : d.Value);
                    break;
                default:
                    break;
            }
        }

        foreach (Match m in Vague.Matches(text))
        {
            var unit = m.Groups["unit"].Success ? m.Groups["unit"].Value.ToLowerInvariant() : "seconds";
            var field = unit.StartsWith("rep", StringComparison.Ordinal) || unit == "times" ? "reps"
                : unit.StartsWith("set", StringComparison.Ordinal) ? "sets"
                : "hold";
            var kind = field == "hold" ? Classify(text, new TimedSpan(m.Index, m.Index + m.Length, new DurationRange(0, 0, "seconds"))) : DurationKind.Hold;
            if (kind == DurationKind.Rest)
            {
                field = "rest";
            }

            if (kind != DurationKind.None)
            {
                warnings.Add(new FieldWarning(field, $"the amount is vague (\"{m.Value}\")"));
            }

            spans.Add((m.Index, m.Index + m.Length));
        }

        UnreadCounts(text, spans, warnings);

        return new DosageReading(
            Single(reps, "reps", warnings),
            Single(sets, "sets", warnings),
            Single(holds, "hold", warnings),
            Single(rests, "rest", warnings),
            PerSideCue.IsMatch(text),
            warnings,
            spans);
    }

    /// <summary>True when the sentence only states dosage (reps, sets, rest, a bare hold, "that's one rep").</summary>
    public static bool IsDosageSentence(string sentence)
    {
        if (DosageSentenceCache.TryGetValue(sentence, out var known))
        {
            return known;
        }

        // A rough count: ConcurrentDictionary.Count takes every lock, which made this check the costliest line here.
        if (Interlocked.Increment(ref dosageSentenceCacheAdds) > 20_000)
        {
            Interlocked.Exchange(ref dosageSentenceCacheAdds, 0);
            DosageSentenceCache.Clear();
        }

        var result = ComputeIsDosageSentence(sentence);
        DosageSentenceCache[sentence] = result;
        return result;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> DosageSentenceCache = new(concurrencyLevel: 64, capacity: 1024, StringComparer.Ordinal);
    private static int dosageSentenceCacheAdds;

    private static bool ComputeIsDosageSentence(string sentence)
    {
        var s = sentence.Trim();
        if (OneRepRemark.IsMatch(s) && s.Length < 40)
        {
            return true;
        }

        var reading = Read(s);
        var hasCount = reading.Reps is not null || reading.Sets is not null || reading.Rest is not null
            || reading.Warnings.Any(w => w.Field is "reps" or "sets" or "rest");
        if (DosageVerbStart.IsMatch(s) && (hasCount || reading.Hold is not null || (reading.PerSide && !DosagePhrase1().IsMatch(s))))
        {
            return true;
        }

        if (DosagePhrase2().IsMatch(s) && reading.Rest is not null)
        {
            return true;
        }

        // "Hold for 30 seconds." / "Hold the stretch for 20–30 seconds on each side." — nothing else to do.
        if (reading.Hold is not null && DosagePhrase3().IsMatch(s))
        {
            return true;
        }

        if (hasCount && DosagePhrase4().IsMatch(s))
        {
            return true;
        }

        // "Hold this position for 30 seconds and repeat three times.": nothing but dosage and filler words.
        if (hasCount || reading.Hold is not null)
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
            var words = DosagePhrase5().Matches(rest.ToString()).Select(m => m.Value).ToList();
            return words.All(Filler.Contains);
        }

        return false;
    }

    private enum DurationKind
    {
        None,
        Hold,
        Rest,
    }

    private sealed record TimedSpan(int Start, int End, DurationRange Value);

    private static IEnumerable<TimedSpan> Durations(string text)
    {
        var found = new List<TimedSpan>();
        foreach (Match m in Duration.Matches(text))
        {
            var unitText = m.Groups["unit"].Value.ToLowerInvariant();
            if (unitText == "s" && !DosagePhrase6().IsMatch(m.Value))
            {
                continue;
            }

            if (RangeOf(m) is not { } r)
            {
                continue;
            }

            var (factor, unit) = unitText.StartsWith("min", StringComparison.Ordinal) ? (60, "seconds")
                : unitText.StartsWith("breath", StringComparison.Ordinal) ? (1, "breaths")
                : (1, "seconds");
            found.Add(new TimedSpan(m.Index, m.Index + m.Length, new DurationRange(r.Min * factor, r.Max * factor, unit)));
        }

        foreach (Match m in DurationWord.Matches(text))
        {
            if (found.Any(f => m.Index < f.End && m.Index + m.Length > f.Start))
            {
                continue;
            }

            var seconds = m.Groups["unit"].Value.Equals("minute", StringComparison.OrdinalIgnoreCase) ? 60 : 1;
            if (m.Groups["half"].Success)
            {
                seconds /= 2;
            }

            found.Add(new TimedSpan(m.Index, m.Index + m.Length, new DurationRange(seconds, seconds, "seconds")));
        }

        foreach (Match m in CountOf.Matches(text))
        {
            if (RangeOf(m) is { } r && !found.Any(f => m.Index < f.End && m.Index + m.Length > f.Start))
            {
                found.Add(new TimedSpan(m.Index, m.Index + m.Length, new DurationRange(r.Min, r.Max, "seconds")));
            }
        }

        found.Sort((x, y) => x.Start.CompareTo(y.Start));

        // "30 seconds to a minute", "20 seconds or up to one minute": one range.
        var merged = new List<TimedSpan>();
        foreach (var f in found)
        {
            if (merged.Count > 0)
            {
                var last = merged[^1];
                var between = text[last.End..Math.Max(last.End, f.Start)];
                if (f.Start >= last.End && last.Value.Unit == f.Value.Unit && DosagePhrase7().IsMatch(between))
                {
                    merged[^1] = new TimedSpan(last.Start, f.End, new DurationRange(Math.Min(last.Value.Min, f.Value.Min), Math.Max(last.Value.Max, f.Value.Max), f.Value.Unit));
                    continue;
                }
            }

            merged.Add(f);
        }

        return merged;
    }

    private static DurationKind Classify(string text, TimedSpan d)
    {
        var clauseStart = Math.Max(text.LastIndexOfAny(['.', '!', '?', ';'], Math.Max(0, d.Start - 1)) + 1, 0);
        var before = text[clauseStart..d.Start];
        var tail = text[d.End..Math.Min(text.Length, d.End + 40)];
        if (DosagePhrase8().IsMatch(tail)
            || DosagePhrase9().IsMatch(before))
        {
            return DurationKind.None;
        }

        if (d.Value.Unit == "seconds" && d.Value.Max > 300)
        {
            return DurationKind.None;
        }

        var restHere = DosagePhrase10().IsMatch(before);
        var restWord = DosagePhrase11().IsMatch(before)
            && !restHere
            && !DosagePhrase12().IsMatch(before);
        var restAfter = DosagePhrase13().IsMatch(tail);
        if ((restWord || restAfter) && d.Value.Unit == "seconds")
        {
            return DurationKind.Rest;
        }

        return DurationKind.Hold;
    }

    private static void UnreadCounts(string text, List<(int, int)> spans, List<FieldWarning> warnings)
    {
        foreach (var sentence in Segmenter.Sentences(text))
        {
            if (!CountSentenceStart.IsMatch(sentence))
            {
                continue;
            }

            var offset = text.IndexOf(sentence, StringComparison.Ordinal);
            foreach (Match m in NumberToken.Matches(sentence))
            {
                var at = offset + m.Index;
                if (offset < 0 || spans.Any(s => at >= s.Item1 && at < s.Item2) || m.Value.Equals("one", StringComparison.OrdinalIgnoreCase) && DosagePhrase14().IsMatch(sentence[(m.Index + m.Length)..]))
                {
                    continue;
                }

                var after = sentence[(m.Index + m.Length)..];
                if (NonDosageUnit.IsMatch(after))
                {
                    continue;
                }

                var phrase = DosagePhrase15().Match(sentence[m.Index..]).Value.TrimEnd('.', ',', ';');
                var verb = DosagePhrase16().Match(sentence).Groups[1].Value.ToLowerInvariant();
                if (verb is "hold" or "stay" or "remain")
                {
                    warnings.Add(new FieldWarning("hold", $"\"{phrase}\" has no unit (seconds or breaths)"));
                }
                else if (verb is "rest")
                {
                    warnings.Add(new FieldWarning("rest", $"\"{phrase}\" has no unit"));
                }
                else
                {
                    warnings.Add(new FieldWarning("reps", $"\"{phrase}\" is a count, but not clearly of repetitions or sets"));
                }

                spans.Add((at, at + m.Length));
            }
        }
    }

    private static T? Single<T>(List<T> values, string field, List<FieldWarning> warnings)
        where T : class
    {
        var distinct = values.Distinct().ToList();
        if (distinct.Count == 1)
        {
            return distinct[0];
        }

        if (distinct.Count > 1)
        {
            warnings.Add(new FieldWarning(field, $"the passage gives {distinct.Count} different values ({string.Join("; ", distinct.Select(Describe))})"));
        }

        return null;
    }

    private static string Describe(object value) => value switch
    {
        CountRange c => c.Min == c.Max ? $"{c.Min}" : $"{c.Min}-{c.Max}",
        DurationRange d => d.Min == d.Max ? $"{d.Min} {d.Unit}" : $"{d.Min}-{d.Max} {d.Unit}",
        _ => value.ToString() ?? "",
    };

    private static bool Overlaps(List<(int Start, int End)> spans, Match m) =>
        spans.Any(s => m.Index < s.End && m.Index + m.Length > s.Start);

    private static CountRange? RangeOf(Match m)
    {
        var a = NumberWords.Parse(m.Groups["a"].Value);
        if (a is null)
        {
            return null;
        }

        var b = m.Groups["b"].Success ? NumberWords.Parse(m.Groups["b"].Value) : a;
        if (b is null)
        {
            return null;
        }

        return new CountRange(Math.Min(a.Value, b.Value), Math.Max(a.Value, b.Value));
    }

    [GeneratedRegex($@"\b{Range}\s*(?:more\s+|total\s+|slow\s+|controlled\s+)?(?:reps?|repetitions?|times)\b(?!\s+(?:a|per|each)\s+(?:day|week|month|night|morning))(?!\s+(?:daily|weekly))", Opts)]
    private static partial Regex RepsRegex();

    [GeneratedRegex($@"\b(?:do|perform|complete|repeat)\s+(?:this\s+|it\s+)?{Range}\s+(?:(?:on|for|with)\s+)?(?:each|every|per|the other|both)\s+(?:sides?|legs?)\b", Opts)]
    private static partial Regex RepsPerSideRegex();

    [GeneratedRegex($@"\b(?:reps|repetitions)\s*[:=]\s*{Range}\b", Opts)]
    private static partial Regex LabelledRepsRegex();

    [GeneratedRegex($@"\bsets\s*[:=]\s*{Range}\b", Opts)]
    private static partial Regex LabelledSetsRegex();

    [GeneratedRegex($@"\b(?:do|perform|complete|repeat)\s+{Range}\s+(?:on|with|for)\s+(?:the|your|one)\s+(?:(?:right|left|first|one)\s+)?(?:side|leg)\b", Opts)]
    private static partial Regex RepsOneSideRegex();

    [GeneratedRegex($@"\b{Range}\s+(?:per|each|on each|for each)\s+(?:side|leg)\b", Opts)]
    private static partial Regex RepsBareSideRegex();

    [GeneratedRegex($@"(?<![\d.])\b{Range}\s*x\b(?!\s*\d)(?!\s*(?:a|per|each|every)\s+(?:day|week|session|month))|(?<![\d\w])x\s*(?<a>\d+)\b(?!\s*(?:-|\s)?\s*(?:seconds?|secs?|s\b|minutes?|breaths?))", Opts)]
    private static partial Regex RepsTimesXRegex();

    [GeneratedRegex(@"\b(?:repeat|perform|do)\b[^.;,]{0,25}?\b(?<a>once|twice)\b(?!\s+(?:a|per|each|every)\s+(?:day|week|month|hour)|\s+(?:daily|weekly))", Opts)]
    private static partial Regex TwiceRegex();

    [GeneratedRegex(@"\b(?<s>\d+)\s*[x×]\s*(?<a>\d+)(?:\s*(?:-|–|to)\s*(?<b>\d+))?\b(?<dur>\s*(?:-?\s*)(?:seconds?|secs?|s\b|minutes?|breaths?))?", Opts)]
    private static partial Regex SetsByRepsRegex();

    [GeneratedRegex($@"\b{Range}\s*(?:sets?|rounds?|circuits?)\b(?!\s+of\s+(?!{N}\b))", Opts)]
    private static partial Regex SetsRegex();

    [GeneratedRegex($@"\b(?:sets?|rounds?)\s+of\s+{Range}\b(?!\s*(?:-|\s)\s*(?:seconds?|secs?|minutes?|mins?|breaths?|inch|feet|foot|degrees?))", Opts)]
    private static partial Regex SetsOfRepsRegex();

    [GeneratedRegex($@"\b{Range}(?:\s*-\s*|\s+)?(?:(?:full|slow|deep|long|steady|calm|easy|more|long,?\s+slow|big)\s+)?(?<unit>seconds?|secs?|s|minutes?|mins?|breaths?|breath cycles?|counts?)\b", Opts)]
    private static partial Regex DurationRegex();

    [GeneratedRegex(@"\b(?<half>half\s+)?(?:a|an|one)\s+(?:full\s+)?(?<unit>minute|second)\b", Opts)]
    private static partial Regex DurationWordRegex();

    [GeneratedRegex($@"\b(?:a\s+)?count\s+of\s+{Range}\b", Opts)]
    private static partial Regex CountOfRegex();

    [GeneratedRegex(@"\b(?:a few|several|some|as many|a couple more)\s+(?<unit>seconds?|breaths?|reps?|repetitions?|times|sets?|minutes?)\b|\bas long as (?:you can|is comfortable|comfortable|possible|tolerated)\b|\buntil (?:fatigue|you feel tired)\b", Opts)]
    private static partial Regex VagueRegex();

    [GeneratedRegex(@"\b(?:each|per|every)\s+(?:side|leg|hip|foot|arm|knee)\b(?!\s+of\b)|\b(?:on|for|with)\s+both\s+(?:sides|legs|hips)\b|\bboth legs\b(?=[^.]*\b(?:perform|repeat|do)\b)|\b(?:repeat|switch|swap|change|do the same|perform)\b[^.;]{0,40}?\b(?:other|opposite)\s+(?:side|leg|hip|foot|knee|arm)\b|\b(?:on|with|to)\s+the\s+(?:other|opposite)\s+(?:side|leg)\b(?=[^.]*\b(?:repeat|switch|same|again)\b)|\bswitch\s+(?:sides|legs|side)\b|\bswap\s+(?:sides|legs)\b|\balternat(?:e|ing)\s+(?:sides|legs)\b|\bleft and right\b|\bboth sides\b|\brepeat (?:on|with) (?:the|your) (?:left|right)\b|\b(?:then|and)\s+switch\b(?!\s+(?:hands|grips?|directions?|positions?))",
        Opts)]
    private static partial Regex PerSideCueRegex();

    [GeneratedRegex(@"(?:that's|that’s|that is|this is|counts as|equals|=)\s*(?:one|1)\s+(?:rep|repetition)", Opts)]
    private static partial Regex OneRepRemarkRegex();

    [GeneratedRegex(@"^(?:\W*)(?:then\s+|now\s+|and\s+)?(?:do|perform|complete|repeat|work up to|aim for|try|build up to|go for)\b", Opts)]
    private static partial Regex DosageVerbStartRegex();

    [GeneratedRegex(@"^(?:\W*)(?:then\s+|now\s+|and\s+)?(?:do|perform|complete|repeat|work up to|aim for|try|build up to|go for|hold|stay|remain|rest)\b", Opts)]
    private static partial Regex CountSentenceStartRegex();

    [GeneratedRegex(@"^\s*-?\s*(?:inch(?:es)?|in\b|feet|foot|ft\b|degrees?|°|cm|centimet|met(?:er|re)s?|yards?|miles?|km|%|percent|pounds?|lbs?|kg|kilos?|years?|weeks?|days?|months?|hours?)", Opts)]
    private static partial Regex NonDosageUnitRegex();

    [GeneratedRegex($@"\b{Range}\b", Opts)]
    private static partial Regex NumberTokenRegex();

    [GeneratedRegex(@"^\S+\s+(?:seconds?|secs?|minutes?|breaths?)", RegexOptions.IgnoreCase)]
    private static partial Regex DosagePhrase0();

    [GeneratedRegex(@"^\W*(?:then\s+)?repeat\s+(?:on|with)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DosagePhrase1();

    [GeneratedRegex(@"^\W*(?:rest|recover)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DosagePhrase2();

    [GeneratedRegex($@"^\W*(?:hold|stay|remain|breathe)\b[^,;]*?\b(?:seconds?|secs?|minutes?|mins?|breaths?|counts?|{N})\b(?:\s+(?:on|per|each|for)\s+(?:each|every|the other|both)?\s*(?:sides?|legs?))?\s*[.!]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DosagePhrase3();

    [GeneratedRegex(@"^\W*(?:aim|work|build|try|go)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DosagePhrase4();

    [GeneratedRegex(@"[A-Za-z]+")]
    private static partial Regex DosagePhrase5();

    [GeneratedRegex(@"\d\s*s$")]
    private static partial Regex DosagePhrase6();

    [GeneratedRegex(@"^\s*(?:-|–|—|to|or|or up to|up to)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DosagePhrase7();

    [GeneratedRegex(@"^\s*(?:a|per|each)\s+(?:day|week)\b|^\s*(?:daily|later|after|ago|of (?:walking|activity|exercise|cardio))\b", RegexOptions.IgnoreCase)]
    private static partial Regex DosagePhrase8();

    [GeneratedRegex(@"\b(?:every|each|after|within|takes?|lasts?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DosagePhrase9();

    [GeneratedRegex(@"\b(?:rest|relax)(?:ing)?\s+(?:here|there|in (?:this|the|that|child)|on|with|into)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DosagePhrase10();

    [GeneratedRegex(@"\b(?:rest(?:ing)?|recover(?:y|ing)?|break)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DosagePhrase11();

    [GeneratedRegex(@"\brest(?:ing)?\s+(?:your|the|both|one|palms?|hands?|arms?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DosagePhrase12();

    [GeneratedRegex(@"^\s*(?:of\s+)?(?:rest|recovery|break)\b|^\s*(?:in\s+)?between\s+(?:sets|rounds|reps|each|exercises)", RegexOptions.IgnoreCase)]
    private static partial Regex DosagePhrase13();

    [GeneratedRegex(@"^\s+(?:direction|side|leg|foot|arm|knee|hand|of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DosagePhrase14();

    [GeneratedRegex(@"^\S+(?:\s+\S+)?")]
    private static partial Regex DosagePhrase15();

    [GeneratedRegex(@"^\W*(?:then\s+|now\s+|and\s+)?(\w+)")]
    private static partial Regex DosagePhrase16();
}
