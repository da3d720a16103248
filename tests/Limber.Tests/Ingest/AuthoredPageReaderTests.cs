using System.Collections.Immutable;
using Limber.Diagnostics;
using Limber.Ingest;
using Limber.Pages;

namespace Limber.Tests.Ingest;

public class AuthoredPageReaderTests
{
    private static Page Read(string file, string text, PageKind kind = PageKind.Content, bool folderPage = false) =>
        new AuthoredPageReader().Read(file, text, kind, ImmutableArray.CreateBuilder<Diagnostic>(), folderPage);

    [Theory]
    [InlineData("content/guide/Raised Beds.md", "", false, "guide/raised-beds/index.html", "guide/raised-beds")]
    [InlineData("content/guide/_index.md", "", true, "guide/index.html", "guide/index")]
    [InlineData("content/index.md", "", true, "index.html", "home")]
    [InlineData("content/guide/soil.md", "---\nslug: /dirt\n---\n", false, "dirt/index.html", "guide/soil")]
    [InlineData("content/guide/soil.md", "---\nslug: index\n---\n", false, "guide/index.html", "guide/soil")]
    public void WhereAPageIsWrittenAndItsDefaultId(string file, string text, bool folderPage, string destination, string id)
    {
        var page = Read(file, text, folderPage: folderPage);
        Assert.Equal(destination, page.Destination);
        Assert.Equal(id, page.Id);
    }

    [Fact]
    public void ATitleComesFromFrontMatterThenTheOpeningHeadingThenTheName()
    {
        Assert.Equal("Set", Read("content/a.md", "---\ntitle: Set\n---\n# Heading\n").Title);
        Assert.Equal("Heading", Read("content/a.md", "# Heading\n\nText.\n").Title);
        Assert.Equal("Compost heaps", Read("content/compost-heaps.md", "Text.\n").Title);
        Assert.Equal("Raised beds", Read("content/raised_beds/_index.md", "Text.\n", folderPage: true).Title);
    }

    [Fact]
    public void ATopicIsWrittenUnderTopicsAndKeepsItsHeading()
    {
        var topic = Read("topics/Hip Pain.md", "# Hip pain\n", PageKind.Topic);

        Assert.Equal("topics/hip-pain/index.html", topic.Destination);
        Assert.Equal("hip-pain", topic.Id);
        Assert.Contains("# Hip pain", topic.Body.ToString(), StringComparison.Ordinal);
    }
}
