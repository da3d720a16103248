using System.Globalization;
using Limber.Dedupe;
using Limber.Options;
using Xunit.Abstractions;

namespace Limber.Tests.Dedupe;

/// <summary>
/// The held-out debris set (Specs/DebrisHeldOut): written before any tuning on it, scored before the classifier changed
/// after it. It is not tuned on; its floor is what the classifier scored when the set was written.
/// </summary>
public class DebrisHeldOutSetTests(ITestOutputHelper output)
{
    private static readonly DebrisClassifier Classifier = DebrisClassifier.Create(new DebrisOptions()).Classifier;

    [Fact]
    public void HeldOutSetHasEveryKindAndLookalikeContent()
    {
        var examples = DebrisDevelopmentSetTests.Load("DebrisHeldOut");
        Assert.True(examples.Count(e => e.IsDebris) >= 30, "at least 30 debris examples");
        Assert.True(examples.Count(e => !e.IsDebris) >= 30, "at least 30 content examples");
        Assert.True(examples.Where(e => e.IsDebris).Select(e => e.Kind).Distinct().Count() >= 8, "at least 8 kinds of debris");
    }

    [Fact]
    public void ClassifierScoresTheHeldOutSet()
    {
        var examples = DebrisDevelopmentSetTests.Load("DebrisHeldOut");
        int tp = 0, fp = 0, fn = 0;
        foreach (var example in examples)
        {
            var reason = Classifier.Classify(example.Text);
            if (example.IsDebris && reason is not null)
            {
                tp++;
            }
            else if (example.IsDebris)
            {
                fn++;
                output.WriteLine($"MISSED    {example}: {example.Text}\n          best: {Classifier.Explain(example.Text)}");
            }
            else if (reason is not null)
            {
                fp++;
                output.WriteLine($"FALSE HIT {example}: {example.Text}\n          {reason}");
            }
        }

        foreach (var file in examples.GroupBy(e => e.File))
        {
            var found = file.Count(e => e.IsDebris && Classifier.Classify(e.Text) is not null);
            var falseHits = file.Count(e => !e.IsDebris && Classifier.Classify(e.Text) is not null);
            output.WriteLine($"  {file.Key}: {file.Count()} examples, {file.Count(e => e.IsDebris)} debris; {found} found, {falseHits} false hits");
        }

        var precision = tp + fp == 0 ? 1 : (double)tp / (tp + fp);
        var recall = tp + fn == 0 ? 1 : (double)tp / (tp + fn);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"debris held-out set: {examples.Count} examples, {tp + fn} debris; precision {precision:0.000} ({tp}/{tp + fp}), recall {recall:0.000} ({tp}/{tp + fn})"));
        Assert.True(recall >= HeldOutRecallFloor, string.Create(CultureInfo.InvariantCulture, $"recall {recall:0.000} < {HeldOutRecallFloor}"));
        Assert.True(precision >= HeldOutPrecisionFloor, string.Create(CultureInfo.InvariantCulture, $"precision {precision:0.000} < {HeldOutPrecisionFloor}"));
    }

    private const double HeldOutRecallFloor = 0.77;
    private const double HeldOutPrecisionFloor = 0.97;
}
