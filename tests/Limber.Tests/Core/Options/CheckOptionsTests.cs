using Limber.Diagnostics;
using Limber.Options;

namespace Limber.Tests.Core.Options;

public class CheckOptionsTests
{
    [Fact]
    public void SiteYmlCheckSectionAndSeverityOverridesParse()
    {
        var (options, diagnostics) = SiteOptionsParser.Parse("check:\n  citationNeeded: false\n  externalCacheHours: 48\nseverity:\n  LMB4020: off\n  LMB4003: error\n", "site.yml");
        Assert.Empty(diagnostics);
        Assert.False(options.Check.CitationNeeded);
        Assert.Equal(48, options.Check.ExternalCacheHours);
        Assert.True(options.Check.GlossaryLinks);
        var applied = options.Severities.Apply([
            Diagnostic.Warning(DiagnosticCodes.ClaimNeedsCitation, "claim"),
            Diagnostic.Warning(DiagnosticCodes.BibliographyUnusedEntry, "unused"),
        ]).ToList();
        Assert.Equal((DiagnosticCodes.BibliographyUnusedEntry, Severity.Error), (Assert.Single(applied).Code, applied[0].Severity));
    }
}
