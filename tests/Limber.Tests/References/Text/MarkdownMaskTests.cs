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

    [Fact]
    public void IndentedCodeIsMaskedButAListItemsContinuationIsNot()
    {
        var md = "Text.\n\n    pairs = [[\"a\", \"b\"]] [^3]\n\n- item\n\n    more of the item [[Soil]]\n";
        var masked = MarkdownMask.Mask(md);

        Assert.Equal(md.Length, masked.Length);
        Assert.DoesNotContain("pairs", masked, StringComparison.Ordinal);
        Assert.DoesNotContain("[^3]", masked, StringComparison.Ordinal);
        Assert.Contains("more of the item [[Soil]]", masked, StringComparison.Ordinal);
    }

    [Fact]
    public void ShortcodesAndWhatAPairedOneEnclosesAreMasked()
    {
        var md = "Intro {{< badge \"new\" >}} text.\n\n{{< config-toggle >}}\n[[beds.raised]]\nsize = 2\n{{< /config-toggle >}}\n\n{{% aside %}}Prose [[Soil]] stays.{{% /aside %}}\n";
        var masked = MarkdownMask.Mask(md);

        Assert.Equal(md.Length, masked.Length);
        Assert.DoesNotContain("badge", masked, StringComparison.Ordinal);
        Assert.DoesNotContain("[[beds.raised]]", masked, StringComparison.Ordinal);
        Assert.DoesNotContain("aside", masked, StringComparison.Ordinal);
        Assert.Contains("Prose [[Soil]] stays.", masked, StringComparison.Ordinal);
        Assert.Contains(" text.", masked, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{< / config-toggle >}}")]
    [InlineData("{{</config-toggle>}}")]
    [InlineData("{{<\n  /  config-toggle\n>}}")]
    public void APairClosesWithWhiteSpaceAroundTheSlashAndName(string closing)
    {
        var md = "{{< config-toggle >}}\n[[beds.raised]]\n" + closing + "\nAfter [[Soil]].\n";
        var masked = MarkdownMask.Mask(md);

        Assert.Equal(md.Length, masked.Length);
        Assert.DoesNotContain("[[beds.raised]]", masked, StringComparison.Ordinal);
        Assert.DoesNotContain("config-toggle", masked, StringComparison.Ordinal);
        Assert.Contains("After [[Soil]].", masked, StringComparison.Ordinal);
    }

    [Fact]
    public void AnotherShortcodesClosingTagDoesNotCloseThePair()
    {
        var md = "{{< config >}}\n[[a.b]]\n{{< /config-toggle >}}\n[[Soil]]\n";
        var masked = MarkdownMask.Mask(md);

        // No '{{< /config >}}': only the opening tag is masked, so the wiki links stay visible to the checks.
        Assert.Contains("[[a.b]]", masked, StringComparison.Ordinal);
        Assert.Contains("[[Soil]]", masked, StringComparison.Ordinal);
    }
}
