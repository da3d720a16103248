using Limber.Diagnostics;

namespace Limber.Tests.Core.Diagnostics;

public class DiagnosticTests
{
    [Fact]
    public void FormatsLikeACompiler()
    {
        var d = Diagnostic.Error("LMB1010", "bad yaml", "content/a.md", 12, 5);

        Assert.Equal("input/content/a.md(12,5): error LMB1010: bad yaml", d.Format(f => "input/" + f));
        Assert.Equal("warning LMB1002: folder-level", Diagnostic.Warning("LMB1002", "folder-level").Format());
    }

    [Fact]
    public void EveryDiagnosticCodeIsUniqueAndWellFormed()
    {
        var codes = typeof(DiagnosticCodes).GetFields().Select(f => (string)f.GetValue(null)!).ToList();

        Assert.All(codes, c => Assert.Matches(@"^LMB\d{4}$", c));
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }
}
