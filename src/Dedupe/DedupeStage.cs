using System.Collections.Immutable;
using Limber.Diagnostics;
using Limber.Options;
using Limber.Pages;
using Limber.Pipeline;

namespace Limber.Dedupe;

/// <summary>
/// Sets debris aside and removes exact and near-duplicate passages, recording every decision on the passage
/// (status, duplicateOf, similarity, reason) and as an info diagnostic at the passage's file and line.
/// Runs right after ingest. Pure: no I/O.
/// </summary>
public sealed class DedupeStage : IStage
{
    /// <summary>Dedupe compares every passage with every other, so it is cached whole: the same passages and options, the same decisions.</summary>
    public StageResult Run(Site site, StageContext context)
    {
        if (context.Cache is not { } cache)
        {
            return Dedupe(site, context);
        }

        var (passages, diagnostics) = cache.GetOrAdd("dedupe", new SequenceKey<Passage>(site.Passages, site.Options.Dedupe), _ =>
        {
            var result = Dedupe(site, context);
            return (result.Site.Passages, result.Diagnostics);
        });
        return new StageResult(site with { Passages = passages }, diagnostics);
    }

    private static StageResult Dedupe(Site site, StageContext context)
    {
        var options = site.Options.Dedupe;
        if (!options.Enabled || site.Passages.IsEmpty)
        {
            return StageResult.Unchanged(site);
        }

        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var keep = KeepPolicy.First;
        if (options.Keep.Equals("longest", StringComparison.OrdinalIgnoreCase))
        {
            keep = KeepPolicy.Longest;
        }
        else if (!options.Keep.Equals("first", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.DedupeOptionInvalid, $"dedupe.keep must be 'first' or 'longest', not '{options.Keep}'; using 'first'", "site.yml"));
        }

        var (classifier, ruleDiagnostics) = DebrisClassifier.Create(options.Debris);
        diagnostics.AddRange(ruleDiagnostics);

        var passages = site.Passages;
        var folded = new string[passages.Length];
        Parallel.For(0, passages.Length, new ParallelOptions { CancellationToken = context.CancellationToken }, i => folded[i] = TextNormalizer.Fold(passages[i].Text));

        // Template text is judged against the whole corpus: the same skeleton in other sources with other names or numbers.
        var skeletons = TemplateSkeletons.Build([.. passages.Select((p, i) => (folded[i], p.File))]);
        var debris = new string?[passages.Length];
        var normalized = new NormalizedText?[passages.Length];
        Parallel.For(0, passages.Length, new ParallelOptions { CancellationToken = context.CancellationToken }, i =>
        {
            debris[i] = classifier.ClassifyFolded(folded[i], skeletons);
            normalized[i] = debris[i] is null ? TextNormalizer.NormalizeFolded(folded[i]) : null;
        });

        var content = Enumerable.Range(0, passages.Length).Where(i => debris[i] is null).ToArray();
        var deduplicator = new Deduplicator(new DuplicateVerifier(options.MaxTypos, options.MinSentencesForSentenceEdit), keep);
        var outcome = deduplicator.Run([.. content.Select(i => passages[i].Text)], [.. content.Select(i => normalized[i]!)], context.CancellationToken);

        var result = passages.ToBuilder();
        for (var i = 0; i < passages.Length; i++)
        {
            if (debris[i] is { } reason)
            {
                result[i] = passages[i] with { Status = PassageStatus.Debris, DuplicateOf = null, Similarity = null, Reason = reason };
                diagnostics.Add(Diagnostic.At(DiagnosticCodes.PassageDebris, Severity.Info, $"debris set aside: {reason}", passages[i].Source));
            }
        }

        for (var k = 0; k < content.Length; k++)
        {
            var decision = outcome.Decisions[k];
            if (!decision.IsDuplicate)
            {
                continue;
            }

            var passage = passages[content[k]];
            var kept = passages[content[decision.DuplicateOf]];
            var reason = decision.Reason + (decision.Via >= 0 ? $" (via {passages[content[decision.Via]].Id})" : "");
            var similarity = Math.Round(decision.Similarity, 3);
            result[content[k]] = passage with { Status = PassageStatus.Duplicate, DuplicateOf = kept.Id, Similarity = similarity, Reason = reason };
            diagnostics.Add(Diagnostic.At(
                DiagnosticCodes.PassageDuplicate,
                Severity.Info,
                $"duplicate of {kept.Id} ({kept.File}:{kept.Line}), similarity {similarity:0.000}: {reason}",
                passage.Source));
        }

        var ordered = diagnostics.ToImmutable().Sort((a, b) =>
        {
            var byFile = string.CompareOrdinal(a.File, b.File);
            return byFile != 0 ? byFile : a.Line.CompareTo(b.Line);
        });
        return new StageResult(site with { Passages = result.MoveToImmutable() }, ordered);
    }
}
