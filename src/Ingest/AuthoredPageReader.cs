using System.Collections.Immutable;
using Limber.Diagnostics;
using Limber.Navigation;
using Limber.Pages;
using Limber.Text;

namespace Limber.Ingest;

/// <summary>
/// Makes an authored page (content/**/*.md, topics/*.md) from its text: front matter, where it is written (its slug,
/// its folder's address for a folder's page, else its path), its title (front matter, else the heading it opens
/// with, else the file's or folder's name) and its id. One reader per build: it remembers which unknown front matter
/// fields were reported.
/// </summary>
internal sealed class AuthoredPageReader
{
    private readonly UnknownFieldMessages unknownFieldMessages = new();

    /// <param name="folderPage">The page is its folder's index (<c>index.md</c>, <c>_index.md</c> or <c>README.md</c>): written at the folder's address.</param>
    public Page Read(string file, string text, PageKind kind, ImmutableArray<Diagnostic>.Builder diagnostics, bool folderPage)
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
        var title = fm.Title;
        Utf8Text body;
        if (title is null && kind == PageKind.Content && HeadingTitle.Take(parsed.Body) is { } heading)
        {
            (title, var rest) = heading;
            body = rest;
        }
        else
        {
            body = Utf8Text.From(parsed.BodySpan); // encoded from the file's text, no copy of the body first
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

    internal static string TitleFromFileName(string path)
    {
        var name = path.Split('/')[^1].Replace('-', ' ').Replace('_', ' ');
        return name.Length == 0 ? "Untitled" : char.ToUpperInvariant(name[0]) + name[1..];
    }
}
