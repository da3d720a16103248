using Limber.Diagnostics;
using Limber.Tests.Testing;
using static Limber.Tests.Check.CheckFixture;

namespace Limber.Tests.Check.Footnotes;

public class DanglingFootnoteDigitsCheckTests
{
    [Fact]
    public void DigitsInARawPassageAreReportedAtTheirColumn()
    {
        var ds = RunCheck(("sources/web.txt", "First line.\nMRI is surprisingly unreliable,1 because discs bulge.\n“Any numbness?” BACK TO TEXT\nUp to 85% of Americans have back pain.\n"));
        var digit = Assert.Single(OfCode(ds, DiagnosticCodes.DanglingFootnoteDigit));
        Assert.Equal(("sources/web.txt:2:32", Severity.Warning), (Where(digit), digit.Severity));
    }
}
