namespace Limber.Dedupe;

/// <summary>Which copy of a cluster is kept.</summary>
public enum KeepPolicy
{
    /// <summary>The first occurrence in input order (file, then line).</summary>
    First,

    /// <summary>The most complete copy (most tokens); ties go to the first occurrence.</summary>
    Longest,
}

/// <summary>The decision for one passage: kept, or a duplicate of the kept copy <see cref="DuplicateOf"/>.</summary>
public readonly record struct DedupeDecision(int DuplicateOf, double Similarity, EditKinds Kinds, bool SentenceAdded, int Via)
{
    public bool IsDuplicate => DuplicateOf >= 0;

    public static DedupeDecision Kept { get; } = new(-1, 1.0, EditKinds.None, false, -1);

    public string Reason => EditKindNames.Describe(Kinds, SentenceAdded);
}

public sealed record DedupeOutcome(DedupeDecision[] Decisions, int Clusters, int CandidatePairs, int VerifiedPairs);

/// <summary>
/// Exact duplicates by hash of the normalized token sequence, near duplicates by <see cref="CandidateFinder"/> and
/// <see cref="DuplicateVerifier"/>, clusters by <see cref="UnionFind"/> (so chains of edits collapse into one cluster).
/// Pure: no I/O.
/// </summary>
public sealed class Deduplicator(DuplicateVerifier verifier, KeepPolicy keep = KeepPolicy.First)
{
    /// <summary>Benchmark hook: called with a phase name as each phase ends.</summary>
    internal static Action<string>? Trace { get; set; }

    public DedupeOutcome Run(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        var normalized = new NormalizedText[texts.Count];
        Parallel.For(0, texts.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => normalized[i] = TextNormalizer.Normalize(texts[i]));
        return Run(texts, normalized, cancellationToken);
    }

    /// <param name="texts">The passages as written (for the report's edit kinds).</param>
    /// <param name="normalized">The same passages, normalized (<see cref="TextNormalizer.Normalize"/>).</param>
    /// <param name="cancellationToken">Stops the run between phases.</param>
    public DedupeOutcome Run(IReadOnlyList<string> texts, NormalizedText[] normalized, CancellationToken cancellationToken = default)
    {
        var n = texts.Count;

        Trace?.Invoke("normalized");
        // Exact duplicates: same token sequence after normalization.
        var uniqueOf = new int[n];
        var representatives = new List<int>();
        var byKey = new Dictionary<ulong, int>(n);
        for (var i = 0; i < n; i++)
        {
            var key = normalized[i].Key;
            while (true)
            {
                if (!byKey.TryGetValue(key, out var u))
                {
                    byKey[key] = representatives.Count;
                    uniqueOf[i] = representatives.Count;
                    representatives.Add(i);
                    break;
                }

                if (normalized[representatives[u]].SameTokens(normalized[i]))
                {
                    uniqueOf[i] = u;
                    break;
                }

                key++;
            }
        }

        Trace?.Invoke("exact");
        // Near duplicates among the distinct forms.
        var uniques = representatives.Select(i => normalized[i]).ToArray();
        var candidates = CandidateFinder.Find(uniques);
        cancellationToken.ThrowIfCancellationRequested();
        Trace?.Invoke("candidates");
        var accepted = new bool[candidates.Length];
        var verdicts = new Verdict[candidates.Length];
        Parallel.For(0, candidates.Length, new ParallelOptions { CancellationToken = cancellationToken }, k =>
        {
            var (a, b) = CandidateFinder.Unpair(candidates[k]);
            var verdict = verifier.Verify(uniques[a], uniques[b]);
            verdicts[k] = verdict;
            accepted[k] = verdict.IsDuplicate;
        });

        Trace?.Invoke("verified");
        var uf = new UnionFind(n);
        var adjacency = new Dictionary<int, List<(int Other, double Similarity, EditKinds Kinds)>>();
        void Link(int a, int b, double similarity, EditKinds kinds)
        {
            uf.Union(a, b);
            Add(a, b);
            Add(b, a);
            void Add(int from, int to)
            {
                if (!adjacency.TryGetValue(from, out var list))
                {
                    adjacency[from] = list = [];
                }

                list.Add((to, similarity, kinds));
            }
        }

        for (var i = 0; i < n; i++)
        {
            var rep = representatives[uniqueOf[i]];
            if (rep != i)
            {
                Link(rep, i, 1.0, EditKinds.None);
            }
        }

        var verified = 0;
        for (var k = 0; k < candidates.Length; k++)
        {
            if (accepted[k])
            {
                verified++;
                var (a, b) = CandidateFinder.Unpair(candidates[k]);
                Link(representatives[a], representatives[b], verdicts[k].Similarity, verdicts[k].Kinds);
            }
        }

        Trace?.Invoke("linked");
        // Clusters: keep one copy, explain every other one.
        var decisions = new DedupeDecision[n];
        Array.Fill(decisions, DedupeDecision.Kept);
        var members = new Dictionary<int, List<int>>();
        foreach (var node in adjacency.Keys)
        {
            var root = uf.Find(node);
            if (!members.TryGetValue(root, out var list))
            {
                members[root] = list = [];
            }

            list.Add(node);
        }

        var clusters = members.Values.ToList();
        var results = new (int Node, DedupeDecision Decision)[clusters.Count][];
        Parallel.For(0, clusters.Count, c => results[c] = Explain(clusters[c], texts, normalized, adjacency));
        foreach (var cluster in results)
        {
            foreach (var (node, decision) in cluster)
            {
                decisions[node] = decision;
            }
        }

        Trace?.Invoke("explained");
        return new DedupeOutcome(decisions, clusters.Count, candidates.Length, verified);
    }

