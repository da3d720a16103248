using System.Diagnostics;
using System.Text.Json;
using Limber.Dedupe;
using Limber.Ingest;
using Limber.Options;
using Limber.Pages;
using Limber.Pipeline;

namespace Limber.Bench.Dedupe;

/// <summary>
/// Runs Ingest + Dedupe on a corpus written by gen-corpus.py (only its sources/ are read) and scores the result
/// against manifest.json: wall time, peak memory and pairwise precision / recall / F1.
/// Usage: Limber.Bench.Dedupe CORPUS_DIR [--misses N] [--min-sentences N]
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length < 1)
        {
            Console.Error.WriteLine("usage: Limber.Bench.Dedupe CORPUS_DIR [--misses N] [--min-sentences N]");
            return 2;
        }

        var dir = args[0];
        var showMisses = 0;
        var minSentences = new DedupeOptions().MinSentencesForSentenceEdit;
        for (var a = 1; a + 1 < args.Length; a += 2)
        {
            switch (args[a])
            {
                case "--misses":
                    showMisses = int.Parse(args[a + 1], System.Globalization.CultureInfo.InvariantCulture);
                    break;
                case "--min-sentences":
                    minSentences = int.Parse(args[a + 1], System.Globalization.CultureInfo.InvariantCulture);
                    break;
            }
        }

        var site = Site.Empty with { Options = new SiteOptions { Dedupe = new DedupeOptions { MinSentencesForSentenceEdit = minSentences } } };
        var context = new StageContext(new BuildOptions { InputDirectory = dir });

        var total = Stopwatch.StartNew();
        var ingested = new IngestStage(new SourcesOnlyStore(dir)).Run(site, context);
        var ingestMs = total.ElapsedMilliseconds;
        var dedupeWatch = Stopwatch.StartNew();
        var deduped = new DedupeStage().Run(ingested.Site, context);
        var dedupeMs = dedupeWatch.ElapsedMilliseconds;
        var wallMs = total.ElapsedMilliseconds;
        var self = Process.GetCurrentProcess();
        var peakMb = self.PeakWorkingSet64 / (1024.0 * 1024.0);
        var cpuMs = (long)self.TotalProcessorTime.TotalMilliseconds;

        if (Environment.GetEnvironmentVariable("BENCH_DETAIL") == "1")
        {
            Detail(ingested.Site.Passages.Select(p => p.Text).ToArray());
        }

        var passages = deduped.Site.Passages;
        var bytes = passages.Sum(p => (long)System.Text.Encoding.UTF8.GetByteCount(p.Text));
        var duplicates = passages.Count(p => p.Status == PassageStatus.Duplicate);
        var debris = passages.Count(p => p.Status == PassageStatus.Debris);
        var clusters = passages.Where(p => p.DuplicateOf is not null).Select(p => p.DuplicateOf).Distinct().Count();
        Console.WriteLine($"passages={passages.Length} mb={bytes / 1e6:0.0} kept={passages.Length - duplicates - debris} duplicates={duplicates} clusters={clusters} debris={debris}");
        Console.WriteLine($"ingest_ms={ingestMs} dedupe_ms={dedupeMs} wall_ms={wallMs} peak_mb={peakMb:0} process_cpu_ms={cpuMs} gc_pause_ms={(long)GC.GetTotalPauseDuration().TotalMilliseconds} gcs={GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}");

        var manifestPath = Path.Combine(dir, "manifest.json");
        if (File.Exists(manifestPath))
        {
            Score(passages, manifestPath, showMisses);
        }

        return 0;
    }

    /// <summary>CPU time of each phase, to see where the time goes.</summary>
    private static void Detail(string[] texts)
    {
        var self = Process.GetCurrentProcess();
        long Cpu()
        {
            self.Refresh();
            return (long)self.TotalProcessorTime.TotalMilliseconds;
        }

        var c = Cpu();
        var (classifier, _) = DebrisClassifier.Create(new DebrisOptions());
        Parallel.For(0, texts.Length, i => classifier.Classify(texts[i]));
        Console.WriteLine($"cpu debris={Cpu() - c}");
        c = Cpu();
        Parallel.For(0, texts.Length, i => TextNormalizer.Fold(texts[i]));
        Console.WriteLine($"cpu fold={Cpu() - c}");
        c = Cpu();
        var norm = texts.AsParallel().AsOrdered().Select(TextNormalizer.Normalize).ToArray();
        Console.WriteLine($"cpu normalize={Cpu() - c}");
        c = Cpu();
        var signatures = new uint[(long)norm.Length * CandidateFinder.HashCount];
        Parallel.For(0, norm.Length, i => CandidateFinder.Sign(norm[i], signatures.AsSpan(i * CandidateFinder.HashCount, CandidateFinder.HashCount)));
        Console.WriteLine($"cpu sign={Cpu() - c}");
        c = Cpu();
        var candidates = CandidateFinder.Find(norm);
        Console.WriteLine($"cpu find(all)={Cpu() - c} candidates={candidates.Length}");
        c = Cpu();
        var verifier = new DuplicateVerifier();
        var ok = 0;
        Parallel.For(0, candidates.Length, k =>
        {
            var (i, j) = CandidateFinder.Unpair(candidates[k]);
            if (verifier.Verify(norm[i], norm[j]).IsDuplicate)
            {
                Interlocked.Increment(ref ok);
            }
        });
        Console.WriteLine($"cpu verify={Cpu() - c} ok={ok}");
        c = Cpu();
        var last = c;
        Deduplicator.Trace = phase =>
        {
            var now = Cpu();
            Console.WriteLine($"  cpu {phase}={now - last}");
            last = now;
        };
        var outcome = new Deduplicator(verifier).Run(texts);
        Deduplicator.Trace = null;
        Console.WriteLine($"cpu deduplicator={Cpu() - c} clusters={outcome.Clusters}");
    }

    private static void Score(IReadOnlyList<Passage> passages, string manifestPath, int showMisses)
    {
        var index = new Dictionary<string, int>();
        for (var i = 0; i < passages.Count; i++)
        {
            index[passages[i].Id] = i;
        }

        using var doc = JsonDocument.Parse(File.ReadAllText(manifestPath));
        var edges = new List<(int Dup, int Of, string Kind)>();
        foreach (var d in doc.RootElement.GetProperty("duplicates").EnumerateArray())
        {
            var dup = index[Passage.MakeId(d.GetProperty("file").GetString()!, d.GetProperty("line").GetInt32())];
            var of = d.GetProperty("of");
            var orig = index[Passage.MakeId(of.GetProperty("file").GetString()!, of.GetProperty("line").GetInt32())];
            edges.Add((dup, orig, d.GetProperty("kind").GetString()!));
        }

        var predicted = new UnionFind(passages.Count);
        for (var i = 0; i < passages.Count; i++)
        {
            if (passages[i].DuplicateOf is { } of)
            {
                predicted.Union(i, index[of]);
            }
        }

        // The manifest as written, and the manifest restricted to the rule: a sentence appended counts only when the longer copy has 4+ sentences.
        var asWritten = new UnionFind(passages.Count);
        var byRule = new UnionFind(passages.Count);

        // The generator sometimes writes the same original twice by chance; byte-identical passages are duplicates under any reading.
        var firstWithText = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < passages.Count; i++)
        {
            if (firstWithText.TryGetValue(passages[i].Text, out var first))
            {
                byRule.Union(i, first);
            }
            else
            {
                firstWithText[passages[i].Text] = i;
            }
        }

        foreach (var (dup, of, kind) in edges)
        {
            asWritten.Union(dup, of);
            var longer = TextNormalizer.Normalize(passages[dup].Text).SentenceCount;
            if (kind != "sentence_appended" || longer >= 4)
            {
                byRule.Union(dup, of);
            }
        }

        Report("manifest", predicted, asWritten, passages.Count);
        Report("manifest-by-rule+identical", predicted, byRule, passages.Count);
        foreach (var group in edges.GroupBy(e => e.Kind).OrderBy(g => g.Key))
        {
            var found = group.Count(e => predicted.Find(e.Dup) == predicted.Find(e.Of));
            Console.WriteLine($"  kind={group.Key} pairs={group.Count()} found={found} recall={(double)found / group.Count():0.0000}");
        }

        var misses = edges.Where(e => predicted.Find(e.Dup) != predicted.Find(e.Of)).Take(showMisses);
        foreach (var (dup, of, kind) in misses)
        {
            Console.WriteLine($"MISS {kind}\n  A: {passages[of].Text}\n  B: {passages[dup].Text}");
        }

        var falses = passages.Select((p, i) => (p, i)).Where(x => x.p.DuplicateOf is { } o && byRule.Find(x.i) != byRule.Find(index[o])).Take(showMisses);
        foreach (var (p, _) in falses)
        {
            Console.WriteLine($"FALSE {p.Reason}\n  A: {passages[index[p.DuplicateOf!]].Text}\n  B: {p.Text}");
        }
    }

    private static void Report(string label, UnionFind predicted, UnionFind truth, int n)
    {
        var joint = new Dictionary<(int, int), long>();
        var predSizes = new Dictionary<int, long>();
        var truthSizes = new Dictionary<int, long>();
        for (var i = 0; i < n; i++)
        {
            var p = predicted.Find(i);
            var t = truth.Find(i);
            joint[(p, t)] = joint.GetValueOrDefault((p, t)) + 1;
            predSizes[p] = predSizes.GetValueOrDefault(p) + 1;
            truthSizes[t] = truthSizes.GetValueOrDefault(t) + 1;
        }

        static long Pairs(long k) => k * (k - 1) / 2;
        var tp = joint.Values.Sum(Pairs);
        var predPairs = predSizes.Values.Sum(Pairs);
        var truthPairs = truthSizes.Values.Sum(Pairs);
        var precision = predPairs == 0 ? 1 : (double)tp / predPairs;
        var recall = truthPairs == 0 ? 1 : (double)tp / truthPairs;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        Console.WriteLine($"{label}: true_pairs={truthPairs} predicted_pairs={predPairs} tp={tp} precision={precision:0.0000} recall={recall:0.0000} f1={f1:0.0000}");
    }

    /// <summary>The corpus folder with only its sources/ visible (the generator's content/ pages are not needed here).</summary>
    private sealed class SourcesOnlyStore(string root) : IInputStore
    {
        private readonly DiskInputStore _inner = new(root);

        public string Root => _inner.Root;

        public bool Exists => _inner.Exists;

        public IReadOnlyList<string> EnumerateFiles() => [.. _inner.EnumerateFiles().Where(f => f.StartsWith("sources/", StringComparison.Ordinal))];

        public long Length(string path) => _inner.Length(path);

        public byte[] ReadAllBytes(string path) => _inner.ReadAllBytes(path);
    }
}
