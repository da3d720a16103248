using System.Collections.Immutable;
using System.Text.Json;
using Limber.Diagnostics;
using Limber.Extract;
using Limber.Ingest;
using Limber.Options;
using Limber.Pages;
using Limber.Pipeline;
using Limber.Render.Exercises;
using Limber.Tests.Testing;

namespace Limber.Tests.Extract;

public class ExtractStageTests
{
    private const string Sources =
        "Clamshell. Lie on your side with your knees bent. Keeping your feet together, raise your top knee. Lower it slowly. Do 15 reps on each side.\n" +
        "\n" +
        "Sciatica is pain that runs from the lower back down the leg along the sciatic nerve. Most people recover within weeks.\n" +
        "Lie on your back with your knees bent and feet flat. Flatten your lower back against the floor by tightening your abdominal muscles. Hold for 10 seconds. Repeat 8 to 12 times.\n" +
        "Order our supplements today and get a full refund if you are not satisfied.\n" +
        "The sacroiliac joint links the spine to the pelvis, and SI joint pain can feel like low back pain.\n" +
        "Kneel on your right knee with your left foot in front of you. Shift your weight forward until you feel a stretch in the front of your right hip. Hold for 30 seconds, then switch legs.\n" +
        "Kneel on your right knee with your left foot in front of you. Shift your weight forward until you feel a stretch in the front of your right hip. Hold for 30 seconds, then switch legs.\n";

    private static (Site Site, ImmutableArray<Diagnostic> Diagnostics) Build(params (string Path, string Text)[] extra)
    {
        var files = new List<(string, string)>
        {
            ("sources/web.txt", Sources),
            ("topics/sciatica.md", "---\ntitle: Sciatica\nmatch: [sciatica, sciatic]\n---\nAbout sciatica.\n"),
            ("topics/si-joint.md", "---\ntitle: SI joint\nmatch: [SI joint, sacroiliac]\n---\nAbout the SI joint.\n"),
            ("topics/low-back-pain.md", "---\ntitle: Low back pain\nmatch: [low back pain, lower back]\n---\nAbout low back pain.\n"),
            ("topics/hip-flexors.md", "---\ntitle: Hip flexors\nmatch: [hip flexors, psoas]\n---\nAbout hip flexors.\n"),
        };
        files.AddRange(extra);
        var context = new StageContext(new BuildOptions());
        var ingested = new IngestStage(InMemoryInputStore.FromText([.. files])).Run(Site.Empty, context);
        var result = new ExtractStage().Run(ingested.Site, context);
        return (result.Site, result.Diagnostics);
    }

    [Fact]
    public void EveryKeptPassageIsOnExactlyOneExercisePageOrAtLeastOneTopicPage()
    {
        var (site, _) = Build();
        foreach (var passage in site.Passages.Where(p => p.Status == PassageStatus.Kept))
        {
            var exercisePages = site.Pages.Count(p => p.Kind == PageKind.Exercise && p.Groups.Any(g => g.Passages.Any(x => x.Id == passage.Id)));
            var topicPages = site.Pages.Count(p => p.Kind == PageKind.Topic && p.Groups.Any(g => g.Passages.Any(x => x.Id == passage.Id)));
            Assert.True(
                (exercisePages == 1 && topicPages == 0) || (exercisePages == 0 && topicPages >= 1),
                $"{passage.Source}: on {exercisePages} exercise pages and {topicPages} topic pages");
        }
    }

    [Fact]
    public void ExercisePagesHaveUniqueSlugsAndTheirSourceLine()
    {
        var (site, _) = Build();
        var exercises = site.Pages.Where(p => p.Kind == PageKind.Exercise).ToList();
        Assert.Equal(4, exercises.Count);
        Assert.Equal(exercises.Count, exercises.Select(p => p.Destination).Distinct().Count());
        var clamshell = Assert.Single(exercises, p => p.Exercise!.Name == "Clamshell");
        Assert.Equal("exercises/clamshell/index.html", clamshell.Destination);
        Assert.Equal(new SourceRef("sources/web.txt", 1), clamshell.Exercise!.Source);
        var twins = exercises.Where(p => p.Exercise!.Source.Line is 7 or 8).OrderBy(p => p.Exercise!.Source.Line).ToList();
        Assert.Equal(twins[0].Exercise!.Slug + "-2", twins[1].Exercise!.Slug);
    }

