using System.Collections.Immutable;
using Limber.Extract;
using Limber.Ingest;
using Limber.Options;
using Limber.Pages;
using Limber.Pipeline;
using Limber.Tests.Testing;

namespace Limber.Tests.Extract;

/// <summary>Long topic pages are split into parts of <c>passagesPerPage</c> passages (site.yml); short ones never are.</summary>
public class TopicPaginationTests
{
    private static Passage PassageAt(int line) => new($"notes-l{line}", "sources/notes.txt", line, $"Passage number {line}.");

    private static Page Topic(int passages, out List<Passage> gathered)
    {
        gathered = [.. Enumerable.Range(1, passages).Select(PassageAt)];
        return new Page
        {
            Id = "hips",
            Kind = PageKind.Topic,
            Source = new SourceRef("topics/hips.md", 1),
            Destination = "topics/hips/index.html",
            FrontMatter = new FrontMatter { Title = "Hips", Description = "About hips.", Slug = "hips", RedirectFrom = ["/hip/"] },
            Body = "Authored text about hips.",
            Groups = [new PassageGroup("Authored", [PassageAt(99)])],
            Items = [new PageLink("Clamshell", "/exercises/clamshell/") { Section = "Exercises" }],
            Provenance = [new SourceRef("topics/hips.md", 1)],
        };
    }

    [Fact]
    public void AShortTopicIsOnePageWithoutPagination()
    {
        var page = Topic(3, out var gathered);
        foreach (var perPage in new[] { 3, 0 })
        {
            var single = Assert.Single(TopicPagination.Split(page, gathered, perPage));
            Assert.Null(single.Pagination);
            Assert.Equal(page.Destination, single.Destination);
            Assert.Equal(["Authored", ExtractStage.FromTheSources], single.Groups.Select(g => g.Heading));
            Assert.Equal([1, 2, 3], single.Groups[^1].Passages.Select(p => p.Line));
            Assert.Equal([new SourceRef("topics/hips.md", 1), new SourceRef("sources/notes.txt", 1, 1), new SourceRef("sources/notes.txt", 2, 1), new SourceRef("sources/notes.txt", 3, 1)], single.Provenance.ToArray());
        }

        // A topic that gathers nothing is left as it is: no empty "From the sources" heading.
        Assert.Same(page, Assert.Single(TopicPagination.Split(page, [], 3)));
        Assert.Null(page.Pagination);
    }

    [Fact]
    public void ALongTopicIsSplitIntoPartsUnderPageN()
    {
        var page = Topic(5, out var gathered);

        var parts = TopicPagination.Split(page, gathered, 2).ToList();

        Assert.Equal(["hips", "hips/page/2", "hips/page/3"], parts.Select(p => p.Id));
        Assert.Equal(["topics/hips/index.html", "topics/hips/page/2/index.html", "topics/hips/page/3/index.html"], parts.Select(p => p.Destination));
        Assert.Equal(["Hips", "Hips (page 2 of 3)", "Hips (page 3 of 3)"], parts.Select(p => p.Title));
        Assert.Equal([[1, 2], [3, 4], [5]], parts.Select(p => p.Groups.Single(g => g.Heading == ExtractStage.FromTheSources).Passages.Select(x => x.Line).ToArray()));
        Assert.All(parts, p => Assert.Equal(["/topics/hips/", "/topics/hips/page/2/", "/topics/hips/page/3/"], p.Pagination!.Urls.ToArray()));
        Assert.Equal([1, 2, 3], parts.Select(p => p.Pagination!.Number));
        Assert.Equal([null, "/topics/hips/", "/topics/hips/page/2/"], parts.Select(p => p.Pagination!.PreviousUrl));
        Assert.Equal(["/topics/hips/page/2/", "/topics/hips/page/3/", null], parts.Select(p => p.Pagination!.NextUrl));
        Assert.Equal([false, true, true], parts.Select(p => p.IsContinuation));
    }

    [Fact]
    public void PartOneKeepsThePageAndTheRestHoldOnlyTheirPassages()
    {
        var page = Topic(5, out var gathered);

        var parts = TopicPagination.Split(page, gathered, 2).ToList();

        var first = parts[0];
        Assert.Equal(page.Body, first.Body);
        Assert.Equal(page.Items.ToArray(), first.Items.ToArray());
        Assert.Equal(["Authored", ExtractStage.FromTheSources], first.Groups.Select(g => g.Heading));
        Assert.Equal([new SourceRef("topics/hips.md", 1), new SourceRef("sources/notes.txt", 1, 1), new SourceRef("sources/notes.txt", 2, 1)], first.Provenance.ToArray());
        Assert.Equal(["/hip/"], first.FrontMatter.RedirectFrom.ToArray());

        foreach (var part in parts.Skip(1))
        {
            Assert.False(part.HasBody);
            Assert.Empty(part.Items);
            Assert.Equal(PageKind.Topic, part.Kind);
            Assert.Equal(page.Source, part.Source);
            Assert.Equal("About hips.", part.FrontMatter.Description);
            Assert.Empty(part.FrontMatter.RedirectFrom); // a redirect belongs to the topic's address, which part 1 keeps
            Assert.Null(part.FrontMatter.Slug);
            Assert.Equal(part.Groups.SelectMany(g => g.Passages).Select(p => new SourceRef(p.File, p.Line, 1)).ToArray(), part.Provenance.ToArray());
        }

        // Every gathered passage is on exactly one part.
        Assert.Equal(gathered.Select(p => p.Id), parts.SelectMany(p => p.Groups.Where(g => g.Heading == ExtractStage.FromTheSources)).SelectMany(g => g.Passages).Select(p => p.Id));
    }

    [Fact]
    public void TheStageSplitsTheGeneralPageAndListsItOnce()
    {
        var prose = string.Join("\n", Enumerable.Range(1, 7).Select(i => $"Observation {i}: people describe stiffness that changes with the weather and with their sleep, case {i}."));
        var files = new (string, string)[]
        {
            ("site.yml", "passagesPerPage: 3\n"),
            ("sources/notes.txt", prose + "\n"),
            ("topics/sciatica.md", "---\ntitle: Sciatica\nmatch: [sciatica]\n---\nAbout sciatica.\n"),
        };
        var context = new StageContext(new BuildOptions());
        var ingested = new IngestStage(InMemoryInputStore.FromText(files)).Run(Site.Empty, context);
        Assert.Equal(3, ingested.Site.Options.PassagesPerPage);

        var site = new ExtractStage().Run(ingested.Site, context).Site;

        var general = site.Pages.Where(p => p.Destination.StartsWith("topics/general/", StringComparison.Ordinal)).OrderBy(p => p.Pagination!.Number).ToList();
        Assert.Equal(["topics/general/index.html", "topics/general/page/2/index.html", "topics/general/page/3/index.html"], general.Select(p => p.Destination));
        Assert.Equal(7, general.Sum(p => p.Groups.Sum(g => g.Passages.Length)));
        var index = site.Pages.Single(p => p.Destination == "topics/index.html");
        Assert.Equal(["/topics/sciatica/", "/topics/general/"], index.Items.Select(i => i.Url));
    }

    [Fact]
    public void PassagesPerPageDefaultsTo50()
    {
        Assert.Equal(50, SiteOptions.Default.PassagesPerPage);
        var (options, diagnostics) = SiteOptionsParser.Parse("passagesPerPage: 0\n", "site.yml");
        Assert.Empty(diagnostics);
        Assert.Equal(0, options.PassagesPerPage);
    }
}
