using Limber.Dedupe;
using Limber.Diagnostics;
using Limber.Options;

namespace Limber.Tests.Dedupe;

public class DebrisClassifierTests
{
    private static readonly DebrisClassifier Defaults = DebrisClassifier.Create(new DebrisOptions()).Classifier;

    [Theory]
    [InlineData("×", "no words")]
    [InlineData("  * * *  ", "no words")]
    [InlineData("BACK TO TEXT", "back link")]
    [InlineData("↑ Back to top", "back link")]
    [InlineData("Next »", "navigation")]
    [InlineData("Home > Health > Back pain", "navigation")]
    [InlineData("Page 2 of 7", "navigation")]
    [InlineData("Share on Facebook | Twitter | Email", "navigation")]
    [InlineData("We use cookies to improve your experience. Accept all cookies", "cookie")]
    [InlineData("Subscribe to our newsletter for weekly tips delivered to your inbox.", "newsletter")]
    [InlineData("Order now and get free shipping on all foam rollers!", "product ad")]
    [InlineData("Use discount code BACK20 for 20% off your first order.", "product ad")]
    [InlineData("I am a science writer and a former Registered Massage Therapist.", "author bio")]
    [InlineData("Sherwin is a Medical Research Scientist and Author of the Low Back Pain Program.", "author bio")]
    [InlineData("© 2024 Healthy Backs Ltd. All rights reserved.", "copyright")]
    public void DefaultRulesSetDebrisAside(string line, string reasonStart)
    {
        var reason = Defaults.Classify(line);
        Assert.NotNull(reason);
        Assert.StartsWith(reasonStart, reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Sciatica is a condition your doctor can diagnose with a simple test.")]
    [InlineData("The hip is a very stable ball and socket joint.")]
    [InlineData("MRI and x-ray for low back pain are surprisingly unreliable,1 because bulging discs usually aren't a big deal.")]
    [InlineData("Next, lift your hips off the floor.")]
    [InlineData("A physical therapist can show you how to do this safely.")]
    [InlineData("Home exercises are as good as clinic sessions for most people.")]
    public void ContentIsNotDebris(string line) => Assert.Null(Defaults.Classify(line));

    [Fact]
    public void SiteOptionsCanAddDisableAndExemptRules()
    {
        var (classifier, diagnostics) = DebrisClassifier.Create(new DebrisOptions
        {
            Disable = ["bio"],
            Patterns = [new DebrisRuleOptions { Name = "sponsor", Reason = "sponsor line", Pattern = "^brought to you by" }],
            Allow = ["^×$"],
        });

        Assert.Empty(diagnostics);
        Assert.Equal("sponsor line", classifier.Classify("Brought to you by Acme Rollers"));
        Assert.Null(classifier.Classify("I am a science writer and a former Registered Massage Therapist."));
        Assert.Null(classifier.Classify("×"));
        Assert.Equal("back link", classifier.Classify("BACK TO TEXT"));
    }

    [Fact]
    public void WithoutDefaultsOnlyCustomRulesApply()
    {
        var (classifier, _) = DebrisClassifier.Create(new DebrisOptions
        {
            UseDefaults = false,
            Patterns = [new DebrisRuleOptions { Name = "x", Pattern = "^×$" }],
        });

        Assert.Equal("x", classifier.Classify("×"));
        Assert.Null(classifier.Classify("BACK TO TEXT"));
    }

    [Fact]
    public void BadPatternsAndUnknownRuleNamesAreWarnings()
    {
        var (classifier, diagnostics) = DebrisClassifier.Create(new DebrisOptions
        {
            Disable = ["nosuchrule"],
            Patterns = [new DebrisRuleOptions { Name = "broken", Pattern = "([unclosed" }, new DebrisRuleOptions { Name = "empty", Pattern = "" }],
        });

        Assert.Equal(3, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.DebrisPatternInvalid && d.Message.Contains("broken", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.DedupeOptionInvalid && d.Message.Contains("nosuchrule", StringComparison.Ordinal));
        Assert.Equal(DebrisClassifier.Defaults.Count, classifier.Rules.Count);
    }
}
