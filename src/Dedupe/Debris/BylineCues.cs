using System.Text.RegularExpressions;

namespace Limber.Dedupe;

/// <summary>Bylines, credits and dates ("Written by …", "By Name", a short dated line) and copyright lines.</summary>
internal static partial class BylineCues
{
    internal static void Byline(PassageWords w, DebrisScore score)
    {
        if (w.Count <= 40 && w.Lower.Contains(" by ", StringComparison.Ordinal) && CreditedPerson().Match(w.Text) is { Success: true } credited)
        {
            score.Add(DebrisCategory.Byline, 1.0, $"'{credited.Value}'");
        }
        else if (w.Count <= 30 && w.Count >= 3 && w[0] is "by" && w.Words[1].Capitalised && w.Words[2].Capitalised)
        {
            score.Add(DebrisCategory.Byline, 1.0, "'By Name' line");
        }
        else if (w.Count <= 12 && HasDate(w) && w.FunctionShare < 0.3 && !w.EndsLikeASentence)
        {
            score.Add(DebrisCategory.Byline, 0.5, "a short dated line");
        }
    }

    internal static void Copyright(PassageWords w, DebrisScore score)
    {
        var text = w.Text.AsSpan().TrimStart();
        if (text.StartsWith("©") || text.StartsWith("(c)", StringComparison.OrdinalIgnoreCase) || (w[0] is "copyright" && w.Count <= 40))
        {
            score.Add(DebrisCategory.Copyright, 1.0, "copyright line");
        }
    }

    internal static bool HasDate(PassageWords w)
    {
        for (var i = 0; i < w.Count; i++)
        {
            if (w.Has(i, WordClass.Month) && ((i + 1 < w.Count && w.Words[i + 1].HasDigit) || (i > 0 && w.Words[i - 1].HasDigit)))
            {
                return true;
            }

            if (w.Words[i].Length == 4 && w[i] is ['1' or '2', '0' or '9', >= '0' and <= '9', >= '0' and <= '9'])
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"(?:^|[.|·•:;]\s*|\b(?:this|the) (?:article|page|post|story|recipe|video|guide|content) (?:was|is|has been) )(?:medically |clinically |expert )?(?:reviewed|written|fact[- ]checked|edited|illustrated|photographed|produced|words|photography|photos?|illustrations?|images?|video|reporting|additional reporting|styling|food styling|recipe|design) by:? (?:dr\.? )?(?-i:[A-Z][\p{L}'-]+)", DebrisCues.Options)]
    private static partial Regex CreditedPerson();
}
