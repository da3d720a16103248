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

    [Fact]
    public void AFoldersIndexUnderscoreIndexOrReadmeIsWrittenAtTheFoldersAddress()
    {
        var result = Ingest(InMemoryInputStore.FromText(
            ("content/index.md", "# Garden handbook\n"),
            ("content/beds/_index.md", "Raised beds."),
            ("content/tools/README.md", "Tools we use."),
            ("content/tools/readme-first.md", "A page whose name only starts like one."),
            ("content/seeds/index.md", "Seeds."),
            ("content/seeds/README.md", "A readme beside an index is an ordinary page.")));

        string DestinationOf(string file) => result.Site.Pages.Single(p => p.Source.File == file).Destination;
        Assert.Equal("index.html", DestinationOf("content/index.md"));
        Assert.Equal("beds/index.html", DestinationOf("content/beds/_index.md"));
        Assert.Equal("tools/index.html", DestinationOf("content/tools/README.md"));
        Assert.Equal("tools/readme-first/index.html", DestinationOf("content/tools/readme-first.md"));
        Assert.Equal("seeds/index.html", DestinationOf("content/seeds/index.md"));
        Assert.Equal("seeds/readme/index.html", DestinationOf("content/seeds/README.md"));
        Assert.Equal("Beds", result.Site.Pages.Single(p => p.Source.File == "content/beds/_index.md").Title); // the folder's name, not "Index"
    }

    [Fact]
    public void WithoutAFrontMatterTitleTheOpeningHeadingIsTheTitleAndIsNotKeptInTheBody()
    {
        var result = Ingest(InMemoryInputStore.FromText(
            ("content/watering.md", "# How often to water\n\nDaily in summer.\n"),
            ("content/titled.md", "---\ntitle: From front matter\n---\n# A heading that stays\n"),
            ("content/plain_notes.md", "No heading here.\n")));

        var watering = result.Site.Pages.Single(p => p.Source.File == "content/watering.md");
        Assert.Equal("How often to water", watering.Title);
        Assert.DoesNotContain("# How often", watering.Body.ToString());
        Assert.Contains("Daily in summer.", watering.Body.ToString());
        var titled = result.Site.Pages.Single(p => p.Source.File == "content/titled.md");
        Assert.Equal("From front matter", titled.Title);
        Assert.Contains("# A heading that stays", titled.Body.ToString());
        var plain = result.Site.Pages.Single(p => p.Source.File == "content/plain_notes.md");
        Assert.Equal("Plain notes", plain.Title);
        Assert.Equal("plain_notes/index.html", plain.Destination); // underscores kept, as Hugo and MkDocs keep them
    }

    [Fact]
    public void FilesBesideContentPagesAreCopiedToTheSamePlaceAndDotMarkdownFilesArePages()
    {
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0xFF, 0x00 }; // not UTF-8: read as bytes, never as text
        var store = new InMemoryInputStore(new Dictionary<string, byte[]>
        {
            ["content/beds/index.md"] = "![A bed](bed.png)"u8.ToArray(),
            ["content/beds/bed.png"] = png,
            ["content/notes.markdown"] = "# Notes\n"u8.ToArray(),
        });

        var result = Ingest(store);

        Assert.Empty(result.Diagnostics);
        var copied = Assert.Single(result.Site.StaticFiles);
        Assert.Equal("beds/bed.png", copied.Path);
        Assert.Equal(png, copied.Content.ToArray());
        Assert.Equal("notes/index.html", result.Site.Pages.Single(p => p.Source.File == "content/notes.markdown").Destination);
    }

    [Fact]
    public void DraftsAreLeftOutUnlessAskedFor()
    {
        var store = InMemoryInputStore.FromText(("content/ready.md", "# Ready\n"), ("content/wip.md", "+++\ndraft = true\n+++\n# Not yet\n"));

        var built = Ingest(store);
        Assert.DoesNotContain(built.Site.Pages, p => p.Source.File == "content/wip.md");
        Assert.Equal(DiagnosticCodes.DraftsLeftOut, Assert.Single(built.Diagnostics).Code);

        var withDrafts = new IngestStage(store).Run(Site.Empty, new StageContext(new BuildOptions { IncludeDrafts = true }));
        Assert.Contains(withDrafts.Site.Pages, p => p.Source.File == "content/wip.md" && p.Title == "Not yet");
        Assert.Empty(withDrafts.Diagnostics);
    }

    [Fact]
    public void AnUnknownFieldOnManyPagesIsOneWarningAtTheFirst()
    {
        var result = Ingest(InMemoryInputStore.FromText(
            ("content/a.md", "---\ntitle: A\nmood: calm\n---\n"),
            ("content/b.md", "---\ntitle: B\nmood: busy\nshade: full\n---\n"),
            ("content/c.md", "+++\ntitle = \"C\"\nmood = \"wet\"\n+++\n")));

        var warnings = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.FrontMatterUnknownField).ToList();
        Assert.Equal(2, warnings.Count);
        var mood = Assert.Single(warnings, d => d.Message.Contains("'mood'"));
        Assert.Equal(("content/a.md", 3), (mood.File, mood.Line));
        Assert.Contains("3 pages have it", mood.Message);
        Assert.DoesNotContain("pages have it", Assert.Single(warnings, d => d.Message.Contains("'shade'")).Message);
    }
}
