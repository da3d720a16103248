using System.Globalization;
using System.Text.RegularExpressions;
using Limber.Extract.Text;
using Limber.Pages;

namespace Limber.Extract.Dosage;

/// <summary>The dose read from a passage, with what could not be read confidently and where each phrase was.</summary>
public sealed record DosageReading(
    CountRange? Reps,
    CountRange? Sets,
    DurationRange? Hold,
    DurationRange? Rest,
    bool PerSide,
    IReadOnlyList<FieldWarning> Warnings,
    IReadOnlyList<(int Start, int End)> Spans);

/// <summary>Reads reps, sets, hold, rest and per-side from prose; ignores angles, distances and frequencies.</summary>
public static class DosageReader
{
    /// <summary>Words without which no once/twice, vague amount or per-side cue can be read.</summary>
    private static readonly System.Buffers.SearchValues<string> OnceOrTwice = System.Buffers.SearchValues.Create(["once", "twice"], StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<string> VagueAmounts = System.Buffers.SearchValues.Create(["few", "several", "some", "many", "couple", "as long as", "until"], StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<string> SideWords = System.Buffers.SearchValues.Create(["side", "leg", "hip", "foot", "arm", "knee", "hand", "switch", "left", "right"], StringComparison.OrdinalIgnoreCase);

    public static DosageReading Read(string text)
    {
        var warnings = new List<FieldWarning>();
        var spans = new List<(int, int)>();
        var reps = new List<CountRange>();
        var sets = new List<CountRange>();
        var holds = new List<DurationRange>();
        var rests = new List<DurationRange>();

        // Most sentences state no number: every phrasing built on one is then skipped, and each of the others only
        // runs when the words it needs are there.
        if (!WrittenNumbers.AnyNumber(text))
        {
            ReadTwice(text, spans, reps);
            ReadDurations(text, spans, holds, rests, anyNumber: false);
            ReadVague(text, spans, warnings);
            return Reading(text, reps, sets, holds, rests, warnings, spans);
        }

        for (var m = DosagePatterns.SetsByReps().Match(text); m.Success; m = m.NextMatch())
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

        for (var m = DosagePatterns.Reps().Match(text); m.Success; m = m.NextMatch())
        {
            if (Overlaps(spans, m) || DosagePatterns.OneRepRemark().IsMatch(text[Math.Max(0, m.Index - 14)..(m.Index + m.Length)]))
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

        foreach (var (regex, list) in new[] { (DosagePatterns.LabelledReps(), reps), (DosagePatterns.LabelledSets(), sets), (DosagePatterns.RepsOneSide(), reps), (DosagePatterns.RepsTimesX(), reps) })
        {
            for (var m = regex.Match(text); m.Success; m = m.NextMatch())
            {
                if (!Overlaps(spans, m) && RangeOf(m) is { } r)
                {
                    list.Add(r);
                    spans.Add((m.Index, m.Index + m.Length));
                }
            }
        }

        for (var m = DosagePatterns.RepsPerSide().Match(text); m.Success; m = m.NextMatch())
        {
            if (!Overlaps(spans, m) && RangeOf(m) is { } r)
            {
                reps.Add(r);
                spans.Add((m.Index, m.Index + m.Length));
            }
        }

        for (var m = DosagePatterns.RepsBareSide().Match(text); m.Success; m = m.NextMatch())
        {
            if (!Overlaps(spans, m) && RangeOf(m) is { } r && !DosagePatterns.NumberThenTimeUnit().IsMatch(text[m.Index..]))
            {
                reps.Add(r);
                spans.Add((m.Index, m.Index + m.Length));
            }
        }

        ReadTwice(text, spans, reps);

        for (var m = DosagePatterns.Sets().Match(text); m.Success; m = m.NextMatch())
        {
            if (!Overlaps(spans, m) && RangeOf(m) is { } r)
            {
                sets.Add(r);
                spans.Add((m.Index, m.Index + m.Length));
            }
        }

        for (var m = DosagePatterns.SetsOfReps().Match(text); m.Success; m = m.NextMatch())
        {
            var numberStart = m.Groups["a"].Index;
            if (!spans.Any(s => numberStart >= s.Item1 && numberStart < s.Item2) && RangeOf(m) is { } r)
            {
                reps.Add(r);
                spans.Add((numberStart, m.Index + m.Length));
            }
        }

        ReadDurations(text, spans, holds, rests, anyNumber: true);
        ReadVague(text, spans, warnings);
        UnreadCounts(text, spans, warnings);
        return Reading(text, reps, sets, holds, rests, warnings, spans);
    }

    private static DosageReading Reading(string text, List<CountRange> reps, List<CountRange> sets, List<DurationRange> holds, List<DurationRange> rests, List<FieldWarning> warnings, List<(int, int)> spans) =>
        new(
            Single(reps, "reps", warnings),
            Single(sets, "sets", warnings),
            Single(holds, "hold", warnings),
            Single(rests, "rest", warnings),
            text.AsSpan().IndexOfAny(SideWords) >= 0 && DosagePatterns.PerSideCue().IsMatch(text),
            warnings,
            spans);

    private static void ReadTwice(string text, List<(int, int)> spans, List<CountRange> reps)
    {
        if (text.AsSpan().IndexOfAny(OnceOrTwice) < 0)
        {
            return;
        }

        for (var m = DosagePatterns.Twice().Match(text); m.Success; m = m.NextMatch())
        {
            if (!Overlaps(spans, m))
            {
                var n = m.Groups["a"].Value.Equals("twice", StringComparison.OrdinalIgnoreCase) ? 2 : 1;
                reps.Add(new CountRange(n, n));
                spans.Add((m.Index, m.Index + m.Length));
            }
        }
    }

    private static void ReadDurations(string text, List<(int, int)> spans, List<DurationRange> holds, List<DurationRange> rests, bool anyNumber)
    {
        foreach (var d in Durations.Find(text, anyNumber))
        {
            if (spans.Any(s => d.Start < s.Item2 && d.End > s.Item1))
            {
                continue;
            }

            spans.Add((d.Start, d.End));
            switch (Durations.Classify(text, d))
            {
                case DurationKind.Hold:
                    holds.Add(d.Value);
                    break;
                case DurationKind.Rest:
                    rests.Add(d.Value);
                    break;
                default:
                    break;
            }
        }
    }

    private static void ReadVague(string text, List<(int, int)> spans, List<FieldWarning> warnings)
    {
        if (text.AsSpan().IndexOfAny(VagueAmounts) < 0)
        {
            return;
        }

        for (var m = DosagePatterns.Vague().Match(text); m.Success; m = m.NextMatch())
        {
            var unit = m.Groups["unit"].Success ? m.Groups["unit"].Value.ToLowerInvariant() : "seconds";
            var field = unit.StartsWith("rep", StringComparison.Ordinal) || unit == "times" ? "reps"
                : unit.StartsWith("set", StringComparison.Ordinal) ? "sets"
                : "hold";
            var kind = field == "hold" ? Durations.Classify(text, new TimedSpan(m.Index, m.Index + m.Length, new DurationRange(0, 0, "seconds"))) : DurationKind.Hold;
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

    }

    private static void UnreadCounts(string text, List<(int, int)> spans, List<FieldWarning> warnings)
    {
        foreach (var sentence in Segmenter.Sentences(text))
        {
            if (!DosagePatterns.CountSentenceStart().IsMatch(sentence))
            {
                continue;
            }

            var offset = text.IndexOf(sentence, StringComparison.Ordinal);
            for (var m = DosagePatterns.NumberToken().Match(sentence); m.Success; m = m.NextMatch())
            {
                var at = offset + m.Index;
                if (offset < 0 || spans.Any(s => at >= s.Item1 && at < s.Item2) || m.Value.Equals("one", StringComparison.OrdinalIgnoreCase) && DosagePatterns.OneOfSomething().IsMatch(sentence[(m.Index + m.Length)..]))
                {
                    continue;
                }

                var after = sentence[(m.Index + m.Length)..];
                if (DosagePatterns.NonDosageUnit().IsMatch(after))
                {
                    continue;
                }

                var phrase = DosagePatterns.FirstTwoWords().Match(sentence[m.Index..]).Value.TrimEnd('.', ',', ';');
                var verb = DosagePatterns.FirstWord().Match(sentence).Groups[1].Value.ToLowerInvariant();
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
        DurationRange d => d.Min == d.Max ? $"{d.Min} {(d.Max == 1 ? d.Unit.TrimEnd('s') : d.Unit)}" : $"{d.Min}-{d.Max} {d.Unit}",
        _ => value.ToString() ?? "",
    };

    private static bool Overlaps(List<(int Start, int End)> spans, Match m) =>
        spans.Any(s => m.Index < s.End && m.Index + m.Length > s.Start);

    internal static CountRange? RangeOf(Match m)
    {
        var a = WrittenNumbers.Parse(m.Groups["a"].Value);
        if (a is null)
        {
            return null;
        }

        var b = m.Groups["b"].Success ? WrittenNumbers.Parse(m.Groups["b"].Value) : a;
        if (b is null)
        {
            return null;
        }

        return new CountRange(Math.Min(a.Value, b.Value), Math.Max(a.Value, b.Value));
    }
}
