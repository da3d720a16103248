using System.Text;
using Limber.Text;

namespace Limber.Tests.Core.Text;

public class Utf8TextTests
{
    [Theory]
    [InlineData("")]
    [InlineData("Hip hinge")]
    [InlineData("Étirement — 背中 😀")]
    public void TextComesBackAsItWentInAndItsBytesAreItsUtf8(string text)
    {
        var utf8 = Utf8Text.From(text);

        Assert.Equal(text, utf8.ToString());
        Assert.Equal(Encoding.UTF8.GetBytes(text), utf8.AsUtf8().ToArray());
        Assert.Equal(Encoding.UTF8.GetByteCount(text), utf8.ByteCount);
        Assert.Equal(utf8, Utf8Text.From(("front matter\n" + text).AsSpan(13))); // a span of a longer text, encoded in place
    }

    [Fact]
    public void TextsCompareByContent()
    {
        Assert.Equal(Utf8Text.From("same"), Utf8Text.From("same"));
        Assert.Equal(Utf8Text.From("same").GetHashCode(), Utf8Text.From("same").GetHashCode());
        Assert.NotEqual(Utf8Text.From("same"), Utf8Text.From("other"));
    }

    [Fact]
    public void RecordsHoldingTextCanBeWrittenAsJsonAsTheBuildCacheKeysAre()
    {
        // PageKey writes a page as JSON; a public span property on the text would make every cached build fail.
        var page = new Limber.Pages.Page { Id = "p", Kind = Limber.Pages.PageKind.Content, Source = new Limber.Pages.SourceRef("content/p.md"), Destination = "p/index.html", Body = "Body text" };

        var json = System.Text.Json.JsonSerializer.Serialize(page);

        Assert.Contains("\"Id\":\"p\"", json);
        Assert.Equal(Limber.Pipeline.PageKey.Of(page), Limber.Pipeline.PageKey.Of(page with { }));
    }
}