    [Fact]
    public void DuplicatePassagesAreLeftOut()
    {
        var context = new StageContext(new BuildOptions());
        var ingested = new IngestStage(InMemoryInputStore.FromText(("sources/web.txt", Sources))).Run(Site.Empty, context).Site;
        var marked = ingested with
        {
            Passages = [.. ingested.Passages.Select(p => p.Line == 8 ? p with { Status = PassageStatus.Duplicate, DuplicateOf = "web-l7" } : p)],
        };
        var site = new ExtractStage().Run(marked, context).Site;
        Assert.Equal(3, site.Pages.Count(p => p.Kind == PageKind.Exercise));
        Assert.DoesNotContain(site.Pages, p => p.Groups.Any(g => g.Passages.Any(x => x.Line == 8)));
    }

    [Fact]
    public void ProsePassagesGoToTheirBestTopicAndTheRestToTheGeneralPage()
    {
        var (site, _) = Build();
        Page Topic(string slug) => site.Pages.Single(p => p.Destination == $"topics/{slug}/index.html");
        Assert.Equal([3], Topic("sciatica").Groups.SelectMany(g => g.Passages).Select(p => p.Line));
        Assert.Equal([6], Topic("si-joint").Groups.SelectMany(g => g.Passages).Select(p => p.Line));
        Assert.Equal([5], Topic("general").Groups.SelectMany(g => g.Passages).Select(p => p.Line));
        Assert.Contains(new SourceRef("sources/web.txt", 3, 1), Topic("sciatica").Provenance);
    }

    [Fact]
    public void TopicsListTheirExercisesAndExercisesLinkTheirTopics()
    {
        var (site, _) = Build();
        var lowBack = site.Pages.Single(p => p.Destination == "topics/low-back-pain/index.html");
        var tilt = site.Pages.Single(p => p.Kind == PageKind.Exercise && p.Exercise!.Source.Line == 4);
        Assert.Contains(lowBack.Items, i => i.Url == tilt.Url && i.Section == "Exercises");
        Assert.Contains(tilt.Items, i => i.Url == lowBack.Url && i.Section == "Topics");
        var hipFlexors = site.Pages.Single(p => p.Destination == "topics/hip-flexors/index.html");
        Assert.Equal(2, hipFlexors.Items.Count(i => i.Section == "Exercises"));
    }

    [Fact]
    public void IndexAndFacetPagesListExercises()
    {
        var (site, _) = Build();
        var index = site.Pages.Single(p => p.Destination == "exercises/index.html");
        Assert.Equal(PageKind.List, index.Kind);
        Assert.Equal(4, index.Items.Count(i => i.Section == "All exercises"));
        Assert.Contains(index.Items, i => i.Url == "/exercises/position/side-lying/");
        Assert.Contains(index.Items, i => i.Url == "/exercises/body-area/hip-flexors/");
        var supine = site.Pages.Single(p => p.Destination == "exercises/position/supine/index.html");
        Assert.Single(supine.Items, i => i.Section == "Exercises");
        var kneeling = site.Pages.Single(p => p.Destination == "exercises/position/half-kneeling/index.html");
        Assert.Equal(2, kneeling.Items.Count(i => i.Section == "Exercises"));
        Assert.Contains(site.Pages, p => p.Destination == "exercises/equipment/none/index.html");
    }

