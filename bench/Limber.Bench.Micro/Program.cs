using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Limber.Check.Links;
using Limber.Dedupe;
using Limber.Ingest;
using Limber.Options;
using Limber.Pages;
using Limber.Render.Html;
using Limber.Render.Search;

namespace Limber.Bench.Micro;

/// <summary>
/// Micro-benchmarks of the functions a build calls per passage, per page or per link, on real inputs: the passages
/// and Markdown pages of a generated corpus (LIMBER_BENCH_CORPUS) and the HTML of a site Limber built from it
/// (LIMBER_BENCH_SITE). Each benchmark processes the whole set once; the item counts are printed so the per-item
/// cost can be read off. Runs in-process (no generated project to build), so it works offline.
/// Usage: Limber.Bench.Micro [BenchmarkDotNet arguments, e.g. --filter '*Normalize*']
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        AngleSharp.Text.StringBuilderPool.IsPoolingDisabled = true; // as the limber process does (Limber.Cli.ProcessSettings)
        var config = DefaultConfig.Instance
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
            .WithOptions(ConfigOptions.DisableOptimizationsValidator);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }
}

[MemoryDiagnoser]
public class HotFunctions
{
    private string[] _passages = [];
    private NormalizedText[] _normalized = [];
    private (string File, string Text)[] _markdown = [];
    private string[] _html = [];
    private (string Url, string From)[] _links = [];
    private readonly SiteOptions _options = new();

    [GlobalSetup]
    public void Setup()
    {
        var corpus = Environment.GetEnvironmentVariable("LIMBER_BENCH_CORPUS") ?? ".bench/scale-1000";
        var site = Environment.GetEnvironmentVariable("LIMBER_BENCH_SITE") ?? ".bench/scale-1000.limber-out";
        _passages = Directory.GetFiles(Path.Combine(corpus, "sources"), "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(f => IngestStage.SplitPassages(f, File.ReadAllText(f)))
            .Select(p => p.Text).ToArray();
        _normalized = _passages.Select(TextNormalizer.Normalize).ToArray();
        _markdown = Directory.GetFiles(Path.Combine(corpus, "content"), "*.md").Order(StringComparer.Ordinal)
            .Select(f => (f, File.ReadAllText(f))).ToArray();
        var htmlFiles = Directory.GetFiles(site, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        _html = htmlFiles.Select(File.ReadAllText).ToArray();
        _links = htmlFiles.Zip(_html)
            .SelectMany(x => HtmlLinks.Read(x.Second).Links.Select(l => (l.Url, Path.GetRelativePath(site, x.First).Replace('\\', '/'))))
            .ToArray();
        Console.WriteLine($"// inputs: {_passages.Length} passages, {_markdown.Length} Markdown pages, {_html.Length} HTML files "
            + $"({_html.Sum(h => (long)h.Length) / 1024} KB), {_links.Length} links");
    }

    /// <summary>Dedupe's text normalization (fold, entities, bullets, tokens), once per passage.</summary>
    [Benchmark]
    public int Normalize()
    {
        var tokens = 0;
        foreach (var p in _passages)
        {
            tokens += TextNormalizer.Normalize(p).TokenCount;
        }

        return tokens;
    }

    /// <summary>MinHash fingerprints of every passage and the LSH candidate pairs (parallel, as in the build).</summary>
    [Benchmark]
    public int Fingerprint() => CandidateFinder.Find(_normalized).Length;

    /// <summary>Front-matter parsing (YAML) of every Markdown page.</summary>
    [Benchmark]
    public int FrontMatter()
    {
        var n = 0;
        foreach (var (file, text) in _markdown)
        {
            n += FrontMatterParser.Parse(text, file).BodyLine;
        }

        return n;
    }

    /// <summary>Link validation, part 1: reading ids and links from every HTML file (the scanner, the tokenizer where it bails), numbered site-wide as a build does.</summary>
    [Benchmark]
    public int ReadHtmlLinks()
    {
        var n = 0;
        var strings = new LinkStrings(_html.Length * 4);
        foreach (var html in _html)
        {
            n += HtmlLinks.Read(html, strings).Links.Length;
        }

        return n;
    }

    /// <summary>The same with AngleSharp's tokenizer for every file (what a build did before the scanner).</summary>
    [Benchmark]
    public int ReadHtmlLinksWithTokenizer()
    {
        var n = 0;
        var strings = new LinkStrings(_html.Length * 4);
        var harvest = new LinkHarvest();
        foreach (var html in _html)
        {
            harvest.Clear();
            HtmlLinks.ReadWithTokenizer(html, harvest);
            n += harvest.Number(strings).Links.Length;
        }

        return n;
    }

    /// <summary>Link validation, part 2: classifying and resolving every link found.</summary>
    [Benchmark]
    public int ClassifyLinks()
    {
        var n = 0;
        foreach (var (url, from) in _links)
        {
            n += new LinkResolver(_options).Classify(url, from).Path.Length;
        }

        return n;
    }

    /// <summary>The minifier over every built page (already minified, so about the work of minifying a page once).</summary>
    [Benchmark]
    public int Minify()
    {
        var n = 0;
        foreach (var html in _html)
        {
            n += HtmlMinifier.Minify(html).Length;
        }

        return n;
    }

    /// <summary>The built-in search index's per-page work (text, excerpt, word counts, word ids) over every built page, read as a page body.</summary>
    [Benchmark]
    public int SearchEntries()
    {
        var n = 0;
        var passages = new Dictionary<string, Passage>();
        var page = new Page { Id = "p", Kind = PageKind.Content, Source = new SourceRef("content/p.md"), Destination = "p/index.html", FrontMatter = Limber.Pages.FrontMatter.Empty with { Title = "A page title" } };
        foreach (var html in _html)
        {
            n += SearchIndex.Entry(page, html, passages, u => u, listed: true)!.Terms.Count;
        }

        return n;
    }
}
