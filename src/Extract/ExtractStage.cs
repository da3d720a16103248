using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Limber.Diagnostics;
using Limber.Pages;
using Limber.Pipeline;
using Limber.Text;

namespace Limber.Extract;

/// <summary>
/// Turns kept exercise passages into exercise pages (with sidecar overrides), gathers every other kept passage onto
/// the topic pages it matches best (or the general page), links topics and exercises both ways, and adds the
/// exercise index with its no-JavaScript facet pages. Pure: reads only the site.
/// </summary>
public sealed class ExtractStage : IStage
{
    public const string GeneralSlug = "general";

    /// <summary>A topic scoring at least this share of the best topic's score also gets the passage.</summary>
    public const double NearBest = 0.75;

    public StageResult Run(Site site, StageContext context)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var kept = site.Passages.Where(p => p.Status == PassageStatus.Kept).ToList();

        // 1. Detect and extract.
        var exercises = new List<(Passage Passage, Exercise Exercise)>();
        var prose = new List<Passage>();
        // Extraction reads one passage at a time: in parallel, then gathered in source order.
        var cache = context.Cache;
        var extracted = kept.AsParallel().AsOrdered().WithCancellation(context.CancellationToken)
            .Select(p => cache is null
                ? ExerciseExtractor.Extract(p.Text, p.Source)
                : cache.GetOrAdd("extract", (p.Text, p.Source), k => ExerciseExtractor.Extract(k.Text, k.Source)))
            .ToList();
        for (var k = 0; k < kept.Count; k++)
        {
            var passage = kept[k];
            var x = extracted[k];
            if (!x.IsExercise || x.Exercise is null)
            {
                prose.Add(passage);
                continue;
            }

            exercises.Add((passage, x.Exercise));
            foreach (var w in x.Warnings)
            {
                var code = w.Field == "steps" ? DiagnosticCodes.ExerciseNoSteps : DiagnosticCodes.ExerciseFieldUncertain;
                diagnostics.Add(Diagnostic.Warning(code, $"exercise '{x.Exercise.Title}': {w.Field} left empty: {w.Why}", passage.File, passage.Line, 1));
            }
        }