    [Fact]
    public void SidecarValuesWin()
    {
        var (site, diagnostics) = Build(("exercises/clamshell.yml", "title: Side-lying clamshell\nreps: {min: 10, max: 20}\nequipment: [mini band]\nposition: null\n"));
        var e = site.Pages.Single(p => p.Kind == PageKind.Exercise && p.Exercise!.Source.Line == 1).Exercise!;
        Assert.Equal("Side-lying clamshell", e.Title);
        Assert.Equal(new CountRange(10, 20), e.Reps);
        Assert.Equal(["mini band"], e.Equipment.ToArray());
        Assert.Null(e.Position);
        Assert.Equal("Clamshell", e.Name);
        Assert.DoesNotContain(diagnostics, d => d.Code.StartsWith("LMB301", StringComparison.Ordinal));
    }

    [Fact]
    public void SidecarForAnUnknownSlugIsAWarning()
    {
        var (_, diagnostics) = Build(("exercises/no-such-move.yml", "reps: 5\n"));
        var d = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.SidecarUnknownSlug);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal("exercises/no-such-move.yml", d.File);
        Assert.Contains("no-such-move", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UncertainFieldsAreWarningsAtThePassage()
    {
        var text = "Lie on your back and hug both knees to your chest. Rock gently from side to side. Hold for a few seconds and release.\n";
        var context = new StageContext(new BuildOptions());
        var site = new IngestStage(InMemoryInputStore.FromText(("sources/a.txt", "\n" + text))).Run(Site.Empty, context).Site;
        var result = new ExtractStage().Run(site, context);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.ExerciseFieldUncertain, d.Code);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal(("sources/a.txt", 2), (d.File, d.Line));
        Assert.Contains("hold", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSampleInputBuildsEveryKeptPassageSomewhere()
    {
        var context = new StageContext(new BuildOptions());
        var site = new IngestStage(new DiskInputStore(Repo.PathTo("input"))).Run(Site.Empty, context).Site;
        var result = new ExtractStage().Run(site, context).Site;
        Assert.True(result.Pages.Count(p => p.Kind == PageKind.Exercise) >= 8);
        foreach (var passage in result.Passages.Where(p => p.Status == PassageStatus.Kept))
        {
            var onExercise = result.Pages.Count(p => p.Kind == PageKind.Exercise && p.Groups.Any(g => g.Passages.Any(x => x.Id == passage.Id)));
            var onTopic = result.Pages.Count(p => p.Kind == PageKind.Topic && p.Groups.Any(g => g.Passages.Any(x => x.Id == passage.Id)));
            Assert.True((onExercise == 1 && onTopic == 0) || (onExercise == 0 && onTopic >= 1), $"{passage.Source}: {onExercise} exercise pages, {onTopic} topic pages");
        }
    }

    [Fact]
    public void CatalogueIsAnArrayOfFrontMatterBySlugWithNullsKept()
    {
        var (site, _) = Build();
        var json = ExerciseCatalog.ToJson(site.Pages.Where(p => p.Exercise is not null).Select(p => p.Exercise!));
        using var doc = JsonDocument.Parse(json);
        var items = doc.RootElement.EnumerateArray().ToList();
        Assert.Equal(4, items.Count);
        var slugs = items.Select(i => i.GetProperty("slug").GetString()!).ToList();
        Assert.Equal(slugs.Order(StringComparer.Ordinal).ToList(), slugs);
        string[] fields = ["title", "slug", "name", "steps", "cautions", "reps", "sets", "hold", "rest", "perSide", "equipment", "position", "bodyAreas", "source"];
        Assert.All(items, i => Assert.Equal(fields, i.EnumerateObject().Select(p => p.Name).ToArray()));
        var clamshell = items.Single(i => i.GetProperty("slug").GetString() == "clamshell");
        Assert.Equal(JsonValueKind.Null, clamshell.GetProperty("hold").ValueKind);
        Assert.Equal(15, clamshell.GetProperty("reps").GetProperty("min").GetInt32());
        Assert.True(clamshell.GetProperty("perSide").GetBoolean());
        Assert.Equal("sources/web.txt", clamshell.GetProperty("source").GetProperty("file").GetString());
        Assert.Equal(1, clamshell.GetProperty("source").GetProperty("line").GetInt32());
        Assert.Equal(["file", "line"], clamshell.GetProperty("source").EnumerateObject().Select(p => p.Name).ToArray());
    }
}
