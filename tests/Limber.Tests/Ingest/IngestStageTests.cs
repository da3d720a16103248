using Limber.Diagnostics;
using Limber.Ingest;
using Limber.Options;
using Limber.Pages;
using Limber.Pipeline;
using Limber.Tests.Testing;

namespace Limber.Tests.Ingest;

public class IngestStageTests
{
    private static StageResult Ingest(InMemoryInputStore store) =>
        new IngestStage(store).Run(Site.Empty, new StageContext(new BuildOptions()));

    [Fact]
    public void SplitsSourcesIntoOnePassagePerNonBlankLineWithPhysicalLineNumbers()
    {
        var result = Ingest(InMemoryInputStore.FromText(("sources/back.txt", "first\n\n  \nsecond\r\nthird")));

        Assert.Equal([1, 4, 5], result.Site.Passages.Select(p => p.Line));
        Assert.Equal(["first", "second", "third"], result.Site.Passages.Select(p => p.Text));
        Assert.Equal("back-l4", result.Site.Passages[1].Id);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void ReadsFrontMatterIntoTypedFields()
    {
        var result = Ingest(InMemoryInputStore.FromText(("content/about.md", "---\ntitle: About\ntags: [a, b]\norder: 3\n---\n# Hi\n")));

        var page = Assert.Single(result.Site.Pages, p => p.Kind == PageKind.Content);
        Assert.Equal("About", page.Title);
        Assert.Equal(["a", "b"], page.FrontMatter.Tags.ToArray());
        Assert.Equal(3, page.FrontMatter.Order);
        Assert.Equal("about/index.html", page.Destination);
        Assert.Equal(6, page.BodyLine);
    }

    [Fact]
    public void WithoutAnIndexPageAHomePageListsTheTopLevelPages()
    {
        var result = Ingest(InMemoryInputStore.FromText(("sources/notes.txt", "a passage")));

        var home = Assert.Single(result.Site.Pages, p => p.Destination == "index.html");
        Assert.Equal(["/sources/"], home.Items.Select(i => i.Url));
        Assert.Contains(result.Site.Pages, p => p.Destination == "sources/notes/index.html" && p.Kind == PageKind.Source);
    }

    [Fact]
    public void BrokenYamlIsAnErrorAtItsLineAndOtherFilesAreStillRead()
    {
        var result = Ingest(InMemoryInputStore.FromText(
            ("content/a.md", "---\ntitle: ok\ntags: [unclosed\n---\nbody"),
            ("content/b.md", "---\ntitle: B\n---\nbody")));

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.FrontMatterInvalid, d.Code);
        Assert.Equal("content/a.md", d.File);
        Assert.InRange(d.Line, 3, 5);
        Assert.Contains(result.Site.Pages, p => p.Title == "B");
    }

    [Fact]
    public void NonUtf8FileIsAnErrorNamingItsLine()
    {
        var bytes = "line one\nline \xE9two"u8.ToArray();
        bytes[14] = 0xE9;
        var store = new InMemoryInputStore(new Dictionary<string, byte[]>
        {
            ["sources/latin1.txt"] = bytes,
            ["sources/good.txt"] = "fine"u8.ToArray(),
        });

        var result = Ingest(store);

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.FileNotUtf8, d.Code);
        Assert.Equal("sources/latin1.txt", d.File);
        Assert.Equal(2, d.Line);
        Assert.Single(result.Site.Passages);
    }

    [Fact]
    public void FileOverTheSizeLimitIsRefused()
    {
        var store = InMemoryInputStore.FromText(("site.yml", "maxFileSizeMb: 1"), ("sources/huge.txt", new string('a', (1024 * 1024) + 10)), ("sources/small.txt", "ok"));

        var result = Ingest(store);

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.FileTooLarge, d.Code);
        Assert.Equal("sources/huge.txt", d.File);
        Assert.Equal(["ok"], result.Site.Passages.Select(p => p.Text));
    }

    [Fact]
    public void MissingAndEmptyInputFoldersAreErrors()
    {
        Assert.Equal(DiagnosticCodes.InputMissing, Assert.Single(Ingest(new InMemoryInputStore(new Dictionary<string, byte[]>(), exists: false)).Diagnostics).Code);
        Assert.Equal(DiagnosticCodes.InputEmpty, Assert.Single(Ingest(InMemoryInputStore.FromText()).Diagnostics).Code);
    }

    [Fact]
    public void UnknownSiteSettingIsAnErrorWithItsLine()
    {
        var result = Ingest(InMemoryInputStore.FromText(("site.yml", "title: T\ntitel: typo\n"), ("sources/a.txt", "x")));

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.SiteOptionsUnknownField, d.Code);
        Assert.Equal(2, d.Line);
    }
}
