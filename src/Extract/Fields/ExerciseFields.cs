using System.Text.RegularExpressions;
using Limber.Extract.Text;

namespace Limber.Extract.Fields;

/// <summary>Reads the position, equipment and body areas a passage states.</summary>
public static partial class ExerciseFields
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>The first position stated; null (with a warning) when the sentence stating it offers alternatives.</summary>
    public static string? Position(string text, List<FieldWarning> warnings)
    {
        var hits = new List<(int Index, string Position, int Order)>();
        for (var order = 0; order < PositionTerms.All.Count; order++)
        {
            var term = PositionTerms.All[order];
            for (var m = term.Pattern.Match(text); m.Success; m = m.NextMatch())
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
        if (others.Count > 0 && Alternatives().IsMatch(sentence))
        {
            warnings.Add(new FieldWarning("position", $"the passage offers alternative positions ({first.Position} or {others[0].Position})"));
            return null;
        }

        return first.Position;
    }

    /// <summary>The equipment named, in the order the passage names it.</summary>
    public static List<string> Equipment(string text)
    {
        var found = new List<(int Index, string Name)>();
        var hanging = EquipmentTerms.HangingFromABar().IsMatch(text);
        foreach (var term in EquipmentTerms.All)
        {
            var m = term.Pattern.Match(text);
            if (m.Success && !(hanging && term.Canonical == "barbell" && BareBar().IsMatch(m.Value)))
            {
                found.Add((m.Index, term.Canonical));
            }
        }

        var names = found.Select(f => f.Name).ToList();
        if (names.Contains("mini band") && names.Contains("resistance band") && !NamedResistanceBand().IsMatch(text))
        {
            found.RemoveAll(f => f.Name == "resistance band");
        }

        if (names.Contains("massage stick") && names.Contains("foam roller") && !FoamWord().IsMatch(text))
        {
            found.RemoveAll(f => f.Name == "foam roller");
        }

        if (names.Contains("cable machine") && names.Contains("machine"))
        {
            found.RemoveAll(f => f.Name == "machine");
        }

        return [.. found.OrderBy(f => f.Index).Select(f => f.Name).Distinct()];
    }

    /// <summary>The body areas worked, in the order the passage names them ("not your lower back" does not count).</summary>
    public static List<string> Areas(string text)
    {
        var found = new List<(int Index, string Name)>();
        foreach (var term in BodyAreaTerms.All)
        {
            for (var m = term.Pattern.Match(text); m.Success; m = m.NextMatch())
            {
                var before = text[Math.Max(0, m.Index - 12)..m.Index];
                if (NegatedBefore().IsMatch(before))
                {
                    continue;
                }

                found.Add((m.Index, term.Canonical));
                break;
            }
        }

        return [.. found.OrderBy(f => f.Index).Select(f => f.Name).Distinct()];
    }

    [GeneratedRegex(@"\bor\b", Options)]
    private static partial Regex Alternatives();

    /// <summary>"the bar" alone, as <see cref="EquipmentTerms"/> reads a barbell from it.</summary>
    [GeneratedRegex(@"^(?:the|a|your) bar$", Options)]
    private static partial Regex BareBar();

    [GeneratedRegex(@"\b(?:resistance|exercise|long|therapy) bands?\b|\btheraband\b", Options)]
    private static partial Regex NamedResistanceBand();

    [GeneratedRegex(@"\bfoam", Options)]
    private static partial Regex FoamWord();

    [GeneratedRegex(@"\bnot (?:your |the )?$", Options)]
    private static partial Regex NegatedBefore();
}
