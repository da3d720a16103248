using System.Text;
using Limber.Options;
using Limber.Pages;
using Limber.Pipeline;
using Limber.Render;

namespace Limber.Tests.Render.Theme;

/// <summary>The built-in layouts as a reader meets them: what an exercise and a topic page lead with, and what they leave out.</summary>
public class ReaderLayoutTests
{
    private static readonly Passage Source = new("s-l7", "sources/s.txt", 7, "Lie down. Lift your hips. Hold for one second. Do it ten times.");

    private static string Render(Page[] pages, string path)
    {
        var source = new Page { Id = "source-s", Kind = PageKind.Source, Source = new SourceRef("sources/s.txt", 1, 1), Destination = "sources/s/index.html" };
        var result = new RenderStage().Run(Site.Empty with { Pages = [.. pages, source], Passages = [Source] }, new StageContext(new BuildOptions()));
        return Encoding.UTF8.GetString(result.Site.Outputs.Single(o => o.Path == path).Content.Span);
    }

    private static Page Exercise(Exercise e, params PageLink[] items) => new()
    {
        Id = "exercises/" + e.Slug,
        Kind = PageKind.Exercise,
        Source = new SourceRef("sources/s.txt", 7, 1),
        Destination = $"exercises/{e.Slug}/index.html",
        FrontMatter = FrontMatter.Empty with { Title = e.Title, Description = e.Position },
        Exercise = e,
        Groups = [new PassageGroup("Source passage", [Source])],
        Items = [.. items],
    };

    [Fact]
    public void AnExerciseLeadsWithItsPurposeAndDoseAndLeavesOutWhatTheSourceDoesNotSay()
    {
        var e = new Exercise
        {
            Title = "Supine bridge", Slug = "supine-bridge", Source = Source.Source, Position = "supine",
            Steps = ["Lie down.", "Lift your hips."], Hold = new DurationRange(1, 1, "seconds"), Reps = new CountRange(10, 10), BodyAreas = ["glutes", "core"],
        };
        var html = Render([Exercise(e, new PageLink("Low back pain", "/topics/low-back-pain/") { Section = "Topics" })], "exercises/supine-bridge/index.html");

        Assert.Contains("<p class=\"lede\">Works the glutes and core. Listed under <a href=\"/topics/low-back-pain/\">Low back pain</a>.</p>", html);
        Assert.Contains("<li>Hold <strong>1 second</strong></li>", html);
        Assert.Contains("<li><strong>10</strong> reps</li>", html);
        Assert.DoesNotContain("sets</li>", html); // not stated: no row
        Assert.DoesNotContain("Rest", html);
        Assert.DoesNotContain("—", html);
        Assert.DoesNotContain(">supine</p>", html); // the position is a fact, not a subtitle
        Assert.True(html.IndexOf("class=\"glance\"", StringComparison.Ordinal) < html.IndexOf("How to do it", StringComparison.Ordinal));

        // The source passage and its file and line are there, collapsed, with descriptive links only.
        var where = html[html.IndexOf("<details class=\"where", StringComparison.Ordinal)..];
        Assert.StartsWith("<details class=\"where no-print\" data-pagefind-ignore><summary>Where this comes from</summary>", where);
        Assert.Contains("<a href=\"/sources/s/#line-7\">sources/s.txt, line 7</a>", where);
        Assert.Contains("Lift your hips. Hold for one second.", where);
        Assert.DoesNotMatch(">\\s*link\\s*<", html);
    }

    [Fact]
    public void AnExerciseWithoutBodyAreasOrPositionHasNoSuchRowsAndSaysNoEquipmentIsNeeded()
    {
        var e = new Exercise { Title = "Squat", Slug = "squat", Source = Source.Source, Steps = ["Stand.", "Sit back."] };
        var html = Render([Exercise(e)], "exercises/squat/index.html");

        Assert.DoesNotContain("Body areas", html);
        Assert.DoesNotContain("Position", html);
        Assert.DoesNotContain("not stated", html);
        Assert.DoesNotContain("class=\"glance\"", html);
        Assert.Contains("data-pagefind-filter=\"equipment:none\">none needed</a>", html);
    }

    [Fact]
    public void ATopicOpensWithItsOwnSummaryThenItsExercisesThenTheQuietSourcePassages()
    {
        var topic = new Page
        {
            Id = "low-back-pain",
            Kind = PageKind.Topic,
            Source = new SourceRef("topics/low-back-pain.md"),
            Destination = "topics/low-back-pain/index.html",
            FrontMatter = FrontMatter.Empty with { Title = "Low back pain", Description = "Why the back hurts." },
            Body = "Our own summary of the topic.",
            Items = [new PageLink("Supine bridge", "/exercises/supine-bridge/") { Section = "Exercises" }],
            Groups = [new PassageGroup("From the sources", [Source])],
        };

        var html = Render([topic], "topics/low-back-pain/index.html");
        int At(string s) => html.IndexOf(s, StringComparison.Ordinal);

        Assert.True(At("Our own summary") < At("<h2 id=\"exercises-for-this\">Exercises for this</h2>"));
        Assert.True(At("Exercises for this") < At("<section class=\"sources\""));
        Assert.Contains("<div class=\"passage\" id=\"s-l7\">", html);
        Assert.Contains("<details class=\"where\"><summary>Where this comes from</summary>\n<p><a href=\"/sources/s/#line-7\">sources/s.txt, line 7</a></p></details>", html);
        Assert.DoesNotMatch(">\\s*link\\s*<", html);
    }
}
