using System.Collections.Immutable;
using Limber.Diagnostics;
using Limber.Options;
using Limber.Pages;
using Limber.Pipeline;
using Limber.Tests.Testing;
using Limber.Write;

namespace Limber.Tests.Write;

/// <summary>
/// The search indexer (Pagefind in a real build) runs inside the write stage over the new site before it replaces the
/// old one, and what it writes is committed with the rest: the live output never holds a half-written index, and an
/// index file that collides with a file of the site is a conflict like any other. Both write paths: on its own over
/// the whole site (preview) and streamed behind a producer (a full build).
/// </summary>
public class SiteIndexerTests
{
    /// <summary>Records what it saw in the site folder and what the live output held meanwhile, and writes an index file.</summary>
    private sealed class RecordingIndexer(string liveOutput, Diagnostic? unavailable = null, string indexPath = "pagefind/index.js", int maxPages = int.MaxValue) : ISiteIndexer
    {
        public string? Folder { get; private set; }

        public int? PagesAsked { get; private set; }

        public bool AskedWhyNot { get; private set; }

        public bool Indexes(int pages)
        {
            PagesAsked = pages;
            return pages <= maxPages;
        }

        public Dictionary<string, string> Seen { get; } = new(StringComparer.Ordinal);

        public string? LiveHome { get; private set; }

        public Diagnostic? Unavailable()
        {
            AskedWhyNot = true;
            return unavailable;
        }

        public SiteIndex Index(string siteFolder, CancellationToken cancellationToken)
        {
            Folder = siteFolder;
            foreach (var file in Directory.EnumerateFiles(siteFolder, "*.html", SearchOption.AllDirectories))
            {
                Seen[Path.GetRelativePath(siteFolder, file).Replace('\\', '/')] = File.ReadAllText(file);
            }

            var home = Path.Combine(liveOutput, "index.html");
            LiveHome = File.Exists(home) ? File.ReadAllText(home) : null;
            var index = Path.Combine(siteFolder, indexPath.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(index)!);
            File.WriteAllText(index, "index of " + string.Join(",", Seen.Keys.Order(StringComparer.Ordinal)));
            return new SiteIndex([indexPath], null);
        }
    }

    private sealed class Producer(ImmutableArray<OutputFile> files) : IOutputProducer
    {
        public StageResult Run(Site site, StageContext context) => Run(site, context, f => f);

        public StageResult Run(Site site, StageContext context, Func<OutputFile, OutputFile> emit) => new(site with { Outputs = [.. files.Select(emit)] }, []);
    }

    private static Site SiteOf(params (string Path, string Text)[] files) => Site.Empty with { Outputs = [.. files.Select(f => OutputFile.FromText(f.Path, f.Text))] };

    private static Site WithPages(Site site, params string[] destinations) => site with
    {
        Pages = [.. destinations.Select(d => new Page { Id = d, Kind = PageKind.Content, Source = new SourceRef("content/" + d), Destination = d })],
    };