    private (int Node, DedupeDecision Decision)[] Explain(
        List<int> cluster,
        IReadOnlyList<string> texts,
        NormalizedText[] normalized,
        Dictionary<int, List<(int Other, double Similarity, EditKinds Kinds)>> adjacency)
    {
        cluster.Sort();
        var kept = keep == KeepPolicy.Longest
            ? cluster.OrderByDescending(i => normalized[i].TokenCount).ThenBy(i => i).First()
            : cluster[0];

        // Breadth-first from the kept copy: each copy's path explains it when it is not a direct near-duplicate of the kept copy.
        var parent = new Dictionary<int, (int Node, double Similarity, EditKinds Kinds)> { [kept] = (-1, 1.0, EditKinds.None) };
        var queue = new Queue<int>();
        queue.Enqueue(kept);
        while (queue.Count > 0)
        {
            var u = queue.Dequeue();
            foreach (var (v, similarity, kinds) in adjacency[u])
            {
                if (parent.TryAdd(v, (u, similarity, kinds)))
                {
                    queue.Enqueue(v);
                }
            }
        }

        var result = new List<(int, DedupeDecision)>(cluster.Count - 1);
        foreach (var node in cluster)
        {
            if (node == kept)
            {
                continue;
            }

            var sentenceAdded = normalized[node].SentenceCount > normalized[kept].SentenceCount;
            var direct = verifier.Verify(normalized[kept], normalized[node]);
            if (direct.IsDuplicate)
            {
                result.Add((node, new DedupeDecision(kept, direct.Similarity, Cosmetic(kept, node, direct.Kinds), sentenceAdded, -1)));
                continue;
            }

            // Explained by the chain of verified links back to the kept copy.
            var pathSimilarity = 1.0;
            var pathKinds = EditKinds.None;
            for (var v = node; parent[v].Node >= 0; v = parent[v].Node)
            {
                var (u, similarity, kinds) = parent[v];
                pathSimilarity *= similarity;
                pathKinds |= Cosmetic(u, v, kinds);
            }

            result.Add((node, new DedupeDecision(kept, pathSimilarity, pathKinds, sentenceAdded, parent[node].Node)));
        }

        return [.. result];

        EditKinds Cosmetic(int a, int b, EditKinds found = EditKinds.None) => EditsBetween(texts[a], normalized[a], texts[b], normalized[b], found);
    }

    /// <summary>
    /// The cosmetic edits between two copies, plus the verifier's typo and sentence kinds in <paramref name="found"/>.
    /// With a whole sentence more on one side the punctuation sequences differ anyway, so only the sentence edit is reported.
    /// </summary>
    public static EditKinds EditsBetween(string rawA, NormalizedText a, string rawB, NormalizedText b, EditKinds found)
    {
        var kinds = CosmeticEdits.Detect(rawA, a, rawB, b);
        if (found.HasFlag(EditKinds.Sentence))
        {
            kinds &= ~(EditKinds.Punctuation | EditKinds.Dashes | EditKinds.Quotes);
        }

        return kinds | found;
    }
}
