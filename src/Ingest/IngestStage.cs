using System.Collections.Immutable;
using Limber.Diagnostics;
using Limber.Navigation;
using Limber.Options;
using Limber.Pages;
using Limber.Pipeline;
using Limber.Text;

namespace Limber.Ingest;

/// <summary>
/// Reads the input folder into the site: site.yml, authored pages (content/**/*.md, topics/*.md),
/// source passages (sources/*.txt), theme overrides (theme/**), static files (static/**) and data files.
/// The only stage that reads. One bad file is reported and skipped; the others are still read.
/// </summary>
public sealed class IngestStage(IInputStore store) : IStage
{
    private readonly InputFileReader reader = new(store);

    private readonly AuthoredPageReader pageReader = new();

    public StageResult Run(Site site, StageContext context)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        if (!store.Exists)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InputMissing, $"input folder '{store.Root}' does not exist"));
            return new StageResult(site, diagnostics.ToImmutable());
        }

        var files = store.EnumerateFiles();
        foreach (var link in store.RefusedLinks)
        {
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.FileUnreadable, "symbolic link leads out of the input folder (or nowhere); not read", link));
        }

        var options = site.Options;
        if (files.Contains("site.yml") && reader.ReadText("site.yml", options, diagnostics) is { } yml)
        {
            var (parsed, optionDiagnostics) = context.Cache is { } cache
                ? cache.GetOrAdd("site.yml", yml, text => SiteOptionsParser.Parse(text, "site.yml"))
                : SiteOptionsParser.Parse(yml, "site.yml");
            options = parsed;
            diagnostics.AddRange(optionDiagnostics);
        }

        if (context.Build.BaseUrl is { } baseUrl)
        {
            options = options with { BaseUrl = baseUrl };
        }

        var pages = ImmutableArray.CreateBuilder<Page>();
        var passages = ImmutableArray.CreateBuilder<Passage>();
        var data = site.DataFiles.ToBuilder();
        var theme = site.ThemeOverrides.ToBuilder();
        var statics = ImmutableArray.CreateBuilder<OutputFile>();

        // Files are read and parsed in parallel (reading, UTF-8 decoding and front matter are per file), then
        // gathered in path order so the site and its diagnostics do not depend on scheduling.
        var read = files.Where(f => f != "site.yml").ToArray();
        var folderPages = ContentPaths.FolderPages(read.Where(IsContentMarkdown).Select(f => f["content/".Length..]));
        var results = new FileResult[read.Length];
        Parallel.For(0, read.Length, new ParallelOptions { CancellationToken = context.CancellationToken }, i =>
            results[i] = ReadCached(read[i], options, IsContentMarkdown(read[i]) && folderPages.Contains(read[i]["content/".Length..]), context.Cache));
        var drafts = 0;
        foreach (var result in results)
        {
            diagnostics.AddRange(result.Diagnostics);
            if (result.Page is { FrontMatter.Draft: true } && !context.Build.IncludeDrafts)
            {
                drafts++;
                continue;
            }

            switch (result)
            {
                case { Static: { } file }:
                    statics.Add(file);
                    break;
                case { Theme: { } file }:
                    theme[file.Path["theme/".Length..]] = file;
                    break;
                case { Passages: { } found }:
                    passages.AddRange(found);
                    break;
                case { Page: { } page }:
                    pages.Add(page);
                    break;
                case { Data: { } file }:
                    data[file.Path] = file;
                    break;
            }
        }

        // docfx's toc.yml files order and label the pages they list (those that do not set it themselves).
        TocOrder.Apply(pages, results.Where((r, i) => r.Static is not null && read[i].StartsWith("content/", StringComparison.Ordinal) && TocOrder.IsToc(read[i])).Select(r => r.Static!));

        if (drafts > 0)
        {
            diagnostics.Add(Diagnostic.Info(DiagnosticCodes.DraftsLeftOut, $"{drafts} draft page(s) (draft: true) left out; build with --drafts to include them"));
        }

        SummarizeUnknownFields(diagnostics);
        if (pages.Count == 0 && passages.Count == 0 && diagnostics.Count == 0)
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.InputEmpty,
                $"input folder '{store.Root}' has nothing to build: add content/*.md pages or sources/*.txt passages"));
        }

        pages.AddRange(GeneratedPages.SourceListings(passages));
        if (!pages.Any(p => p.Destination == "index.html") && pages.Count > 0)
        {
            pages.Add(GeneratedPages.DefaultHome(pages));
        }

        var next = site with
        {
            Options = options,
            Pages = pages.ToImmutable(),
            Passages = passages.ToImmutable(),
            DataFiles = data.ToImmutable(),
            ThemeOverrides = theme.ToImmutable(),
            StaticFiles = statics.ToImmutable(),
        };
        return new StageResult(next, diagnostics.ToImmutable());
    }

    /// <summary>
    /// One warning per unknown front matter field, not one per page: a folder written for another generator repeats the
    /// same fields on hundreds of pages. The warning stays at the first page that has the field (in path order) and says
    /// how many have it. The parser's message is the same text for every page with the field, which is what groups them.
    /// </summary>
    private static void SummarizeUnknownFields(ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var unknown = diagnostics.Where(d => d.Code == DiagnosticCodes.FrontMatterUnknownField).ToList();
        if (unknown.Count < 2)
        {
            return;
        }

        var groups = unknown.GroupBy(d => d.Message, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (First: g.First(), Pages: g.Select(d => d.File).Distinct().Count()), StringComparer.Ordinal);
        var kept = diagnostics.Where(d => d.Code != DiagnosticCodes.FrontMatterUnknownField || ReferenceEquals(d, groups[d.Message].First)).ToList();
        diagnostics.Clear();
        foreach (var d in kept)
        {
            diagnostics.Add(d.Code == DiagnosticCodes.FrontMatterUnknownField && groups[d.Message].Pages > 1
                ? d with { Message = $"{d.Message}; {groups[d.Message].Pages} pages have it, the first here" }
                : d);
        }
    }

    /// <summary>What one input file contributes to the site (at most one of these), and what it reported.</summary>
    private sealed record FileResult(ImmutableArray<Diagnostic> Diagnostics)
    {
        public OutputFile? Static { get; init; }

        public InputFile? Theme { get; init; }

        public List<Passage>? Passages { get; init; }

        public Page? Page { get; init; }

        public InputFile? Data { get; init; }
    }

    /// <summary>A Markdown page under content/ (<c>.md</c> or <c>.markdown</c>, any letter case).</summary>
    private static bool IsContentMarkdown(string file) => file.StartsWith("content/", StringComparison.Ordinal) && ContentPaths.IsMarkdown(file);

    /// <summary>A file's contribution, reused from an earlier build while the file's size and time are unchanged.</summary>
    /// <param name="folderPage">The file is its folder's page (<see cref="ContentPaths.FolderPages"/>): written at the folder's address.</param>
    private FileResult ReadCached(string file, SiteOptions options, bool folderPage, BuildCache? cache)
    {
        if (cache is null || store.Stamp(file) is not { } stamp)
        {
            return ReadFile(file, options, folderPage);
        }

        return cache.GetOrAdd("ingest", (file, stamp.Length, stamp.Modified, options.MaxFileSizeMb, folderPage), _ => ReadFile(file, options, folderPage));
    }

    private FileResult ReadFile(string file, SiteOptions options, bool folderPage)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        if (file.StartsWith("static/", StringComparison.Ordinal))
        {
            var bytes = reader.ReadBytes(file, options, diagnostics);
            return new FileResult(diagnostics.ToImmutable()) { Static = bytes is null ? null : new OutputFile(file["static/".Length..], bytes) };
        }

        // Any other file under content/ (an image beside its page, a page bundle's resources, a downloadable file) is
        // copied as it is to the same place under the output: content/guide/img/a.png is /guide/img/a.png, which is
        // where the page's relative links to it lead once they are resolved from the page's folder (MarkdownHtml).
        if (file.StartsWith("content/", StringComparison.Ordinal) && !ContentPaths.IsMarkdown(file))
        {
            var bytes = reader.ReadBytes(file, options, diagnostics);
            return new FileResult(diagnostics.ToImmutable()) { Static = bytes is null ? null : new OutputFile(file["content/".Length..], bytes) };
        }

        var text = reader.ReadText(file, options, diagnostics);
        if (text is null)
        {
            return new FileResult(diagnostics.ToImmutable());
        }

        if (file.StartsWith("theme/", StringComparison.Ordinal))
        {
            return new FileResult(diagnostics.ToImmutable()) { Theme = new InputFile(file, text) };
        }

        if (file.StartsWith("sources/", StringComparison.Ordinal) && file.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
        {
            var found = SplitPassages(file, text);
            if (found.Count == 0)
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.SourceEmpty, "source file has no passages", file));
            }

            return new FileResult(diagnostics.ToImmutable()) { Passages = found };
        }

        if (IsContentMarkdown(file))
        {
            var page = pageReader.Read(file, text, PageKind.Content, diagnostics, folderPage);
            return new FileResult(diagnostics.ToImmutable()) { Page = page };
        }

        if (file.StartsWith("topics/", StringComparison.Ordinal) && file.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            var page = pageReader.Read(file, text, PageKind.Topic, diagnostics, folderPage: false);
            return new FileResult(diagnostics.ToImmutable()) { Page = page };
        }

        return new FileResult(diagnostics.ToImmutable()) { Data = new InputFile(file, text) };
    }

    /// <summary>One passage per non-blank line; <see cref="Passage.Line"/> is the 1-based physical line.</summary>
    public static List<Passage> SplitPassages(string file, string text)
    {
        var result = new List<Passage>();
        var line = 0;
        foreach (var raw in text.Split('\n'))
        {
            line++;
            var content = raw.TrimEnd('\r');
            if (!string.IsNullOrWhiteSpace(content))
            {
                result.Add(new Passage(Passage.MakeId(file, line), file, line, content));
            }
        }

        return result;
    }
}
