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
    [InlineData("Order now and get free shipping on all foam rollers!", "advertisement")]
    [InlineData("Use discount code BACK20 for 20% off your first order.", "advertisement")]
    [InlineData("I am a science writer and a former Registered Massage Therapist.", "author bio")]
    [InlineData("Sherwin is a Medical Research Scientist and Author of the Low Back Pain Program.", "author bio")]
    [InlineData("© 2024 Healthy Backs Ltd. All rights reserved.", "copyright")]
    [InlineData("Join 25,000 gardeners who get our planting calendar every Monday.", "newsletter")] // a counted crowd to join
    [InlineData("Most read  1. Ten cheap dinners  2. How to fix a dripping tap  3. Is renting better than buying?", "navigation")] // a label and numbered items
    public void DebrisIsSetAsideWithItsKind(string line, string reasonStart)
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
    [InlineData("Join the two ends of the band with a firm knot before you loop it around your ankles.")] // joining, no crowd counted
    public void ContentIsNotDebris(string line) => Assert.Null(Defaults.Classify(line));

    [Fact]
    public void TheReasonNamesTheKindTheScoreAndEachPieceOfEvidence()
    {
        var reason = Defaults.Classify("Maria Okafor, DPT, is a physical therapist who has practised in Leeds since 2009.");
        Assert.NotNull(reason);
        Assert.StartsWith("author bio (score ", reason, StringComparison.Ordinal);
        Assert.Contains("credentials DPT", reason, StringComparison.Ordinal);
        Assert.Contains("role 'therapist'", reason, StringComparison.Ordinal);
        Assert.Contains("career phrase", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AStoryAboutTheBodyIsNotABioEvenWithARole()
    {
        const string story = "I am a nurse, and after long shifts my lower back used to ache all night until I started walking at lunch.";
        Assert.Null(Defaults.Classify(story));
        Assert.Contains("a personal story about the body", Defaults.Explain(story), StringComparison.Ordinal);
        Assert.NotNull(Defaults.Classify("I am a nurse and certified yoga teacher, and the creator of this blog since 2015."));
    }

    [Fact]
    public void AQuotedExpertIsContent()
    {
        Assert.Null(Defaults.Classify("\"Most flare-ups settle in days,\" says Dr. Ana Ruiz, a physiatrist who has treated runners for 20 years."));
        Assert.NotNull(Defaults.Classify("Dr. Ana Ruiz is a physiatrist who has treated runners for 20 years."));
    }

    [Theory]
    [InlineData("Open Settings › Privacy › Location and turn off access for apps you don't use.")]
    [InlineData("Warm-up: 5 minutes brisk walking · 10 leg swings each side · 10 hip circles each way.")]
    [InlineData("Click File > Export > PDF, choose a folder and press Save.")]
    public void SeparatorsInsideSentencesAreNotNavigation(string line) => Assert.Null(Defaults.Classify(line));

    [Fact]
    public void AnAdNeedsMoreThanOneSignal()
    {
        Assert.Null(Defaults.Classify("A basic foam roller costs about $15, and you don't need the $80 vibrating kind."));
        Assert.Null(Defaults.Classify("Tired of soggy roast potatoes? Parboil them first and roast them in very hot fat."));
        var ad = Defaults.Classify("Tired of waking up stiff? The FlexiRest topper adapts to your spine. Try it risk-free for 100 nights.");
        Assert.NotNull(ad);
        Assert.StartsWith("advertisement", ad, StringComparison.Ordinal);
    }

    [Fact]
    public void SiteOptionsCanAddDisableAndExempt()
    {
        var (classifier, diagnostics) = DebrisClassifier.Create(new DebrisOptions
        {
            Disable = ["bio", "disclaimer"],
            Patterns = [new DebrisRuleOptions { Name = "sponsor", Reason = "sponsor line", Pattern = "^brought to you by" }],
            Allow = ["^×$"],
        });

        Assert.Empty(diagnostics);
        Assert.Equal("sponsor line", classifier.Classify("Brought to you by Acme Rollers"));
        Assert.Null(classifier.Classify("I am a science writer and a former Registered Massage Therapist."));
        Assert.Null(classifier.Classify("This information is not a substitute for professional medical advice."));
        Assert.Null(classifier.Classify("×"));
        Assert.StartsWith("back link", classifier.Classify("BACK TO TEXT"), StringComparison.Ordinal);
        Assert.DoesNotContain(DebrisCategory.Bio, classifier.Categories);
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
        Assert.Empty(classifier.Categories);
    }

    [Fact]
    public void BadPatternsAndUnknownKindNamesAreWarnings()
    {
        var (classifier, diagnostics) = DebrisClassifier.Create(new DebrisOptions
        {
            Disable = ["nosuchrule"],
            Patterns = [new DebrisRuleOptions { Name = "broken", Pattern = "([unclosed" }, new DebrisRuleOptions { Name = "empty", Pattern = "" }],
        });

        Assert.Equal(3, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.DebrisPatternInvalid && d.Message.Contains("broken", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.DedupeOptionInvalid && d.Message.Contains("nosuchrule", StringComparison.Ordinal) && d.Message.Contains("back-link", StringComparison.Ordinal));
        Assert.Equal(DebrisCategories.All.Count, classifier.Categories.Count);
    }

    [Fact]
    public void EveryKindHasANameSiteYmlAccepts()
    {
        foreach (var category in DebrisCategories.All)
        {
            Assert.Equal(category, DebrisCategories.Parse(category.Name()));
            Assert.False(string.IsNullOrWhiteSpace(category.Label()));
        }

        Assert.Null(DebrisCategories.Parse("rules"));
    }

    [Fact]
    public void TemplateTextIsFoundFromTheCorpus()
    {
        string[] lines =
        [
            "Written by Ann Lee | Updated May 2, 2024",
            "Written by Raj Patel | Updated June 9, 2023",
            "Written by Tom Berg | Updated March 30, 2025",
        ];
        var corpus = TemplateSkeletons.Build([.. lines.Select((l, i) => (TextNormalizer.Fold(l), $"sources/{i}.txt"))]);
        Assert.Equal((3, 3), corpus.Occurrences(TextNormalizer.Fold(lines[0])));
        var reason = Defaults.ClassifyFolded(TextNormalizer.Fold(lines[1]), corpus);
        Assert.NotNull(reason);
        Assert.Contains("skeleton occurs in 3 source files", reason, StringComparison.Ordinal);

        // A sentence with the same skeleton in several files but nothing else of debris about it is template text
        // only when it is seen in three or more files in three or more wordings.
        string[] facts = ["Rest for 2 days after the Smith test.", "Rest for 3 days after the Jones test."];
        var two = TemplateSkeletons.Build([.. facts.Select((l, i) => (TextNormalizer.Fold(l), $"sources/{i}.txt"))]);
        Assert.Null(Defaults.ClassifyFolded(TextNormalizer.Fold(facts[0]), two));
    }
}
