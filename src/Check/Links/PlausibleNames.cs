namespace Limber.Check.Links;

/// <summary>
/// Whether a suggested name is plausibly the one meant: one contains the other (both at least four characters:
/// <c>sciatica-archived</c> and <c>sciatica</c>), or they differ by at most a third of the shorter one's length, at least
/// one edit (<c>sciatca</c> → <c>sciatica</c>, but not <c>raw</c> → <c>main</c>). A wrong suggestion costs the reader more
/// than none.
/// </summary>
public static class PlausibleNames
{
    public static bool Near(string wanted, string candidate)
    {
        var a = wanted.ToLowerInvariant();
        var b = candidate.ToLowerInvariant();
        if (a.Length >= 4 && b.Length >= 4 && (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal)))
        {
            return true;
        }

        return Distance(a, b) <= Math.Max(1, Math.Min(a.Length, b.Length) / 3);
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
