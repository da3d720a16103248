using Limber.Diagnostics;
using static Limber.Tests.Check.CheckFixture;

namespace Limber.Tests.Check;

public class CheckStageTests
{
    private const string References = """
        - id: deyo2006
          title: Back pain prevalence and visit rates
          author:
            - family: Deyo
              given: Richard A.
          issued:
            date-parts: [[2006]]
          DOI: 10.1097/01.brs.0000231761.73859.2c
        - id: unused2001
          title: Never cited
          URL: https://example.org/never
        - id: deyo2006
          title: Duplicate
          URL: https://example.org/dup
        - id: notitle
          URL: https://example.org/x
        - id: nolink
          title: Nowhere to find it
        - id: badlinks
          title: Bad links
          DOI: 10.12/x
          URL: not a url
        """;

    private static IEnumerable<Diagnostic> OfCode(IEnumerable<Diagnostic> ds, string code) => ds.Where(d => d.Code == code);

    [Fact]
    public void ValidInputHasNoDiagnostics()
    {
        var ds = RunCheck(
            ("references.yml", "- id: deyo2006\n  title: Back pain\n  DOI: 10.1097/01.brs.0000231761.73859.2c\n"),
            ("content/a.md", "---\ntitle: A\n---\nUp to 85% of Americans have back pain [@deyo2006, p. 4].[^1]\n\nSee [[B page]] and [b](xref:b).\n\n[^1]: A note.\n"),
            ("content/b.md", "---\ntitle: B page\n---\nCode `[^9] [@nope] [[Nope]]` is ignored.\n\n```\n[^7]\n```\n"),
            ("sources/s.txt", "Put a 20- to 36-inch box behind you. With a mangled T12 vertebrae.\n"));
        Assert.Empty(ds.Select(d => d.Format()));
    }

    [Fact]
    public void FootnotesUndefinedUnusedAndDuplicate()
    {
        var ds = RunCheck(("content/a.md", "---\ntitle: A\n---\nIntro text.[^1] and more[^2]\n\n[^1]: one\n[^1]: again\n[^3]: unused\n"));
        Assert.Equal("content/a.md:4:25", Where(Assert.Single(OfCode(ds, DiagnosticCodes.FootnoteUndefined))));
        Assert.Equal(Severity.Error, OfCode(ds, DiagnosticCodes.FootnoteUndefined).Single().Severity);
        Assert.Equal("content/a.md:7:1", Where(Assert.Single(OfCode(ds, DiagnosticCodes.FootnoteDuplicate))));
        var unused = Assert.Single(OfCode(ds, DiagnosticCodes.FootnoteUnused));
        Assert.Equal(("content/a.md:8:1", Severity.Warning), (Where(unused), unused.Severity));
    }

    [Fact]
    public void CitationsAndBibliography()
    {
        var ds = RunCheck(
            ("references.yml", References),
            ("content/a.md", "---\ntitle: A\n---\nKnown [@deyo2006; @notitle; @nolink; @badlinks].\nUnknown [@deyo2060].\n"));
        var undefined = Assert.Single(OfCode(ds, DiagnosticCodes.CitationUndefined));
        Assert.Equal(("content/a.md:5:10", Severity.Error), (Where(undefined), undefined.Severity));
        Assert.Contains("did you mean @deyo2006", undefined.Message, StringComparison.Ordinal);
        var dup = Assert.Single(OfCode(ds, DiagnosticCodes.BibliographyDuplicateKey));
        Assert.Equal(("references.yml:12:7", Severity.Error), (Where(dup), dup.Severity));
        Assert.Equal("references.yml:9:7", Where(Assert.Single(OfCode(ds, DiagnosticCodes.BibliographyUnusedEntry))));
        var incomplete = OfCode(ds, DiagnosticCodes.BibliographyEntryIncomplete).ToList();
        Assert.Equal(["references.yml:15:7", "references.yml:17:7"], incomplete.Select(Where));
        Assert.All(incomplete, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.Equal(["references.yml:21:8", "references.yml:22:8"], OfCode(ds, DiagnosticCodes.BibliographyMalformedLink).Select(Where));
    }

    [Fact]
    public void BrokenBibliographyIsAnError()
    {
        var ds = RunCheck(("references.yml", "- id: a\n  title: [unclosed\n"), ("content/a.md", "x"));
        Assert.Equal(DiagnosticCodes.BibliographyInvalid, Assert.Single(ds).Code);
    }

    [Fact]
    public void XrefAndWikiLinksResolveOrSuggest()
    {
        var ds = RunCheck(
            ("content/sciatica.md", "---\ntitle: Sciatica\n---\nSee [x](xref:sciatika) and [[Hip Pain]] and [[Piriformis]].\n"),
            ("content/hip-pain.md", "---\ntitle: Hip pain\n---\nx\n"),
            ("content/hip/pain.md", "---\ntitle: Hip pain\n---\nx\n"),
            ("content/piriformis.md", "---\ntitle: The piriformis\n---\nx\n"));
        var unknown = Assert.Single(OfCode(ds, DiagnosticCodes.XrefUnknown));
        Assert.Equal(("content/sciatica.md:4:14", Severity.Error), (Where(unknown), unknown.Severity));
        Assert.Contains("'sciatica'", unknown.Message, StringComparison.Ordinal);
        var ambiguous = Assert.Single(OfCode(ds, DiagnosticCodes.XrefAmbiguous));
        Assert.Equal("content/sciatica.md:4:30", Where(ambiguous));
        Assert.Contains("hip-pain", ambiguous.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RawPassagesReportDanglingDigitsReturnLinksAndClaims()
    {
        var ds = RunCheck(("sources/web.txt", "First line.\nMRI is surprisingly unreliable,1 because discs bulge.\n“Any numbness?” BACK TO TEXT\nUp to 85% of Americans have back pain.\n"));
        var digit = Assert.Single(OfCode(ds, DiagnosticCodes.DanglingFootnoteDigit));
        Assert.Equal(("sources/web.txt:2:32", Severity.Warning), (Where(digit), digit.Severity));
        Assert.Equal("sources/web.txt:3:17", Where(Assert.Single(OfCode(ds, DiagnosticCodes.FootnoteReturnLink))));
        var claim = Assert.Single(OfCode(ds, DiagnosticCodes.ClaimNeedsCitation));
        Assert.Equal(("sources/web.txt:4:7", Severity.Warning), (Where(claim), claim.Severity));
    }

    [Fact]
    public void ClaimsInPagesPointAtTheTrigger()
    {
        var ds = RunCheck(("content/a.md", "---\ntitle: A\n---\n# Facts\n\nWalk daily. One study found that walking helps.\n"));
        Assert.Equal("content/a.md:6:13", Where(Assert.Single(OfCode(ds, DiagnosticCodes.ClaimNeedsCitation))));
    }
}
