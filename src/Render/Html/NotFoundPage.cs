using Limber.Pages;

namespace Limber.Render.Html;

/// <summary>
/// The page hosts serve for a missing URL (<c>404.html</c> at the root, the name Netlify, GitHub Pages and most static
/// hosts look for). Unlisted: not in navigation, the sitemap or search. Its links are root-relative, so it works at any depth.
/// An authored page written to <c>404.html</c> replaces it.
/// </summary>
public static class NotFoundPage
{
    public static Page Page { get; } = new()
    {
        Id = "404",
        Kind = PageKind.List,
        Source = new SourceRef("theme/layouts/404.liquid"),
        Destination = "404.html",
        FrontMatter = FrontMatter.Empty with { Title = "Page not found", Layout = "404", Listed = false },
    };
}
