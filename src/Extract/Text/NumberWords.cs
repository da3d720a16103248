using System.Globalization;

namespace Limber.Extract.Text;

/// <summary>Numbers written as digits or English words ("six", "twenty-five", "a dozen").</summary>
public static class NumberWords
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40,
        ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["hundred"] = 100, ["a hundred"] = 100, ["one hundred"] = 100, ["a dozen"] = 12, ["dozen"] = 12,
        ["a couple of"] = 2, ["a couple"] = 2, ["couple of"] = 2, ["a"] = 1, ["an"] = 1, ["a single"] = 1, ["single"] = 1,
    };

    /// <summary>Regex fragment matching one number (digits or words); named group-free.</summary>
    public const string Pattern =
        @"(?:\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine)\b)?|(?:a |one )?hundred|a dozen|a couple(?: of)?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";

    public static int? Parse(string text)
    {
        var t = text.Trim().ToLowerInvariant();
        if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
        {
            return (int)Math.Round(d);
        }

        if (Units.TryGetValue(t, out var v))
        {
            return v;
        }

        var parts = t.Split(['-', ' '], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 2 && Units.TryGetValue(parts[0], out var tens) && tens >= 20 && Units.TryGetValue(parts[1], out var unit) && unit < 10)
        {
            return tens + unit;
        }

        return null;
    }
}
