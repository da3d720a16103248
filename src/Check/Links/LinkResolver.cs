using System.Collections.Concurrent;
using Limber.Options;

namespace Limber.Check.Links;

/// <summary>
/// Resolves links for one site's options. The base path and base URL are parsed once, and a link's target is
/// remembered for the run: a URL that does not depend on the page's address (root-relative, "#x", with a scheme) is
/// resolved once per site, a relative one once per folder. Most links on a site are the navigation's, on every page.
/// </summary>
public sealed class LinkResolver(SiteOptions options, LinkStrings? strings = null)
{
    private static readonly Uri Origin = new("https://limber.invalid/");

    private readonly string _basePath = options.BasePath;
    private readonly Uri? _site = options.HasAbsoluteBaseUrl ? new Uri(options.BaseUrl) : null;
    private readonly LinkTarget?[] _byUrl = new LinkTarget?[strings?.Count ?? 0];
    private readonly ConcurrentDictionary<(string Folder, int Url), LinkTarget> _relative = new();

    /// <summary>The target of the URL numbered <paramref name="url"/> on the page at <paramref name="fromPath"/>.</summary>
    public LinkTarget Resolve(int url, string fromPath)
    {
        if (_byUrl[url] is { } known)
        {
            return known;
        }

        var text = strings![url];

        // "?q" and "" resolve against the page's own name, so they depend on more than the folder. "#x" goes to this
        // very page, whichever it is (a same-page target), like a root-relative URL or one with a scheme it depends on
        // no page: resolved once per site.
        if (text.Length == 0 || text[0] == '?')
        {
            return Classify(text, fromPath);
        }

        if (text[0] is '#' or '/' || HasScheme(text))
        {
            return _byUrl[url] = Classify(text, ""); // a race only writes the same target twice
        }

        var slash = fromPath.LastIndexOf('/');
        var folder = slash < 0 ? "" : fromPath[..(slash + 1)];
        return _relative.GetOrAdd((folder, url), static (key, self) => self.Classify(self.Text(key.Url), key.Folder), this);
    }

    private string Text(int url) => strings![url];

    /// <summary>"https:", "mailto:", "data:"…: a scheme before any '/', '?' or '#' (RFC 3986: a letter, then letters, digits, '+', '-', '.').</summary>
    private static bool HasScheme(string url)
    {
        for (var i = 0; i < url.Length; i++)
        {
            var c = url[i];
            if (c == ':')
            {
                return i > 0;
            }

            if (!(char.IsAsciiLetter(c) || (i > 0 && (char.IsAsciiDigit(c) || c is '+' or '-' or '.'))))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The target of <paramref name="url"/> on the page at output path <paramref name="fromPath"/>.</summary>
    public LinkTarget Classify(string url, string fromPath)
    {
        if (url.Length == 0 || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("tel:", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            return new LinkTarget(LinkTargetKind.Skip);
        }

        var basePath = _basePath;

        // Fast paths for the common shapes: "#fragment" and root-relative "/a/b/#fragment" (no Uri allocation).
        if (url[0] == '#')
        {
            return new LinkTarget(LinkTargetKind.SamePage, "", Unescape(url[1..]));
        }

        if (url[0] == '/' && (url.Length == 1 || url[1] != '/') && url.IndexOfAny(['?', '\\', '.']) < 0)
        {
            var hash = url.IndexOf('#');
            var rootPath = Unescape(hash < 0 ? url : url[..hash]);
            var rootFragment = hash < 0 ? "" : Unescape(url[(hash + 1)..]);
            return rootPath.StartsWith(basePath, StringComparison.Ordinal)
                ? new LinkTarget(LinkTargetKind.Internal, rootPath[basePath.Length..], rootFragment)
                : new LinkTarget(LinkTargetKind.OutsideBasePath, rootPath, rootFragment);
        }

        Uri resolved;
        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" && !url.StartsWith('/'))
        {
            if (_site is { } site
                && string.Equals(site.Host, absolute.Host, StringComparison.OrdinalIgnoreCase)
                && site.Port == absolute.Port
                && absolute.AbsolutePath.StartsWith(basePath, StringComparison.Ordinal))
            {
                resolved = new Uri(Origin, absolute.PathAndQuery + absolute.Fragment);
            }
            else
            {
                return new LinkTarget(LinkTargetKind.External);
            }
        }
        else if (url.StartsWith("//", StringComparison.Ordinal) || (Uri.TryCreate(url, UriKind.Absolute, out var other) && !url.StartsWith('/') && other.Scheme != "file"))
        {
            return url.StartsWith("//", StringComparison.Ordinal) ? new LinkTarget(LinkTargetKind.External) : new LinkTarget(LinkTargetKind.Skip);
        }
        else
        {
            var from = new Uri(Origin, basePath + fromPath);
            if (!Uri.TryCreate(from, url, out resolved!))
            {
                return new LinkTarget(LinkTargetKind.OutsideBasePath, url);
            }
        }

        var path = Uri.UnescapeDataString(resolved.AbsolutePath);
        var fragment = resolved.Fragment.Length > 1 ? Uri.UnescapeDataString(resolved.Fragment[1..]) : "";
        if (!path.StartsWith(basePath, StringComparison.Ordinal))
        {
            return new LinkTarget(LinkTargetKind.OutsideBasePath, path, fragment);
        }

        return new LinkTarget(LinkTargetKind.Internal, path[basePath.Length..], fragment);
    }

    private static string Unescape(string s) => s.Contains('%', StringComparison.Ordinal) ? Uri.UnescapeDataString(s) : s;
}
