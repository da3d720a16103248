using System.Text.RegularExpressions;
using Limber.Extract.Text;
using Limber.Pages;

namespace Limber.Extract.Dosage;

/// <summary>What a duration in a passage is: the hold of a position, the rest between sets, or neither.</summary>
public enum DurationKind
{
    None,
    Hold,
    Rest,
}

/// <summary>A duration found at [Start, End) of a passage.</summary>
public sealed record TimedSpan(int Start, int End, DurationRange Value);

/// <summary>Finds durations ("30 seconds", "a minute", "5 breaths", "a count of 5") and tells holds from rests.</summary>
public static class Durations
{
    public static IEnumerable<TimedSpan> Find(string text) => Find(text, WrittenNumbers.AnyNumber(text));

    /// <summary><see cref="Find(string)"/>, told whether the text has a number (<see cref="WrittenNumbers.AnyNumber"/>).</summary>
    internal static List<TimedSpan> Find(string text, bool anyNumber)
    {
        var found = new List<TimedSpan>();
        if (anyNumber)
        {
            AddNumbered(text, found);
        }

        if (text.AsSpan().IndexOfAny(MinuteOrSecond) >= 0)
        {
            AddWorded(text, found);
        }

        if (anyNumber)
        {
            AddCounted(text, found);
        }

        found.Sort((x, y) => x.Start.CompareTo(y.Start));
        return Merged(text, found);
    }

    private static readonly System.Buffers.SearchValues<string> MinuteOrSecond = System.Buffers.SearchValues.Create(["minute", "second"], StringComparison.OrdinalIgnoreCase);

    /// <summary>"30 seconds", "5 deep breaths", "1-2 minutes".</summary>
    private static void AddNumbered(string text, List<TimedSpan> found)
    {
        for (var m = DosagePatterns.Duration().Match(text); m.Success; m = m.NextMatch())
        {
            var unitText = m.Groups["unit"].Value.ToLowerInvariant();
            if (unitText == "s" && !DosagePatterns.DigitsThenS().IsMatch(m.Value))
            {
                continue;
            }

            // "Lower the bar for two counts", "balance for three counts": counts pace a movement; they are a hold only
            // when the clause holds still ("hold for 5 counts", "pause for a count of two").
            if (unitText.StartsWith("count", StringComparison.Ordinal) && !DosagePatterns.HoldVerb().IsMatch(ClauseBefore(text, m.Index)))
            {
                continue;
            }

            if (DosageReader.RangeOf(m) is not { } r)
            {
                continue;
            }

            var (factor, unit) = unitText.StartsWith("min", StringComparison.Ordinal) ? (60, "seconds")
                : unitText.StartsWith("breath", StringComparison.Ordinal) ? (1, "breaths")
                : (1, "seconds");
            found.Add(new TimedSpan(m.Index, m.Index + m.Length, new DurationRange(r.Min * factor, r.Max * factor, unit)));
        }
    }

    /// <summary>"a minute", "half a minute", "one second".</summary>
    private static void AddWorded(string text, List<TimedSpan> found)
    {
        for (var m = DosagePatterns.DurationWord().Match(text); m.Success; m = m.NextMatch())
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
    }

    /// <summary>"a count of 5".</summary>
    private static void AddCounted(string text, List<TimedSpan> found)
    {
        for (var m = DosagePatterns.CountOf().Match(text); m.Success; m = m.NextMatch())
        {
            if (DosageReader.RangeOf(m) is { } r && !found.Any(f => m.Index < f.End && m.Index + m.Length > f.Start))
            {
                found.Add(new TimedSpan(m.Index, m.Index + m.Length, new DurationRange(r.Min, r.Max, "seconds")));
            }
        }
    }

    /// <summary>Durations in order, with "30 seconds to a minute", "20 seconds or up to one minute" as one range.</summary>
    private static List<TimedSpan> Merged(string text, List<TimedSpan> found)
    {
        // "30 seconds to a minute", "20 seconds or up to one minute": one range.
        var merged = new List<TimedSpan>();
        foreach (var f in found)
        {
            if (merged.Count > 0)
            {
                var last = merged[^1];
                var between = text[last.End..Math.Max(last.End, f.Start)];
                if (f.Start >= last.End && last.Value.Unit == f.Value.Unit && DosagePatterns.RangeJoiner().IsMatch(between))
                {
                    merged[^1] = new TimedSpan(last.Start, f.End, new DurationRange(Math.Min(last.Value.Min, f.Value.Min), Math.Max(last.Value.Max, f.Value.Max), f.Value.Unit));
                    continue;
                }
            }

            merged.Add(f);
        }

        return merged;
    }

    /// <summary>The text from the start of the clause (after '.', '!', '?' or ';') up to <paramref name="end"/>.</summary>
    private static string ClauseBefore(string text, int end)
    {
        var start = end == 0 ? 0 : text.LastIndexOfAny(['.', '!', '?', ';'], end - 1) + 1;
        return text[start..end];
    }

    public static DurationKind Classify(string text, TimedSpan d)
    {
        var clauseStart = Math.Max(text.LastIndexOfAny(['.', '!', '?', ';'], Math.Max(0, d.Start - 1)) + 1, 0);
        var before = text[clauseStart..d.Start];
        var tail = text[d.End..Math.Min(text.Length, d.End + 40)];
        // "… 60 seconds between sets", "… after each set": rest, whatever the words before say.
        var restAfter = DosagePatterns.RestAfterTheNumber().IsMatch(tail) && d.Value.Unit == "seconds" && d.Value.Max <= 300;
        if (!restAfter && (DosagePatterns.NotADoseAfter().IsMatch(tail) || DosagePatterns.NotADoseBefore().IsMatch(before)))
        {
            return DurationKind.None;
        }

        if (d.Value.Unit == "seconds" && d.Value.Max > 300)
        {
            return DurationKind.None;
        }

        var restHere = DosagePatterns.RestingInAPose().IsMatch(before);
        var restWord = DosagePatterns.RestWord().IsMatch(before)
            && !restHere
            && !DosagePatterns.RestingABodyPart().IsMatch(before);
        if ((restWord || restAfter) && d.Value.Unit == "seconds")
        {
            return DurationKind.Rest;
        }

        return DurationKind.Hold;
    }
}
