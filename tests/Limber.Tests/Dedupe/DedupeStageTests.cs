using Limber.Dedupe;
using Limber.Diagnostics;
using Limber.Ingest;
using Limber.Options;
using Limber.Pages;
using Limber.Pipeline;
using Limber.Tests.Testing;

namespace Limber.Tests.Dedupe;

public class DedupeStageTests
{
    private static readonly StageContext Context = new(new BuildOptions());

    private static StageResult Dedupe(Site site) => new DedupeStage().Run(site, Context);

    private static Site WithPassages(params string[] lines) =>
        Site.Empty with { Passages = [.. lines.Select((t, i) => new Passage(Passage.MakeId("sources/a.txt", i + 1), "sources/a.txt", i + 1, t))] };

    [Fact]
    public void SampleCorpusLosesItsRepeatedPassagesAndTheLoneTimesSign()
    {
        var ingested = new IngestStage(new DiskInputStore(Repo.PathTo("input"))).Run(Site.Empty, Context).Site;
        const string file = "sources/back-and-hip-pain-web-passages.txt";

        // Derive the expectation from the file itself: byte-identical lines after the first are repeats; the "×" line is debris.
        var lines = File.ReadAllText(Repo.PathTo("input", file)).Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var firstLineOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var repeats = new Dictionary<int, int>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]) || lines[i].Trim() == "×")
            {
                continue;
            }

            if (firstLineOf.TryGetValue(lines[i], out var first))
            {
                repeats[i + 1] = first;
            }
            else
            {
                firstLineOf[lines[i]] = i + 1;
            }
        }

        var timesLine = Array.FindIndex(lines, l => l.Trim() == "×") + 1;
        Assert.Equal(4, repeats.Count);
        Assert.True(timesLine > 0);

        var result = Dedupe(ingested);
        var passages = result.Site.Passages;
        Assert.Equal(ingested.Passages.Length, passages.Length);
        Assert.Equal(ingested.Passages.Select(p => p.Text), passages.Select(p => p.Text));

        var duplicates = passages.Where(p => p.Status == PassageStatus.Duplicate).ToList();
        Assert.Equal(repeats.Keys.Order(), duplicates.Select(p => p.Line));
        foreach (var dup in duplicates)
        {
            Assert.Equal(Passage.MakeId(file, repeats[dup.Line]), dup.DuplicateOf);
            Assert.Equal(1.0, dup.Similarity);
            Assert.Equal("exact", dup.Reason);
        }

        var times = Assert.Single(passages, p => p.Line == timesLine);
        Assert.Equal(PassageStatus.Debris, times.Status);
        Assert.Null(times.DuplicateOf);
        Assert.False(string.IsNullOrEmpty(times.Reason));

        // Every removed passage has exactly one info diagnostic at its file and line; nothing else is reported.
        var removed = passages.Where(p => p.Status != PassageStatus.Kept).ToList();
        Assert.Equal(removed.Count, result.Diagnostics.Length);
        Assert.All(result.Diagnostics, d => Assert.Equal(Severity.Info, d.Severity));
        Assert.Equal(removed.Select(p => (p.File, p.Line)), result.Diagnostics.Select(d => (d.File!, d.Line)));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.PassageDebris && d.Line == timesLine);
        Assert.Equal(4, result.Diagnostics.Count(d => d.Code == DiagnosticCodes.PassageDuplicate));

        // The footnote digit stays in the text for the citation check.
        Assert.Contains(passages, p => p.Status == PassageStatus.Kept && p.Text.Contains("unreliable,1", StringComparison.Ordinal));
    }

    [Fact]
    public void DecisionsCarryProvenance()
    {
        var result = Dedupe(WithPassages(
            "Press your shins and the tops of your feet into the mat.",
            "BACK TO TEXT",
            "• press your shins and teh tops of your feet into the mat"));
        var p = result.Site.Passages;
        Assert.Equal(PassageStatus.Kept, p[0].Status);
        Assert.Null(p[0].DuplicateOf);
        Assert.Equal(PassageStatus.Debris, p[1].Status);
        Assert.StartsWith("back link", p[1].Reason, StringComparison.Ordinal);
        Assert.Equal(PassageStatus.Duplicate, p[2].Status);
        Assert.Equal("a-l1", p[2].DuplicateOf);
        Assert.Equal("punctuation, case, bullet, typo", p[2].Reason);
        Assert.InRange(p[2].Similarity!.Value, 0.9, 0.999);
        var d = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.PassageDuplicate);
        Assert.Equal(3, d.Line);
        Assert.Contains("a-l1", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DebrisRepeatsAreDebrisNotDuplicates()
    {
        var p = Dedupe(WithPassages("We use cookies on this site.", "Stretch daily.", "We use cookies on this site.")).Site.Passages;
        Assert.Equal([PassageStatus.Debris, PassageStatus.Kept, PassageStatus.Debris], p.Select(x => x.Status));
    }

    [Fact]
    public void DisabledStageKeepsEverything()
    {
        var site = WithPassages("×", "Stretch daily.", "Stretch daily.") with { Options = new SiteOptions { Dedupe = new DedupeOptions { Enabled = false } } };
        var result = Dedupe(site);
        Assert.All(result.Site.Passages, p => Assert.Equal(PassageStatus.Kept, p.Status));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void UnknownKeepValueWarnsAndKeepsTheFirst()
    {
        var site = WithPassages("Stretch daily.", "stretch daily") with { Options = new SiteOptions { Dedupe = new DedupeOptions { Keep = "newest" } } };
        var result = Dedupe(site);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.DedupeOptionInvalid && d.Severity == Severity.Warning);
        Assert.Equal("a-l1", result.Site.Passages[1].DuplicateOf);
    }

    [Fact]
    public void SiteYmlDedupeSectionIsRead()
    {
        const string yml = """
            dedupe:
              keep: longest
              maxTypos: 2
              minSentencesForSentenceEdit: 5
              debris:
                useDefaults: true
                disable: [bio]
                allow: ['^Home exercise']
                patterns:
                  - name: sponsor
                    reason: sponsor line
                    pattern: '^brought to you by'
            """;
        var (options, diagnostics) = SiteOptionsParser.Parse(yml, "site.yml");
        Assert.Empty(diagnostics);
        var d = options.Dedupe;
        Assert.Equal("longest", d.Keep);
        Assert.Equal(2, d.MaxTypos);
        Assert.Equal(5, d.MinSentencesForSentenceEdit);
        Assert.Equal(["bio"], d.Debris.Disable);
        Assert.Equal(["^Home exercise"], d.Debris.Allow);
        var rule = Assert.Single(d.Debris.Patterns);
        Assert.Equal(("sponsor", "sponsor line", "^brought to you by"), (rule.Name, rule.Reason, rule.Pattern));
        Assert.True(SiteOptionsParser.Parse("title: x", "site.yml").Options.Dedupe.Enabled);
    }
}
