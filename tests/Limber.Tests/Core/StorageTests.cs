using System.Text;
using Limber.Pages;
using Limber.Text;

namespace Limber.Tests.Core;

/// <summary>The compact ways the page model holds big text: UTF-8 bodies and gzip-held output files.</summary>
public class StorageTests
{
    [Fact]
    public void APageBodyReadsBackExactlyIncludingNonAsciiText()
    {
        const string body = "Hüftbeuger – “hip flexor” stretch: hold 30 s ✓\n";
        var page = new Page { Id = "x", Kind = PageKind.Content, Source = new SourceRef("x.md"), Destination = "x/index.html", Body = body };

        Assert.Equal(body, page.Body);
        Assert.True(page.HasBody);
        Assert.False((page with { Body = "" }).HasBody);
    }

    [Fact]
    public void PagesWithTheSameBodyAreEqualAndADifferentBodyIsNot()
    {
        var a = new Page { Id = "x", Kind = PageKind.Content, Source = new SourceRef("x.md"), Destination = "x/index.html", Body = "one" };

        Assert.Equal(a, a with { Body = new string("one".ToCharArray()) });
        Assert.NotEqual(a, a with { Body = "two" });
        Assert.Equal(Utf8Text.From("abc").GetHashCode(), Utf8Text.From("abc").GetHashCode());
    }

    [Fact]
    public void ACompressibleOutputIsHeldAsGzipAndReadsBackItsBytes()
    {
        var html = string.Concat(Enumerable.Repeat("<li>Bridge: lift your hips, hold for five seconds.</li>\n", 100));

        var file = OutputFile.Compressible("exercises/index.html", html);

        Assert.NotNull(file.Gzip);
        Assert.True(file.Gzip!.Length < html.Length / 4);
        Assert.Equal(Encoding.UTF8.GetByteCount(html), file.Length);
        Assert.Equal(html, Encoding.UTF8.GetString(file.Content.Span));
        Assert.Equal(OutputFile.FromText("exercises/index.html", html), file);
    }

    [Theory]
    [InlineData("img/photo.png")]
    [InlineData("tiny.html")]
    public void BinaryAndTinyFilesAreHeldAsTheyAre(string path)
    {
        var text = path.EndsWith(".png", StringComparison.Ordinal) ? new string('x', 5000) : "<p>hi</p>";

        var file = OutputFile.Compressible(path, text);

        Assert.Null(file.Gzip);
        Assert.Equal(text, Encoding.UTF8.GetString(file.Content.Span));
    }
}
