using Limber.Diagnostics;
using static Limber.Tests.Check.CheckFixture;

namespace Limber.Tests.Check.Shortcodes;

public class ShortcodesCheckTests
{
    [Fact]
    public void EachNameIsReportedOnceAtItsFirstUseWithHowOftenItIsUsed()
    {
        var ds = OfCode(RunCheck(
            ("content/b.md", "---\ntitle: B\n---\nText {{< video id=\"1\" >}}.\n\n{{% note %}}\nx\n{{% /note %}}\n"),
            ("content/a.md", "---\ntitle: A\n---\n# A\n\nFirst {{< video id=\"2\" >}} and {{< video id=\"3\" >}}.\n")), DiagnosticCodes.ShortcodeUnsupported).ToList();
        Assert.Equal(2, ds.Count);
        Assert.Equal(("content/a.md:6:7", Severity.Warning), (Where(ds[0]), ds[0].Severity));
        Assert.Contains("'{{< video >}}'", ds[0].Message, StringComparison.Ordinal);
        Assert.Contains("used 3 times in 2 pages", ds[0].Message, StringComparison.Ordinal);
        Assert.Equal("content/b.md:6:1", Where(ds[1]));
        Assert.Contains("'{{% note %}}'", ds[1].Message, StringComparison.Ordinal);
        Assert.Contains("used once", ds[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShortcodesInCodeReferencesAndEscapedOnesAreNotReported() =>
        Assert.Empty(OfCode(RunCheck(
            ("content/a.md", "---\ntitle: A\n---\n```\n{{< video >}}\n```\n\n    {{< video >}}\n\n`{{< video >}}` [x]({{< ref \"b.md\" >}}) {{</* video */>}}\n"),
            ("content/b.md", "---\ntitle: B\n---\nB.\n")), DiagnosticCodes.ShortcodeUnsupported));
}
