using Limber.Diagnostics;
using Limber.Tests.Testing;
using static Limber.Tests.Check.CheckFixture;

namespace Limber.Tests.Check.CrossLinks;

public class CrossRefsCheckTests
{
    [Fact]
    public void XrefAndWikiLinksResolveOrSuggest()
    {
        var ds = RunCheck(
            ("content/sciatica.md", "---\ntitle: Sciatica\n---\nSee [x](xref:sciatika) and [[Hip Pain]] and [[Piriformis]].\n"),
            ("content/hip-pain.md", "---\ntitle: Hip pain\n---\nx\n"),
            ("content/hip/pain.md", "---\ntitle: Hip pain\n---\nx\n"),
            ("content/piriformis.md", "---\ntitle: The piriformis\n---\nx\n"));
        var unknown = Assert.Single(OfCode(ds, DiagnosticCodes.XrefUnknown));
        Assert.Equal(("content/sciatica.md:4:14", Severity.Error), (Where(unknown), unknown.Severity));
        Assert.Contains("'sciatica'", unknown.Message, StringComparison.Ordinal);
        var ambiguous = Assert.Single(OfCode(ds, DiagnosticCodes.XrefAmbiguous));
        Assert.Equal("content/sciatica.md:4:30", Where(ambiguous));
        Assert.Contains("hip-pain", ambiguous.Message, StringComparison.Ordinal);
    }
}
