using Limber.References.Text;

namespace Limber.Tests.References.Text;

public class MarkdownMaskTests
{
    [Fact]
    public void MaskHidesCodeButKeepsOffsets()
    {
        var md = "See `[@x]` and\n```\n[^1] [[Nope]]\n```\nreal [^2]";
        var masked = MarkdownMask.Mask(md);
        Assert.Equal(md.Length, masked.Length);
        Assert.DoesNotContain("@x", masked, StringComparison.Ordinal);
        Assert.DoesNotContain("[[Nope]]", masked, StringComparison.Ordinal);
        Assert.Contains("real [^2]", masked, StringComparison.Ordinal);
    }
}
