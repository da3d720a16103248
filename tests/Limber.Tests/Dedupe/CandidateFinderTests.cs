using Limber.Dedupe;

namespace Limber.Tests.Dedupe;

public class CandidateFinderTests
{
    private static readonly string[] Words =
    [
        "hip", "back", "knee", "stretch", "hold", "breathe", "slowly", "floor", "lift", "press", "glutes", "core", "spine",
        "pelvis", "gently", "ankle", "shoulder", "reach", "rotate", "lower", "pain", "walk", "sit", "stand", "twist", "rest",
    ];

    /// <summary>Deterministic random passages over a small vocabulary (so unrelated passages share many words).</summary>
    private static List<string> RandomPassages(int count, int seed)
    {
        var rng = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => string.Join(' ', Enumerable.Range(0, rng.Next(12, 40)).Select(_ => Words[rng.Next(Words.Length)])) + ".")];
    }

    private static long[] Find(IEnumerable<string> texts) => CandidateFinder.Find([.. texts.Select(TextNormalizer.Normalize)]);

    [Fact]
    public void FindsATypoPairEvenInAShortPassage()
    {
        var texts = RandomPassages(300, 1);
        texts.Add("Keep your back straight.");
        texts.Add("Keep your bakc straight.");
        var pairs = Find(texts);
        Assert.Contains(CandidateFinder.Pair(300, 301), pairs);
    }

    [Fact]
    public void FindsASentenceAddedPair()
    {
        var texts = RandomPassages(300, 2);
        const string body = "Lie on your back with your knees bent. Tighten your buttocks and lift your hips. Hold for five slow breaths. Lower your hips to the floor.";
        texts.Add(body);
        texts.Add(body + " Repeat on the other side when you are ready.");
        Assert.Contains(CandidateFinder.Pair(300, 301), Find(texts));
    }

    [Fact]
    public void UnrelatedPassagesRarelyBecomeCandidates()
    {
        var texts = RandomPassages(2000, 3);
        var pairs = Find(texts);

        // 2000 passages have ~2 million pairs; near-linear candidate generation must not look at more than a sliver of them.
        Assert.True(pairs.Length < 2000, $"{pairs.Length} candidate pairs");
    }

    [Fact]
    public void PairsAreOrderedAndUnique()
    {
        var texts = new List<string> { "Stretch your hips daily and gently.", "Stretch your hips daily and gentle.", "Stretch your hips daily and gently!" };
        var pairs = Find(texts);
        Assert.Equal(pairs.Distinct().Order(), pairs);
        Assert.All(pairs, p => Assert.True(CandidateFinder.Unpair(p).I < CandidateFinder.Unpair(p).J));
    }

    [Fact]
    public void MinHashEstimateTracksOverlap()
    {
        var a = TextNormalizer.Normalize(string.Join(' ', Enumerable.Range(0, 60).Select(i => "w" + i)));
        var b = TextNormalizer.Normalize(string.Join(' ', Enumerable.Range(0, 60).Select(i => "w" + (i < 45 ? i : i + 100))));
        var signatures = new uint[2 * CandidateFinder.HashCount];
        CandidateFinder.Sign(a, signatures.AsSpan(0, CandidateFinder.HashCount));
        CandidateFinder.Sign(b, signatures.AsSpan(CandidateFinder.HashCount, CandidateFinder.HashCount));

        // 43 of the 58 shingles of each are shared: Jaccard 43/73 ≈ 0.59.
        Assert.InRange(CandidateFinder.EstimatedJaccard(signatures, 0, 1), 0.45, 0.73);
    }
}
