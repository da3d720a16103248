using Limber.Diagnostics;
using Limber.Tests.Testing;
using static Limber.Tests.Check.CheckFixture;

namespace Limber.Tests.Check.Footnotes;

public class FootnoteReturnLinksCheckTests
{
    [Fact]
    public void AReturnLinkInARawPassageIsReportedAtItsColumn()
    {
        var ds = RunCheck(("sources/web.txt", "First line.\nMRI is surprisingly unreliable,1 because discs bulge.\n“Any numbness?” BACK TO TEXT\nUp to 85% of Americans have back pain.\n"));
        Assert.Equal("sources/web.txt:3:17", Where(Assert.Single(OfCode(ds, DiagnosticCodes.FootnoteReturnLink))));
    }
}
