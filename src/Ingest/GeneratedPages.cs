using Limber.Navigation;
using Limber.Pages;
using Limber.Text;

namespace Limber.Ingest;

/// <summary>The pages ingest makes rather than reads: a listing per source file with its <c>sources/</c> index, and a home page when the input has none.</summary>
internal static class GeneratedPages
{
    /// <summary>
    /// One page per source file listing its passages (each with an anchor and its file:line), plus the
    /// <c>sources/</c> index: the provenance view of the raw material.
    /// </summary>
    public static IEnumerable<Page> SourceListings(IEnumerable<Passage> passages)
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
            var title = "Source: " + AuthoredPageReader.TitleFromFileName(stem);
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
    public static Page DefaultHome(IEnumerable<Page> pages) => new()
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
}
