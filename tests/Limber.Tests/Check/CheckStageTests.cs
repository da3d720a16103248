using static Limber.Tests.Check.CheckFixture;

namespace Limber.Tests.Check;

/// <summary>The stage as a whole; each rule's own tests are under Check/&lt;Feature&gt;/.</summary>
public class CheckStageTests
{
    [Fact]
    public void ValidInputHasNoDiagnostics()
    {
        var ds = RunCheck(
            ("references.yml", "- id: deyo2006\n  title: Back pain\n  DOI: 10.1097/01.brs.0000231761.73859.2c\n"),
            ("content/a.md", "---\ntitle: A\n---\nUp to 85% of Americans have back pain [@deyo2006, p. 4].[^1]\n\nSee [[B page]] and [b](xref:b).\n\n[^1]: A note.\n"),
            ("content/b.md", "---\ntitle: B page\n---\nCode `[^9] [@nope] [[Nope]]` is ignored.\n\n```\n[^7]\n```\n"),
            ("sources/s.txt", "Put a 20- to 36-inch box behind you. With a mangled T12 vertebrae.\n"));
        Assert.Empty(ds.Select(d => d.Format()));
    }
}
