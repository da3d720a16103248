using Limber.Diagnostics;
using Limber.Tests.Testing;
using static Limber.Tests.Check.CheckFixture;

namespace Limber.Tests.Check.Footnotes;

public class FootnotesCheckTests
{
    [Fact]
    public void FootnotesUndefinedUnusedAndDuplicate()
    {
        var ds = RunCheck(("content/a.md", "---\ntitle: A\n---\nIntro text.[^1] and more[^2]\n\n[^1]: one\n[^1]: again\n[^3]: unused\n"));
        Assert.Equal("content/a.md:4:25", Where(Assert.Single(OfCode(ds, DiagnosticCodes.FootnoteUndefined))));
        Assert.Equal(Severity.Error, OfCode(ds, DiagnosticCodes.FootnoteUndefined).Single().Severity);
        Assert.Equal("content/a.md:7:1", Where(Assert.Single(OfCode(ds, DiagnosticCodes.FootnoteDuplicate))));
        var unused = Assert.Single(OfCode(ds, DiagnosticCodes.FootnoteUnused));
        Assert.Equal(("content/a.md:8:1", Severity.Warning), (Where(unused), unused.Severity));
    }
}
