using Limber.Diagnostics;
using Limber.Tests.Testing;
using static Limber.Tests.Check.CheckFixture;

namespace Limber.Tests.Check.Citations;

public class UnusedBibliographyEntriesCheckTests
{
    [Fact]
    public void AnEntryNoPageCitesIsReportedAtItsId()
    {
        var ds = RunCheck(
            ("references.yml", SampleReferences.Yaml),
            ("content/a.md", "---\ntitle: A\n---\nKnown [@deyo2006; @notitle; @nolink; @badlinks].\nUnknown [@deyo2060].\n"));
        Assert.Equal("references.yml:9:7", Where(Assert.Single(OfCode(ds, DiagnosticCodes.BibliographyUnusedEntry))));
    }
}
