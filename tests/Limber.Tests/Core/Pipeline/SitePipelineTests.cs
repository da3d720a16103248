using System.Collections.Immutable;
using Limber.Diagnostics;
using Limber.Options;
using Limber.Pages;
using Limber.Pipeline;

namespace Limber.Tests.Core.Pipeline;

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
