using Limber.Diagnostics;
using Limber.Tests.Testing;
using static Limber.Tests.Check.CheckFixture;

namespace Limber.Tests.Check.Claims;

public class UnsourcedClaimsCheckTests
{
    [Fact]
    public void ClaimsInRawPassagesPointAtTheTrigger()
    {
        var ds = RunCheck(("sources/web.txt", "First line.\nMRI is surprisingly unreliable,1 because discs bulge.\n“Any numbness?” BACK TO TEXT\nUp to 85% of Americans have back pain.\n"));
        var claim = Assert.Single(OfCode(ds, DiagnosticCodes.ClaimNeedsCitation));
        Assert.Equal(("sources/web.txt:4:7", Severity.Warning), (Where(claim), claim.Severity));
    }

    [Fact]
    public void ClaimsInPagesOfAClaimFolderPointAtTheTrigger()
    {
        var ds = RunCheck(
            ("site.yml", "check:\n  claimFolders: [content/facts]\n"),
            ("content/facts/a.md", "---\ntitle: A\n---\n# Facts\n\nWalk daily. One study found that walking helps.\n"),
            ("content/docs/cache.md", "---\ntitle: Cache\n---\nThe cache takes 25% of total memory.\n"));
        Assert.Equal("content/facts/a.md:6:13", Where(Assert.Single(OfCode(ds, DiagnosticCodes.ClaimNeedsCitation))));
    }

    [Fact]
    public void AuthoredPagesAreNotCheckedForClaimsByDefault()
    {
        var ds = RunCheck(("content/cache.md", "---\ntitle: Cache\n---\nThe cache takes 25% of total memory. One study found it fast.\n"));
        Assert.Empty(OfCode(ds, DiagnosticCodes.ClaimNeedsCitation));
    }
}
