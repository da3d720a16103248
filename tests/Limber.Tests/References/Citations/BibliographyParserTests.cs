using Limber.Diagnostics;
using Limber.References.Citations;
using Limber.Tests.Testing;
using static Limber.Tests.Check.CheckFixture;

namespace Limber.Tests.References.Citations;

public class BibliographyParserTests
{
    [Fact]
    public void ReadsCslJsonToo()
    {
        var bib = BibliographyParser.Parse("""[{"id": "a", "title": "T", "author": [{"family": "Deyo", "given": "Richard A."}], "issued": {"date-parts": [[2001]]}, "DOI": "10.1056/NEJM200102013440508"}]""", "references.json");
        var entry = Assert.Single(bib.Entries);
        Assert.Empty(bib.Diagnostics);
        Assert.Equal(("a", "2001", "Deyo RA"), (entry.Id, entry.Year, entry.Authors[0]));
        Assert.Equal("https://doi.org/10.1056/NEJM200102013440508", entry.Link);
    }

    [Fact]
    public void ReportsEachProblemAtItsLine()
    {
        var ds = BibliographyParser.Parse(SampleReferences.Yaml, "references.yml").Diagnostics;
        var dup = Assert.Single(OfCode(ds, DiagnosticCodes.BibliographyDuplicateKey));
        Assert.Equal(("references.yml:12:7", Severity.Error), (Where(dup), dup.Severity));
        var incomplete = OfCode(ds, DiagnosticCodes.BibliographyEntryIncomplete).ToList();
        Assert.Equal(["references.yml:15:7", "references.yml:17:7"], incomplete.Select(Where));
        Assert.All(incomplete, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.Equal(["references.yml:21:8", "references.yml:22:8"], OfCode(ds, DiagnosticCodes.BibliographyMalformedLink).Select(Where));
    }
}
