using System.Globalization;

namespace Limber.Extract.Text;

/// <summary>Numbers written as digits or English words ("six", "twenty-five", "a dozen").</summary>
public static class WrittenNumbers
{
    /// <summary>The shared cardinals, and the phrases a dose says them in ("a dozen", "a couple of", "a single").</summary>
    private static readonly Dictionary<string, int> Units = new(Limber.Text.NumberWords.Cardinals, StringComparer.OrdinalIgnoreCase)
    {
        ["a hundred"] = 100, ["one hundred"] = 100, ["a dozen"] = 12, ["a couple of"] = 2, ["a couple"] = 2, ["couple of"] = 2,
        ["a"] = 1, ["an"] = 1, ["a single"] = 1, ["single"] = 1,
    };

    /// <summary>Regex fragment matching one number (digits or words); named group-free.</summary>
    public const string Pattern =
        @"(?:\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine)\b)?|(?:a |one )?hundred|a dozen|a couple(?: of)?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";

    /// <summary>The words <see cref="Pattern"/> can start with ("a dozen" starts with "a", but no number without "dozen").</summary>
    private static readonly HashSet<string> PatternWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty",
        "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "dozen", "couple",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PatternWordLookup = PatternWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// True when <paramref name="text"/> has a digit or a number word standing as a word: a cheap test before the
    /// phrasings built on <see cref="Pattern"/>, none of which can match without one (a number run into its unit with
    /// no blank, "tenreps", is not read as one).
    /// </summary>
    public static bool AnyNumber(ReadOnlySpan<char> text)
    {
        if (text.ContainsAnyInRange('0', '9'))
        {
            return true;
        }

        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsAsciiLetter(text[i]))
            {
                i++;
            }

            if (i - start is >= 3 and <= 9 && PatternWordLookup.Contains(text[start..i]))
            {
                return true;
            }
        }

        return false;
    }

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
