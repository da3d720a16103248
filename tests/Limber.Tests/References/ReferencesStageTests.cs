using Limber.Diagnostics;
using Limber.Options;
using Limber.Pipeline;
using Limber.References;
using Limber.Tests.Check;

namespace Limber.Tests.References;

public class ReferencesStageTests
{
    private static StageResult Run(params (string Path, string Text)[] files) =>
        new ReferencesStage().Run(CheckFixture.Ingest(files), new StageContext(new BuildOptions()));

    [Fact]
    public void BrokenBibliographyIsAnError()
    {
        var ds = Run(("references.yml", "- id: a\n  title: [unclosed\n"), ("content/a.md", "x")).Diagnostics;
        Assert.Equal(DiagnosticCodes.BibliographyInvalid, Assert.Single(ds).Code);
    }

    [Fact]
    public void ReadsTheBibliographyAndGlossaryOnceIntoTheSite()
    {
        var site = Run(
            ("references.json", """[{"id": "a", "title": "T", "URL": "https://example.org/a"}]"""),
            ("glossary.yml", "- term: Sciatica\n  definition: Leg pain.\n")).Site;
        Assert.Equal(("references.json", "a"), (site.References.Bibliography.File, Assert.Single(site.References.Bibliography.Entries).Id));
        Assert.Equal(("glossary.yml", "Sciatica"), (site.References.Glossary.File, Assert.Single(site.References.Glossary.Entries).Term));
    }

    [Fact]
    public void WithoutFilesTheReferencesAreEmptyButNamed()
    {
        var site = Run(("content/a.md", "x")).Site;
        Assert.Empty(site.References.Bibliography.Entries);
        Assert.Equal(("references.yml", "glossary.yml"), (site.References.Bibliography.File, site.References.Glossary.File));
    }
}
