using Limber.References.Citations;

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
}