        // 2. Unique titles and slugs, in source order: a second "Bridge" is "Bridge (2)" at bridge-2.
        var used = new HashSet<string>(StringComparer.Ordinal);
        var titles = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < exercises.Count; i++)
        {
            var e = exercises[i].Exercise;
            var slug = e.Slug;
            var title = e.Title;
            for (var n = 2; used.Contains(slug) || titles.Contains(title); n++)
            {
                slug = $"{e.Slug}-{n}";
                title = $"{e.Title} ({n})";
            }

            used.Add(slug);
            titles.Add(title);

            exercises[i] = (exercises[i].Passage, e with { Slug = slug, Title = title });
        }

        // 3. Sidecar overrides.
        var bySlug = exercises.Select((x, i) => (x.Exercise.Slug, i)).ToDictionary(t => t.Slug, t => t.i, StringComparer.Ordinal);
        foreach (var (path, file) in site.DataFiles.Where(f => Sidecar.IsSidecarPath(f.Key)))
        {
            var (sidecar, found) = Sidecar.Parse(path, file.Text);
            diagnostics.AddRange(found);
            if (sidecar is null)
            {
                continue;
            }

            if (!bySlug.TryGetValue(sidecar.Slug, out var index))
            {
                var known = string.Join(", ", bySlug.Keys.Order(StringComparer.Ordinal).Take(8));
                diagnostics.Add(Diagnostic.Warning(
                    DiagnosticCodes.SidecarUnknownSlug,
                    $"sidecar names exercise '{sidecar.Slug}', but no exercise has that slug (known: {(known.Length == 0 ? "none" : known)}{(bySlug.Count > 8 ? ", …" : "")})",
                    path,
                    1,
                    1));
                continue;
            }

            exercises[index] = (exercises[index].Passage, sidecar.ApplyTo(exercises[index].Exercise, diagnostics));
        }

        // 4. Topics: every prose passage to its best topic(s), or to the general page.
        var pages = site.Pages.ToList();
        var topics = pages.Where(p => p.Kind == PageKind.Topic && !IsGeneral(p)).OrderBy(p => p.Destination, StringComparer.Ordinal).ToList();
        foreach (var t in topics.Where(t => t.FrontMatter.Match.IsEmpty))
        {
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.TopicNoMatchTerms, "topic has no 'match:' terms; its title is used to match passages", t.Source.File, 1, 1));
        }

        var matchers = topics.ToDictionary(t => t.Id, t => Matchers(t), StringComparer.Ordinal);
        var onTopic = topics.ToDictionary(t => t.Id, _ => new List<Passage>(), StringComparer.Ordinal);
        var general = new List<Passage>();
        // A passage's scores depend on its text and on every topic's match terms.
        var topicTerms = string.Join('\n', topics.Select(t => t.Id + "=" + string.Join('|', t.FrontMatter.Match.IsEmpty ? [t.Title] : t.FrontMatter.Match)));
        (string Topic, int Score)[] ScoresOf(string text) =>
            [.. topics.Select(t => (t.Id, Score(text, matchers[t.Id]))).Where(s => s.Item2 > 0)];
        var topicsById = topics.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var allScores = prose.AsParallel().AsOrdered().WithCancellation(context.CancellationToken)
            .Select(p => (cache is null ? ScoresOf(p.Text) : cache.GetOrAdd("topics", (p.Text, topicTerms), k => ScoresOf(k.Text)))
                .Select(s => (Topic: topicsById[s.Topic], s.Score)).ToList())
            .ToList();
        for (var k = 0; k < prose.Count; k++)
        {
            var passage = prose[k];
            var scores = allScores[k];
            if (scores.Count == 0)
            {
                general.Add(passage);
                continue;
            }

            // The best topic, and any topic that matches nearly as well (a passage may belong to two).
            var best = scores.Max(s => s.Score);
            foreach (var (topic, _) in scores.Where(s => s.Score >= best * NearBest))
            {
                onTopic[topic.Id].Add(passage);
            }
        }

        // 5. Exercise pages, linked to topics through bodyAreas.
        var exerciseLinks = new List<(Exercise Exercise, PageLink Link)>();
        var exercisePages = new List<Page>();
        var topicExercises = topics.ToDictionary(t => t.Id, _ => new List<PageLink>(), StringComparer.Ordinal);
        foreach (var (passage, e) in exercises.OrderBy(x => x.Exercise.Slug, StringComparer.Ordinal))
        {
            var destination = $"exercises/{e.Slug}/index.html";
            var link = new PageLink(e.Title, Page.UrlOf(destination), Summary(e)) { Section = "Exercises" };
            exerciseLinks.Add((e, link));
            var related = topics.Where(t => e.BodyAreas.Any(a => AreaMatchesTopic(a, matchers[t.Id]))).ToList();
            foreach (var t in related)
            {
                topicExercises[t.Id].Add(link);
            }

            exercisePages.Add(new Page
            {
                Id = $"exercises/{e.Slug}",
                Kind = PageKind.Exercise,
                Source = new SourceRef(passage.File, passage.Line, 1),
                Destination = destination,
                FrontMatter = new FrontMatter
                {
                    Title = e.Title,
                    Description = Summary(e),
                    Slug = e.Slug,
                    Tags = [.. e.BodyAreas],
                },
                Groups = [new PassageGroup("Source passage", [passage])],
                Items = [.. related.Select(t => new PageLink(t.Title, t.Url, t.FrontMatter.Description) { Section = "Topics" })],
                Exercise = e,
                Provenance = [new SourceRef(passage.File, passage.Line, 1)],
            });
        }

        // 6. Topic pages get their passages and exercises.
        var result = new List<Page>();
        foreach (var page in pages)
        {
            if (page.Kind == PageKind.Topic && onTopic.TryGetValue(page.Id, out var mine) && !IsGeneral(page))
            {
                result.AddRange(WithPassages(page, mine, topicExercises[page.Id], site.Options.PassagesPerPage));
            }
            else if (!(page.Kind == PageKind.Topic && IsGeneral(page)))
            {
                result.Add(page);
            }
        }

        var authoredGeneral = pages.FirstOrDefault(p => p.Kind == PageKind.Topic && IsGeneral(p));
        if (authoredGeneral is not null || general.Count > 0)
        {
            var generalPage = authoredGeneral ?? new Page
            {
                Id = GeneralSlug,
                Kind = PageKind.Topic,
                Source = new SourceRef("sources"),
                Destination = $"topics/{GeneralSlug}/index.html",
                FrontMatter = new FrontMatter
                {
                    Title = "General",
                    Description = "Source passages that match none of the topics.",
                },
            };
            result.AddRange(WithPassages(generalPage, general, [], site.Options.PassagesPerPage));
        }

        result.AddRange(exercisePages);
        if (exerciseLinks.Count > 0)
        {
            result.AddRange(IndexPages(exerciseLinks, pages));
        }

        if (topics.Count > 0 && !pages.Any(p => p.Destination == "topics/index.html"))
        {
            var all = result.Where(p => p.Kind == PageKind.Topic && !p.IsContinuation).OrderBy(p => IsGeneral(p)).ThenBy(p => p.FrontMatter.Order ?? int.MaxValue).ThenBy(p => p.Title, StringComparer.Ordinal);
            result.Add(new Page
            {
                Id = "topics",
                Kind = PageKind.List,
                Source = new SourceRef("topics"),
                Destination = "topics/index.html",
                FrontMatter = new FrontMatter { Title = "Topics", Description = "The source material, gathered by topic.", Order = 20 },
                Items = [.. all.Select(t => new PageLink(t.Title, t.Url, t.FrontMatter.Description))],
            });
        }

        return new StageResult(site with { Pages = [.. result] }, diagnostics.ToImmutable());
    }

    private static bool IsGeneral(Page p) => p.Destination == $"topics/{GeneralSlug}/index.html";

    private static IEnumerable<Page> WithPassages(Page page, List<Passage> passages, List<PageLink> exercises, int perPage)
    {
        var ordered = passages.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line).ToList();
        var withExercises = page with { Items = [.. page.Items, .. exercises.OrderBy(l => l.Title, StringComparer.Ordinal)] };
        return TopicPagination.Split(withExercises, ordered, perPage);
    }

    /// <summary>Heading of the group of source passages a topic page gathers.</summary>
    public const string FromTheSources = "From the sources";

    /// <summary>A one-line summary of an exercise: position · body areas · equipment · dosage.</summary>
    public static string Summary(Exercise e)
    {
        var parts = new List<string>();
        if (e.Position is { } p)
        {
            parts.Add(p);
        }

        if (e.BodyAreas.Length > 0)
        {
            parts.Add(string.Join(", ", e.BodyAreas));
        }

        if (e.Equipment.Length > 0)
        {
            parts.Add(string.Join(", ", e.Equipment));
        }

        return string.Join(" · ", parts);
    }

    private static List<Regex> Matchers(Page topic)
    {
        var terms = topic.FrontMatter.Match.IsEmpty ? [topic.Title] : topic.FrontMatter.Match;
        return [.. terms.Where(t => t.Trim().Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Select(t => new Regex(
            @"(?<![\w])" + Regex.Escape(t.Trim()).Replace(@"\ ", @"[\s\-]+", StringComparison.Ordinal) + @"(?:s|es)?(?![\w])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))];
    }

    /// <summary>Occurrences of the topic's terms; a term of several words is more specific and counts once per word.</summary>
    private static int Score(string text, List<Regex> matchers) =>
        matchers.Sum(m => m.Matches(text).Count * (1 + m.ToString().Split(@"[\s\-]+", StringSplitOptions.None).Length - 1));

    private static bool AreaMatchesTopic(string area, List<Regex> matchers) =>
        matchers.Any(m => m.IsMatch(area) || m.IsMatch(area.TrimEnd('s')));

    private static IEnumerable<Page> IndexPages(List<(Exercise Exercise, PageLink Link)> exercises, List<Page> existing)
    {
        var facets = new (string Key, string Label, Func<Exercise, IEnumerable<string>> Values)[]
        {
            ("body-area", "Body area", e => e.BodyAreas),
            ("position", "Position", e => e.Position is { } p ? [p] : []),
            ("equipment", "Equipment", e => e.Equipment.IsEmpty ? ["none"] : e.Equipment),
        };

        var facetLinks = new List<PageLink>();
        var facetPages = new List<Page>();
        foreach (var (key, label, values) in facets)
        {
            var groups = exercises
                .SelectMany(x => values(x.Exercise).Distinct().Select(v => (Value: v, x.Link)))
                .GroupBy(t => t.Value, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal);
            foreach (var g in groups)
            {
                var destination = $"exercises/{key}/{Slug.From(g.Key)}/index.html";
                var count = g.Count();
                facetLinks.Add(new PageLink(g.Key, Page.UrlOf(destination), $"{count} exercise{(count == 1 ? "" : "s")}") { Section = $"By {label.ToLowerInvariant()}" });
                facetPages.Add(new Page
                {
                    Id = $"exercises/{key}/{Slug.From(g.Key)}",
                    Kind = PageKind.List,
                    Source = new SourceRef("exercises"),
                    Destination = destination,
                    FrontMatter = new FrontMatter
                    {
                        Title = $"Exercises · {label.ToLowerInvariant()}: {g.Key}",
                        Description = $"{count} exercise{(count == 1 ? "" : "s")} with {label.ToLowerInvariant()} {g.Key}.",
                        Listed = true,
                        InNavigation = false, // reached from the exercise index; the sidebar lists the exercises themselves
                    },
                    Items = [.. g.Select(t => t.Link).OrderBy(l => l.Title, StringComparer.Ordinal)],
                });
            }
        }

        var all = exercises.Select(x => x.Link with { Section = "All exercises" }).OrderBy(l => l.Title, StringComparer.Ordinal).ToList();
        if (!existing.Any(p => p.Destination == "exercises/index.html"))
        {
            yield return new Page
            {
                Id = "exercises",
                Kind = PageKind.List,
                Source = new SourceRef("sources"),
                Destination = "exercises/index.html",
                FrontMatter = new FrontMatter
                {
                    Title = "Exercises",
                    Description = $"{exercises.Count} exercises from the source material. Narrow them by body area, position or equipment.",
                    Order = 10,
                },
                Items = [.. facetLinks, .. all],
            };
        }

        // Each facet page also offers every other facet, so readers can keep narrowing without JavaScript.
        foreach (var page in facetPages)
        {
            yield return page with
            {
                Items = [.. page.Items, .. facetLinks.Where(l => l.Url != page.Url), new PageLink("All exercises", "/exercises/") { Section = "Browse" }],
            };
        }
    }
}