    private static ImmutableArray<Diagnostic> Write(Site site, TempDirectory temp, ISiteIndexer indexer, bool streamed)
    {
        var context = new StageContext(new BuildOptions { InputDirectory = temp.Combine("in"), OutputDirectory = temp.Combine("out") });
        var stage = new WriteStage(new DiskOutputStore(temp.Combine("out")), indexer);
        return streamed
            ? new SitePipeline([new Producer(site.Outputs), stage]).Run(site with { Outputs = [] }, context).Diagnostics
            : stage.Run(site, context).Diagnostics;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TheIndexerReadsTheNewSiteBeforeItReplacesTheOldOneAndItsFilesAreCommittedWithIt(bool streamed)
    {
        using var temp = new TempDirectory();
        var first = new RecordingIndexer(temp.Combine("out"));
        Assert.Empty(Write(SiteOf(("index.html", "home 1"), ("a/index.html", "a"), ("style.css", "css")), temp, first, streamed));

        Assert.NotEqual(temp.Combine("out"), first.Folder); // a new folder is indexed where it is staged
        Assert.Null(first.LiveHome);
        Assert.Equal("index of a/index.html,index.html", File.ReadAllText(temp.Combine("out", "pagefind", "index.js")));

        temp.Write("out/pagefind/stale-fragment.pf", "from an earlier index");
        var second = new RecordingIndexer(temp.Combine("out"));
        Assert.Empty(Write(SiteOf(("index.html", "home 2"), ("a/index.html", "a"), ("b/index.html", "b")), temp, second, streamed));

        Assert.Equal("home 2", second.Seen["index.html"]); // the changed page as it will be
        Assert.Equal("a", second.Seen["a/index.html"]); // the unchanged one from the output folder
        Assert.Equal("home 1", second.LiveHome); // while the live site still held the old page
        Assert.Equal("index of a/index.html,b/index.html,index.html", File.ReadAllText(temp.Combine("out", "pagefind", "index.js")));
        Assert.False(File.Exists(temp.Combine("out", "pagefind", "stale-fragment.pf")));
        Assert.False(Directory.Exists(second.Folder)); // the scratch copy is gone
        Assert.Equal(["out"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AnIndexFileCollidingWithASiteFileIsAConflictAndTheLastGoodSiteStays(bool streamed)
    {
        using var temp = new TempDirectory();
        Assert.Empty(Write(SiteOf(("index.html", "home 1")), temp, new RecordingIndexer(temp.Combine("out")), streamed));

        var diagnostics = Write(SiteOf(("index.html", "home 2"), ("pagefind/index.js", "a static file")), temp, new RecordingIndexer(temp.Combine("out")), streamed);

        Assert.Equal(DiagnosticCodes.OutputPathConflict, Assert.Single(diagnostics).Code);
        Assert.Equal("home 1", File.ReadAllText(temp.Combine("out", "index.html")));
        Assert.Equal(["out"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
        Assert.Empty(Directory.GetFiles(temp.Combine("out"), "*.tmp-*", SearchOption.AllDirectories));
    }

    [Fact]
    public void AnIndexerThatCannotRunIsAWarningAndTheSiteIsWrittenWithoutIt()
    {
        using var temp = new TempDirectory();
        var why = Diagnostic.Warning(DiagnosticCodes.SearchIndexSkipped, "search indexing skipped: Node.js (node) not found on PATH");
        var indexer = new RecordingIndexer(temp.Combine("out"), unavailable: why);

        var diagnostics = Write(SiteOf(("index.html", "home")), temp, indexer, streamed: true);

        Assert.Equal(why, Assert.Single(diagnostics));
        Assert.Null(indexer.Folder);
        Assert.Equal("home", File.ReadAllText(temp.Combine("out", "index.html")));
        Assert.False(Directory.Exists(temp.Combine("out", "pagefind")));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AnIndexerThatDoesNotIndexASiteOfThisSizeIsNotRunAndTheSiteIsWrittenWithoutAWarning(bool streamed)
    {
        using var temp = new TempDirectory();
        var why = Diagnostic.Warning(DiagnosticCodes.SearchIndexSkipped, "search indexing skipped: Node.js (node) not found on PATH");
        var indexer = new RecordingIndexer(temp.Combine("out"), unavailable: why, maxPages: 2);

        var three = WithPages(SiteOf(("index.html", "home"), ("a/index.html", "a"), ("b/index.html", "b"), ("old/index.html", "moved to /a/"), ("style.css", "css")), "index.html", "a/index.html", "b/index.html");
        var diagnostics = Write(three, temp, indexer, streamed);

        Assert.Empty(diagnostics); // not even the warning it would give if asked why it cannot run
        Assert.Equal(3, indexer.PagesAsked); // the site's pages, not its HTML files (old/ only redirects)
        Assert.False(indexer.AskedWhyNot);
        Assert.Null(indexer.Folder);
        Assert.Equal("home", File.ReadAllText(temp.Combine("out", "index.html")));
        Assert.False(Directory.Exists(temp.Combine("out", "pagefind")));

        var small = new RecordingIndexer(temp.Combine("out"), maxPages: 3);
        Assert.Empty(Write(three, temp, small, streamed));
        Assert.NotNull(small.Folder);
        Assert.True(File.Exists(temp.Combine("out", "pagefind", "index.js")));
    }
}
