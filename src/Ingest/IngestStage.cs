using System.Collections.Immutable;
using System.Text;
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
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly UnknownFieldMessages unknownFieldMessages = new();

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
        if (files.Contains("site.yml") && ReadText("site.yml", options, diagnostics) is { } yml)
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

        pages.AddRange(SourceListingPages(passages));
        if (!pages.Any(p => p.Destination == "index.html") && pages.Count > 0)
        {
            pages.Add(DefaultHome(pages));
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

    /// <summary>A file's contribution, reused from an earlier build while the file's size and time are unchanged.</summary>
    /// <summary>A Markdown page under content/ (<c>.md</c> or <c>.markdown</c>, any letter case).</summary>
    private static bool IsContentMarkdown(string file) => file.StartsWith("content/", StringComparison.Ordinal) && ContentPaths.IsMarkdown(file);

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
            var bytes = ReadBytes(file, options, diagnostics);
            return new FileResult(diagnostics.ToImmutable()) { Static = bytes is null ? null : new OutputFile(file["static/".Length..], bytes) };
        }

        // Any other file under content/ (an image beside its page, a page bundle's resources, a downloadable file) is
        // copied as it is to the same place under the output: content/guide/img/a.png is /guide/img/a.png, which is
        // where the page's relative links to it lead once they are resolved from the page's folder (MarkdownHtml).
        if (file.StartsWith("content/", StringComparison.Ordinal) && !ContentPaths.IsMarkdown(file))
        {
            var bytes = ReadBytes(file, options, diagnostics);
            return new FileResult(diagnostics.ToImmutable()) { Static = bytes is null ? null : new OutputFile(file["content/".Length..], bytes) };
        }

        var text = ReadText(file, options, diagnostics);
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
            var page = ReadPage(file, text, PageKind.Content, diagnostics, folderPage);
            return new FileResult(diagnostics.ToImmutable()) { Page = page };
        }

        if (file.StartsWith("topics/", StringComparison.Ordinal) && file.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            var page = ReadPage(file, text, PageKind.Topic, diagnostics, folderPage: false);
            return new FileResult(diagnostics.ToImmutable()) { Page = page };
        }

        return new FileResult(diagnostics.ToImmutable()) { Data = new InputFile(file, text) };
    }

    /// <summary>
    /// One page per source file listing its passages (each with an anchor and its file:line), plus the
    /// <c>sources/</c> index: the provenance view of the raw material.
    /// </summary>
    private static IEnumerable<Page> SourceListingPages(IEnumerable<Passage> passages)
    {
        var files = passages.Select(p => p.File).Distinct().Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            yield break;
        }

        var items = new List<PageLink>();
        foreach (var file in files)
        {
            var stem = Path.GetFileNameWithoutExtension(file);
            var slug = Slug.From(stem);
            var title = "Source: " + TitleFromFileName(stem);
            items.Add(new PageLink(title, $"/sources/{slug}/", file));
            yield return new Page
            {
                Id = "source-" + slug,
                Kind = PageKind.Source,
                Source = new SourceRef(file, 1, 1),
                Destination = $"sources/{slug}/index.html",
                FrontMatter = FrontMatter.Empty with { Title = title, Description = $"Every passage kept from {file}, with its line number." },
                Provenance = [new SourceRef(file)],
            };
        }

        yield return new Page
        {
            Id = "sources",
            Kind = PageKind.List,
            Source = new SourceRef("sources/"),
            Destination = "sources/index.html",
            FrontMatter = FrontMatter.Empty with { Title = "Sources", Description = "The raw source files this site is built from.", Order = 90 },
            Items = [.. items],
        };
    }

    /// <summary>A home page when input/content has no index.md: links to every top-level page.</summary>
    private static Page DefaultHome(IEnumerable<Page> pages) => new()
    {
        Id = "home",
        Kind = PageKind.List,
        Source = new SourceRef("content/index.md"),
        Destination = "index.html",
        FrontMatter = FrontMatter.Empty with { Title = "Home" },
        Items = [.. pages
            .Where(p => p.FrontMatter.Listed && p.IsTopLevel)
            .OrderBy(p => p.FrontMatter.Order ?? int.MaxValue).ThenBy(p => p.Title, StringComparer.Ordinal)
            .Select(p => new PageLink(p.Title, p.Url, p.FrontMatter.Description))],
    };

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

    /// <param name="folderPage">The page is its folder's index (<c>index.md</c>, <c>_index.md</c> or <c>README.md</c>): written at the folder's address.</param>
    private Page ReadPage(string file, string text, PageKind kind, ImmutableArray<Diagnostic>.Builder diagnostics, bool folderPage)
    {
        var parsed = FrontMatterParser.Parse(text, file, unknownFieldMessages);
        diagnostics.AddRange(parsed.Diagnostics);
        var fm = parsed.FrontMatter;
        var relative = kind == PageKind.Topic ? file["topics/".Length..] : file["content/".Length..];
        var withoutExtension = ContentPaths.WithoutExtension(relative);
        var folder = ContentPaths.FolderOf(withoutExtension);
        string destination;
        if (kind == PageKind.Topic)
        {
            destination = $"topics/{Slug.From(fm.Slug ?? withoutExtension)}/index.html";
        }
        else if (fm.Slug is { } slug)
        {
            destination = slug is "index" || slug.EndsWith("/index", StringComparison.Ordinal)
                ? slug + ".html"
                : string.Join('/', slug.Split('/').Select(Slug.FromPathSegment)) + "/index.html";
        }
        else if (folderPage)
        {
            destination = folder.Length == 0 ? "index.html" : string.Join('/', folder.Split('/').Select(Slug.FromPathSegment)) + "/index.html";
        }
        else
        {
            destination = string.Join('/', withoutExtension.Split('/').Select(Slug.FromPathSegment)) + "/index.html";
        }

        // No title in the front matter: the heading the page opens with (then not shown twice), else the file's name
        // (a folder's page: the folder's name).
        var body = parsed.Body;
        var title = fm.Title;
        if (title is null && kind == PageKind.Content && HeadingTitle.Take(body) is { } heading)
        {
            (title, body) = heading;
        }

        title ??= folderPage && folder.Length > 0 ? TitleFromFileName(folder) : TitleFromFileName(withoutExtension);

        if (OutputPath.Problem(destination) is { } outside)
        {
            // The front matter reader refuses such slugs; this guards every other way a destination is made.
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FrontMatterBadValue, $"page would be written outside the output folder: {outside}", file, 1, 1));
            destination = DefaultId(withoutExtension) + "/index.html";
        }

        var id = fm.Id ?? (kind == PageKind.Topic ? Slug.From(withoutExtension) : DefaultId(withoutExtension));
        return new Page
        {
            Id = id,
            Kind = kind,
            Source = new SourceRef(file, 1, 1),
            Destination = destination,
            FrontMatter = fm with { Title = title },
            Body = body,
            BodyLine = parsed.BodyLine,
            Provenance = [new SourceRef(file, 1, 1)],
        };
    }

    private static string DefaultId(string pathWithoutExtension) =>
        pathWithoutExtension == "index" ? "home" : string.Join('/', pathWithoutExtension.Split('/').Select(Slug.From));

    private static string TitleFromFileName(string path)
    {
        var name = path.Split('/')[^1].Replace('-', ' ').Replace('_', ' ');
        return name.Length == 0 ? "Untitled" : char.ToUpperInvariant(name[0]) + name[1..];
    }

    private byte[]? ReadBytes(string file, SiteOptions options, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        try
        {
            var limit = (long)options.MaxFileSizeMb * 1024 * 1024;
            var length = store.Length(file);
            if (length > limit)
            {
                diagnostics.Add(Diagnostic.Error(
                    DiagnosticCodes.FileTooLarge,
                    $"file is {length / (1024.0 * 1024.0):0.0} MB, over the {options.MaxFileSizeMb} MB limit (maxFileSizeMb in site.yml); skipped",
                    file));
                return null;
            }

            return store.ReadAllBytes(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FileUnreadable, $"cannot read file: {ex.Message}", file));
            return null;
        }
    }

    private string? ReadText(string file, SiteOptions options, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var bytes = ReadBytes(file, options, diagnostics);
        if (bytes is null)
        {
            return null;
        }

        var (text, badOffset) = DecodeUtf8(bytes);
        if (text is null)
        {
            var (line, column) = LineAndColumn(bytes, badOffset);
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.FileNotUtf8,
                $"file is not valid UTF-8 (byte 0x{bytes[badOffset]:X2} at offset {badOffset}); save it as UTF-8",
                file,
                line,
                column));
            return null;
        }

        return text;
    }

    /// <summary>Decodes strict UTF-8 (a BOM is allowed); on failure returns the offset of the first bad byte.</summary>
    internal static (string? Text, int BadOffset) DecodeUtf8(byte[] bytes)
    {
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return (StrictUtf8.GetString(bytes, start, bytes.Length - start), -1);
        }
        catch (DecoderFallbackException ex)
        {
            return (null, Math.Clamp(start + ex.Index, 0, Math.Max(0, bytes.Length - 1)));
        }
    }

    private static (int Line, int Column) LineAndColumn(byte[] bytes, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }
}
