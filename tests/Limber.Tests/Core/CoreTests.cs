using System.Collections.Immutable;
using Limber.Diagnostics;
using Limber.Options;
using Limber.Pages;
using Limber.Pipeline;
using Limber.Text;

namespace Limber.Tests.Core;

public class DiagnosticTests
{
    [Fact]
    public void FormatsLikeACompiler()
    {
        var d = Diagnostic.Error("LMB1010", "bad yaml", "content/a.md", 12, 5);

        Assert.Equal("input/content/a.md(12,5): error LMB1010: bad yaml", d.Format(f => "input/" + f));
        Assert.Equal("warning LMB1002: folder-level", Diagnostic.Warning("LMB1002", "folder-level").Format());
    }

    [Fact]
    public void EveryDiagnosticCodeIsUniqueAndWellFormed()
    {
        var codes = typeof(DiagnosticCodes).GetFields().Select(f => (string)f.GetValue(null)!).ToList();

        Assert.All(codes, c => Assert.Matches(@"^LMB\d{4}$", c));
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }
}

public class SlugTests
{
    [Theory]
    [InlineData("Hip Flexors & Psoas", "hip-flexors-psoas")]
    [InlineData("Child’s Pose", "childs-pose")]
    [InlineData("  Café   déjà vu ", "cafe-deja-vu")]
    [InlineData("90/90 hip switch", "90-90-hip-switch")]
    [InlineData("!!!", "page")]
    public void MakesLowerCaseAsciiSlugs(string text, string slug) => Assert.Equal(slug, Slug.From(text));
}

public class FrontMatterParserTests
{
    [Fact]
    public void AnUnclosedFlowSequenceFollowedByMoreFieldsIsADiagnosticNotACrash()
    {
        var parsed = FrontMatterParser.Parse("---\ntitle: [broken About this site\ndescription: What this is.\norder: 100\n---\nText.\n", "content/about.md");

        var error = Assert.Single(parsed.Diagnostics);
        Assert.Equal(DiagnosticCodes.FrontMatterInvalid, error.Code);
        Assert.Equal("content/about.md", error.File);
    }

    [Fact]
    public void FileWithoutFrontMatterIsAllBody()
    {
        var parsed = FrontMatterParser.Parse("# Title\ntext", "content/a.md");

        Assert.Equal(FrontMatter.Empty, parsed.FrontMatter);
        Assert.Equal(1, parsed.BodyLine);
        Assert.Empty(parsed.Diagnostics);
    }

    [Fact]
    public void UnclosedFrontMatterIsAnError()
    {
        var parsed = FrontMatterParser.Parse("---\ntitle: x\n", "content/a.md");

        Assert.Equal(DiagnosticCodes.FrontMatterInvalid, Assert.Single(parsed.Diagnostics).Code);
    }

    [Fact]
    public void UnknownFieldIsAWarningAtItsLineAndBadTypesAreErrors()
    {
        var parsed = FrontMatterParser.Parse("---\ntitle: x\nauthor: me\norder: first\n---\n", "content/a.md");

        var unknown = Assert.Single(parsed.Diagnostics, d => d.Code == DiagnosticCodes.FrontMatterUnknownField);
        Assert.Equal((Severity.Warning, 3, 1), (unknown.Severity, unknown.Line, unknown.Column));
        var bad = Assert.Single(parsed.Diagnostics, d => d.Code == DiagnosticCodes.FrontMatterBadValue);
        Assert.Equal((Severity.Error, 4), (bad.Severity, bad.Line));
        Assert.Equal("x", parsed.FrontMatter.Title);
    }
}

public class SiteOptionsTests
{
    [Fact]
    public void EmptyFileGivesDefaults() => Assert.Equal(SiteOptions.Default, SiteOptionsParser.Parse("", "site.yml").Options);

    [Fact]
    public void ReadsSettingsAndNavigation()
    {
        var (options, diagnostics) = SiteOptionsParser.Parse("title: T\nbaseUrl: https://x.org/sub\nnavigation:\n  - title: About\n    url: /about/\nseverity:\n  LMB1011: error\n", "site.yml");

        Assert.Empty(diagnostics);
        Assert.Equal("T", options.Title);
        Assert.Equal("/sub/", options.BasePath);
        Assert.True(options.HasAbsoluteBaseUrl);
        Assert.Equal("/about/", Assert.Single(options.Navigation).Url);
        Assert.Equal(Severity.Error, options.Severities.ByCode["LMB1011"]);
    }

    [Fact]
    public void WrongTypeIsAnErrorWithItsLine()
    {
        var (_, diagnostics) = SiteOptionsParser.Parse("title: T\nmaxFileSizeMb: lots\n", "site.yml");

        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.SiteOptionsInvalid, d.Code);
        Assert.Equal(2, d.Line);
    }
}

public class SitePipelineTests
{
    private sealed class AddPageStage(string id) : IStage
    {
        public StageResult Run(Site site, StageContext context) => new(
            site with { Pages = site.Pages.Add(new Page { Id = id, Kind = PageKind.Content, Source = new SourceRef(id), Destination = id }) },
            [Diagnostic.Warning("LMB1011", "from " + id)]);
    }

    private sealed class SeesReportedStage : IStage
    {
        public bool SawFailure { get; private set; }

        public StageResult Run(Site site, StageContext context)
        {
            SawFailure = context.Failed;
            return StageResult.Unchanged(site);
        }
    }

    [Fact]
    public void RunsStagesInOrderAndTimesEach()
    {
        var result = new SitePipeline([new AddPageStage("a"), new AddPageStage("b")]).Run(Site.Empty, new StageContext(new BuildOptions()));

        Assert.Equal(["a", "b"], result.Site.Pages.Select(p => p.Id));
        Assert.Equal([(0, 1), (1, 2)], result.Stages.Select(s => (s.PagesIn, s.PagesOut)));
        Assert.Equal(2, result.Diagnostics.Length);
    }

    [Fact]
    public void SeverityOverridesFromSiteOptionsApplyAndOffDropsTheDiagnostic()
    {
        var strictSite = Site.Empty with { Options = SiteOptions.Default with { Severity = ImmutableSortedDictionary<string, string>.Empty.Add("LMB1011", "off") } };

        var result = new SitePipeline([new AddPageStage("a")]).Run(strictSite, new StageContext(new BuildOptions()));

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void LaterStagesSeeWhetherTheBuildHasFailedSoFar()
    {
        var probe = new SeesReportedStage();
        new SitePipeline([new AddPageStage("a"), probe]).Run(Site.Empty, new StageContext(new BuildOptions { Strict = true }));
        Assert.True(probe.SawFailure);

        new SitePipeline([new AddPageStage("a"), probe]).Run(Site.Empty, new StageContext(new BuildOptions()));
        Assert.False(probe.SawFailure);
    }
}
