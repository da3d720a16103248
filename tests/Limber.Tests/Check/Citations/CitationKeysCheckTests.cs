using Limber.Diagnostics;
using Limber.Tests.Testing;
using static Limber.Tests.Check.CheckFixture;

namespace Limber.Tests.Check.Citations;

public class CitationKeysCheckTests
{
    [Fact]
    public void UnknownKeysAreErrorsWithTheNearestKeys()
    {
        var ds = RunCheck(
            ("references.yml", SampleReferences.Yaml),
            ("content/a.md", "---\ntitle: A\n---\nKnown [@deyo2006; @notitle; @nolink; @badlinks].\nUnknown [@deyo2060].\n"));
        var undefined = Assert.Single(OfCode(ds, DiagnosticCodes.CitationUndefined));
        Assert.Equal(("content/a.md:5:10", Severity.Error), (Where(undefined), undefined.Severity));
        Assert.Contains("did you mean @deyo2006", undefined.Message, StringComparison.Ordinal);
    }
}
