using System.Text.Json;
using AngleSharp.Html.Parser;
using Limber.Tests.Testing;

namespace Limber.Tests.EndToEnd;

/// <summary>Runs the CLI on the repository's real input/ folder, as a user would.</summary>
public sealed class RealInputTests : IClassFixture<RealInputTests.Build>
{
    private readonly Build _build;

    public RealInputTests(Build build) => _build = build;

    public sealed class Build : IDisposable
    {
        private readonly TempDirectory _temp = new();

        public Build()
        {
            Output = _temp.Combine("site");
            Report = _temp.Combine("report.json");
            Run = Testing.Cli.Invoke("build", "--input", Repo.PathTo("input"), "--output", Output, "--report", Report);
        }

        public string Output { get; }

        public string Report { get; }

        public Testing.Cli.Run Run { get; }

        public void Dispose() => _temp.Dispose();
    }

    [Fact]
    public void BuildsWithExitCodeZeroAndNoErrors()
    {
        Assert.True(_build.Run.ExitCode == 0, _build.Run.Stderr + _build.Run.Stdout);
        Assert.DoesNotContain(": error ", _build.Run.Stderr);
    }

    [Fact]
    public void WritesOneHtmlFilePerPageInTheReport()
    {
        using var report = JsonDocument.Parse(File.ReadAllText(_build.Report));
        var destinations = report.RootElement.GetProperty("pages").EnumerateArray().Select(p => p.GetProperty("destination").GetString()!).ToList();
        var html = Directory.GetFiles(_build.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_build.Output, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(destinations.Order(StringComparer.Ordinal), html);
        var contentPages = Directory.GetFiles(Repo.PathTo("input", "content"), "*.md", SearchOption.AllDirectories).Length;
        var sourceFiles = Directory.GetFiles(Repo.PathTo("input", "sources"), "*.txt").Length;
        Assert.True(html.Count >= contentPages + sourceFiles, $"{html.Count} pages for {contentPages} content pages and {sourceFiles} sources");
        Assert.Matches($@"Built {html.Count} pages", _build.Run.Stdout);
    }

    [Fact]
    public void LandmarksOfTheSameKindHaveDistinctNamesOnEveryPage()
    {
        // axe's landmark-unique rule: two search forms or two navigations on one page must be told apart by their label.
        var parser = new HtmlParser();
        var clashes = new List<string>();
        foreach (var file in Directory.GetFiles(_build.Output, "*.html", SearchOption.AllDirectories))
        {
            var doc = parser.ParseDocument(File.ReadAllText(file));
            var landmarks = doc.QuerySelectorAll("nav, aside, [role=search], [role=navigation], [role=complementary]")
                .Select(e => (Role: e.GetAttribute("role") ?? e.LocalName, Name: e.GetAttribute("aria-label") ?? e.GetAttribute("aria-labelledby") ?? ""));
            clashes.AddRange(landmarks.GroupBy(l => l).Where(g => g.Count() > 1)
                .Select(g => $"{Path.GetRelativePath(_build.Output, file)}: {g.Count()} × {g.Key.Role} named '{g.Key.Name}'"));
        }

        Assert.Empty(clashes);
    }

    [Fact]
    public void EveryInternalLinkPointsAtAGeneratedFileAndEveryPageIsReachableFromHome()
    {
        var parser = new HtmlParser();
        var pages = Directory.GetFiles(_build.Output, "*.html", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(_build.Output, f).Replace('\\', '/'), f => parser.ParseDocument(File.ReadAllText(f)));
        var broken = new List<string>();
        var edges = new Dictionary<string, HashSet<string>>();
        foreach (var (path, doc) in pages)
        {
            edges[path] = [];
            var targets = doc.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!)
                .Concat(doc.QuerySelectorAll("link[href]").Select(l => l.GetAttribute("href")!))
                .Concat(doc.QuerySelectorAll("[src]").Select(e => e.GetAttribute("src")!));
            foreach (var href in targets)
            {
                if (href.Contains("://", StringComparison.Ordinal) || href.StartsWith("mailto:", StringComparison.Ordinal))
                {
                    continue;
                }

                var target = Resolve(path, href.Split('#')[0]);
                if (!File.Exists(Path.Combine(_build.Output, target)))
                {
                    broken.Add($"{path} -> {href}");
                }
                else if (target.EndsWith(".html", StringComparison.Ordinal))
                {
                    edges[path].Add(target);
                }
            }
        }

        Assert.Empty(broken);
        var seen = new HashSet<string> { "index.html" };
        var queue = new Queue<string>(seen);
        while (queue.TryDequeue(out var page))
        {
            foreach (var next in edges[page].Where(seen.Add))
            {
                queue.Enqueue(next);
            }
        }

        // 404.html is what hosts serve for a missing address; nothing links to it on purpose.
        var unreachable = pages.Keys.Except(seen).Where(p => p != "404.html").ToList();
        Assert.Empty(unreachable);
    }

    private static string Resolve(string fromPage, string href)
    {
        if (href.Length == 0)
        {
            return fromPage;
        }

        var baseDir = fromPage.Contains('/') ? fromPage[..(fromPage.LastIndexOf('/') + 1)] : "";
        var path = new Uri(new Uri("http://site/" + baseDir), href).AbsolutePath.TrimStart('/');
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }
}
