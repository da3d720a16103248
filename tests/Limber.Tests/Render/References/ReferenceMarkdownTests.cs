using Limber.Options;
using Limber.Pages;
using Limber.Pipeline;
using Limber.References;
using Limber.Render.References;
using Limber.Tests.Check;

namespace Limber.Tests.Render.References;

public class ReferenceMarkdownTests
{
    private static Site Site(params (string Path, string Text)[] files) =>
        new ReferencePagesStage().Run(new ReferencesStage().Run(CheckFixture.Ingest(files), new StageContext(new BuildOptions())).Site, new StageContext(new BuildOptions())).Site;

    private const string Refs = "- id: jensen1994\n  title: MRI of the lumbar spine in people without back pain\n  author: [{family: Jensen, given: Maureen C.}]\n  issued: {date-parts: [[1994]]}\n  DOI: 10.1056/NEJM199407143310201\n";
    private const string Glossary = "- term: Sciatica\n  definition: Leg pain along the sciatic nerve.\n- term: Disc herniation\n  aliases: [herniated disc]\n  definition: A disc whose centre pushes out.\n";

    [Fact]
    public void NumbersCitationsAndAddsAReferenceListAndBibliographyPage()
    {
        var site = Site(("references.yml", Refs), ("content/a.md", "---\ntitle: A\n---\nHalf had bulges [@jensen1994, p. 69]. Again [@jensen1994].\n"));
        var page = site.Pages.Single(p => p.Id == "a");
        var md = ReferenceMarkdown.Prepare(page, ReferenceContext.For(site, u => u));
        Assert.Contains("<sup class=\"citation\">[<a href=\"#ref-jensen1994\"", md, StringComparison.Ordinal);
        Assert.Contains(">1</a>, p. 69]</sup>", md, StringComparison.Ordinal);
        Assert.Contains("<li id=\"ref-jensen1994\">Jensen MC (1994).", md, StringComparison.Ordinal);
        Assert.Contains("href=\"/bibliography/#ref-jensen1994\"", md, StringComparison.Ordinal);
        Assert.StartsWith("Half had bulges <sup", md, StringComparison.Ordinal);
        var bibliography = Assert.Single(site.Pages, p => p.Id == "bibliography");
        Assert.Equal((PageKind.List, "bibliography/index.html"), (bibliography.Kind, bibliography.Destination));
    }

    [Fact]
    public void RewritesXrefAndWikiLinksAndLinksGlossaryTermsOnce()
    {
        var site = Site(
            ("glossary.yml", Glossary),
            ("content/a.md", "---\ntitle: A\n---\n# Sciatica\n\nSee [b](xref:b#part) and [[B page|the B page]]. Sciatica and a herniated disc; sciatica again. `sciatica`\n"),
            ("content/b.md", "---\ntitle: B page\n---\nx\n"));
        var md = ReferenceMarkdown.Prepare(site.Pages.Single(p => p.Id == "a"), ReferenceContext.For(site, u => "/base" + u));
        Assert.Contains("[b](/base/b/#part)", md, StringComparison.Ordinal);
        Assert.Contains("[the B page](/base/b/)", md, StringComparison.Ordinal);
        Assert.StartsWith("# Sciatica\n", md, StringComparison.Ordinal);
        Assert.Contains("[Sciatica](/base/glossary/#sciatica \"Leg pain along the sciatic nerve.\") and a [herniated disc](/base/glossary/#disc-herniation", md, StringComparison.Ordinal);
        Assert.Contains("; sciatica again. `sciatica`", md, StringComparison.Ordinal);
        Assert.Contains(site.Pages, p => p.Id == "glossary");
    }

    [Fact]
    public void MarksUnsourcedClaimsInClaimFoldersUnlessTurnedOff()
    {
        var site = Site(("content/a.md", "---\ntitle: A\n---\nUp to 85% of Americans have back pain. Walk daily.\n"));
        var page = site.Pages.Single(p => p.Id == "a");
        Assert.DoesNotContain("citation-needed", ReferenceMarkdown.Prepare(page, ReferenceContext.For(site, u => u)), StringComparison.Ordinal); // not a claim folder
        site = site with { Options = site.Options with { Check = new CheckOptions { ClaimFolders = ["content"] } } };
        Assert.Contains("back pain." + CitationNeededMark.Html + " Walk daily.", ReferenceMarkdown.Prepare(page, ReferenceContext.For(site, u => u)), StringComparison.Ordinal);
        var off = site with { Options = site.Options with { Check = new CheckOptions { ClaimFolders = ["content"], CitationNeeded = false } } };
        Assert.DoesNotContain("citation-needed", ReferenceMarkdown.Prepare(page, ReferenceContext.For(off, u => u)), StringComparison.Ordinal);
    }

    [Fact]
    public void PassagesLoseFootnoteDebrisAndGetTheMark()
    {
        var passage = new Passage("p", "sources/s.txt", 1, "MRI is surprisingly unreliable,1 because <b>discs</b> bulge. About 90% of patients improve. BACK TO TEXT");
        var html = PassageMarkup.Html(passage, new CheckOptions());
        Assert.Equal("MRI is surprisingly unreliable, because &lt;b&gt;discs&lt;/b&gt; bulge. About 90% of patients improve." + CitationNeededMark.Html, html);
    }

    [Fact]
    public void PassagesLinkGlossaryTermsOnFirstMentionPerPage()
    {
        var site = Site(("glossary.yml", Glossary), ("content/a.md", "---\ntitle: A\n---\nx\n"));
        var linker = new GlossaryLinker(ReferenceContext.For(site, u => u));
        var first = PassageMarkup.Html(new Passage("p1", "sources/s.txt", 1, "Sciatica & a herniated disc."), new CheckOptions(), linker);
        var second = PassageMarkup.Html(new Passage("p2", "sources/s.txt", 2, "More sciatica."), new CheckOptions(), linker);
        Assert.Equal("<a class=\"glossary-term\" href=\"/glossary/#sciatica\" title=\"Leg pain along the sciatic nerve.\">Sciatica</a> &amp; a <a class=\"glossary-term\" href=\"/glossary/#disc-herniation\" title=\"A disc whose centre pushes out.\">herniated disc</a>.", first);
        Assert.Equal("More sciatica.", second);
    }
}
