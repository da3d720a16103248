using System.Globalization;
using Limber.Dedupe;
using Limber.Options;
using Limber.Tests.Testing;
using Xunit.Abstractions;

namespace Limber.Tests.Dedupe;

/// <summary>One labelled passage of the debris development set (see Specs/Debris/README.md).</summary>
public sealed record DebrisExample(string File, int Line, string Section, string Text, string? Kind)
{
    public bool IsDebris => Kind is not null;

    public override string ToString() => $"{File}:{Line} {Section}";
}

public class DebrisDevelopmentSetTests(ITestOutputHelper output)
{
    private static readonly DebrisClassifier Classifier = DebrisClassifier.Create(new DebrisOptions()).Classifier;

    public static IReadOnlyList<DebrisExample> Load() => Load("Debris");

    /// <summary>The labelled examples under Specs/<paramref name="folder"/>.</summary>
    public static IReadOnlyList<DebrisExample> Load(string folder)
    {
        var result = new List<DebrisExample>();
        foreach (var (name, start, section, body) in SpecFile.Examples(Repo.PathTo("tests", "Limber.Tests", "Dedupe", "Specs", folder)))
        {
            if (body.Count != 3 || body[1] != ".")
            {
                throw new FormatException($"{name}:{start}: an example is: the passage, '.', then 'content' or 'debris: KIND'");
            }

            var kind = body[2] switch
            {
                "content" => null,
                var e when e.StartsWith("debris:", StringComparison.Ordinal) => e["debris:".Length..].Trim(),
                var e => throw new FormatException($"{name}:{start}: expected 'content' or 'debris: KIND', got '{e}'"),
            };
            result.Add(new DebrisExample(name, start, section, body[0], kind));
        }

        return result;
    }

    [Fact]
    public void DevelopmentSetIsVariedAndBalanced()
    {
        var examples = Load();
        Assert.True(examples.Count(e => e.IsDebris) >= 100, "at least 100 debris examples");
        Assert.True(examples.Count(e => !e.IsDebris) >= 100, "at least 100 content examples");
        foreach (var kind in new[] { "bio", "ad", "navigation", "newsletter", "cookie", "notice", "byline", "disclaimer" })
        {
            Assert.True(examples.Count(e => e.Kind == kind) >= 5, $"at least 5 examples of {kind}");
        }
    }

    [Fact]
    public void ClassifierReachesRecallAndPrecisionOnTheDevelopmentSet()
    {
        var examples = Load();
        int tp = 0, fp = 0, fn = 0, tn = 0;
        foreach (var example in examples)
        {
            var reason = Classifier.Classify(example.Text);
            switch (example.IsDebris, reason is not null)
            {
                case (true, true):
                    tp++;
                    break;
                case (true, false):
                    fn++;
                    output.WriteLine($"MISSED    {example}: {example.Text}\n          best: {Classifier.Explain(example.Text)}");
                    break;
                case (false, true):
                    fp++;
                    output.WriteLine($"FALSE HIT {example}: {example.Text}\n          {reason}");
                    break;
                default:
                    tn++;
                    break;
            }
        }

        var precision = tp + fp == 0 ? 1 : (double)tp / (tp + fp);
        var recall = tp + fn == 0 ? 1 : (double)tp / (tp + fn);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"debris development set: {examples.Count} examples, {tp + fn} debris; precision {precision:0.000} ({tp}/{tp + fp}), recall {recall:0.000} ({tp}/{tp + fn}); {fp} false hits, {fn} missed"));
        foreach (var file in examples.GroupBy(e => e.File))
        {
            var hits = file.Where(e => Classifier.Classify(e.Text) is not null).ToList();
            var debris = file.Count(e => e.IsDebris);
            output.WriteLine($"  {file.Key}: {file.Count()} examples, {debris} debris; {hits.Count(e => e.IsDebris)} found, {hits.Count(e => !e.IsDebris)} false hits");
        }

        foreach (var group in examples.Where(e => e.IsDebris).GroupBy(e => e.Kind))
        {
            var found = group.Count(e => Classifier.Classify(e.Text) is not null);
            output.WriteLine($"  {group.Key}: {found}/{group.Count()}");
        }

        Assert.True(recall >= 0.9, string.Create(CultureInfo.InvariantCulture, $"recall {recall:0.000} < 0.9"));
        Assert.True(precision >= 0.97, string.Create(CultureInfo.InvariantCulture, $"precision {precision:0.000} < 0.97"));
    }
}
