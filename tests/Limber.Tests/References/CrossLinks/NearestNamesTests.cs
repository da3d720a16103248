using Limber.References.CrossLinks;

namespace Limber.Tests.References.CrossLinks;

public class NearestNamesTests
{
    /// <summary>Textbook Levenshtein distance over the whole table: the oracle for the banded version.</summary>
    private static int FullDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
        }

        return d[a.Length, b.Length];
    }

    [Fact]
    public void BandedDistanceIsExactUpToMaxAndAboveMaxOtherwise()
    {
        var random = new Random(7);
        string Word(int length) => new([.. Enumerable.Range(0, length).Select(_ => "abcde-"[random.Next(6)])]);
        for (var k = 0; k < 5000; k++)
        {
            var a = Word(random.Next(0, 40));
            var b = random.Next(3) == 0 ? a : random.Next(2) == 0 ? Word(random.Next(0, 40)) : Mutate(a, random);
            var max = random.Next(0, 9);

            var full = FullDistance(a, b);
            var banded = NearestNames.Distance(a, b, max);

            if (full <= max)
            {
                Assert.True(full == banded, $"'{a}' vs '{b}', max {max}: {banded}, expected {full}");
            }
            else
            {
                Assert.True(banded > max, $"'{a}' vs '{b}', max {max}: {banded}, expected more than {max} (full {full})");
            }
        }
    }

    private static string Mutate(string s, Random random)
    {
        var chars = s.ToList();
        for (var edits = random.Next(1, 6); edits > 0; edits--)
        {
            var at = random.Next(chars.Count + 1);
            switch (random.Next(3))
            {
                case 0:
                    chars.Insert(at, 'x');
                    break;
                case 1 when at < chars.Count:
                    chars.RemoveAt(at);
                    break;
                case 2 when at < chars.Count:
                    chars[at] = 'y';
                    break;
            }
        }

        return new string([.. chars]);
    }

    [Fact]
    public void SuggestsUpToThreeNearestNamesNearestFirstCaseInsensitively()
    {
        var names = new NearestNames(["sciatica", "Sciatic-Nerve", "si-joint", "hip-pain", "sciatica", "piriformis"]);

        Assert.Equal(["sciatica"], names.Closest("SCIATCA").ToArray()); // one letter missing; "sciatic-nerve" is 6 longer than the 3 allowed
        Assert.Equal(["Sciatic-Nerve", "sciatica"], names.Closest("sciatic").ToArray()); // contained in both; ties by name
        Assert.Empty(names.Closest("osteoarthritis"));
    }

    [Fact]
    public void SuggestsWhatComparingWithEveryNameInFullWouldSuggest()
    {
        // The letter-count bound skips names before computing their distance; it must never skip a near one.
        var random = new Random(11);
        string Word(int length) => new([.. Enumerable.Range(0, length).Select(_ => "abcdeXY-0179é"[random.Next(13)])]);
        string Scramble(string w)
        {
            // Up to eight letters swapped for others: each moves two letter counts, the cases the bound must not overrate.
            var chars = w.ToCharArray();
            for (var edits = random.Next(1, 9); edits > 0 && chars.Length > 0; edits--)
            {
                chars[random.Next(chars.Length)] = "abcdeXY-0179é"[random.Next(13)];
            }

            return new string(chars);
        }

        var pool = Enumerable.Range(0, 400).Select(_ => Word(random.Next(1, 30))).ToList();
        pool.AddRange(pool.Take(200).Select(w => Mutate(w, random)));
        var names = new NearestNames(pool);
        for (var k = 0; k < 600; k++)
        {
            var wanted = (k % 3) switch
            {
                0 => Mutate(pool[random.Next(pool.Count)], random),
                1 => Scramble(pool[random.Next(pool.Count)]),
                _ => Word(random.Next(1, 30)),
            };
            var w = wanted.ToLowerInvariant();
            var max = Math.Min(Math.Max(3, w.Length / 2), 8);
            var expected = pool.Distinct(StringComparer.Ordinal)
                .Select(n => (Name: n, Distance: w.Length >= 3 && (n.ToLowerInvariant().Contains(w, StringComparison.Ordinal) || w.Contains(n.ToLowerInvariant(), StringComparison.Ordinal)) ? 1 : FullDistance(w, n.ToLowerInvariant())))
                .Where(x => x.Distance <= max)
                .OrderBy(x => x.Distance).ThenBy(x => x.Name, StringComparer.Ordinal).Take(3).Select(x => x.Name);

            Assert.Equal(expected, names.Closest(wanted));
        }
    }
}
