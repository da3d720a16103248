using Limber.Markdown;
using Limber.Pages;
using Limber.References.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Limber.Check.Links;

/// <summary>
/// Maps a link found in a page's HTML back to the Markdown that produced it, using Markdig's line and column
/// of each <see cref="LinkInline"/> on the shared pipeline, and of each <c>href</c>/<c>src</c> in raw HTML (inline or
/// block) at the attribute value's own line and column. Parses a page only when one of its links is broken.
/// </summary>
public sealed partial class LinkSourceLocator(Page page)
{
    private List<(string Url, int Line, int Column)>? _links;
    private readonly HashSet<int> _used = [];
    private string? _body; // the page's body, decoded from UTF-8 once per page

    /// <summary>The input file, line and column of the Markdown link whose rendered form is <paramref name="href"/>.</summary>
    public SourceRef Locate(string href)
    {
        if (!page.HasBody)
        {
            return page.Source;
        }

        var body = _body ??= page.Body.ToString();
        _links ??= Parse(body);
        var best = -1;
        var bestScore = 0;
        for (var i = 0; i < _links.Count; i++)
        {
            var score = Score(_links[i].Url, href);
            if (_used.Contains(i))
            {
                score -= 1;
            }

            if (score > bestScore)
            {
                (best, bestScore) = (i, score);
            }
        }

        if (best >= 0)
        {
            _used.Add(best);
            var (_, line, column) = _links[best];
            return new SourceRef(page.Source.File, page.BodyLine + line, column + 1);
        }

        // [[Wiki links]] and raw HTML: find the fragment or the last path segment in the text.
        var needle = Needle(href);
        if (needle.Length > 0)
        {
            var at = body.IndexOf(needle, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                var map = new TextMap(body, page.BodyLine);
                var (l, c) = map.At(at);
                return new SourceRef(page.Source.File, l, c);
            }
        }

        return page.Source;
    }

    private static List<(string, int, int)> Parse(string body)
    {
        var document = Markdig.Markdown.Parse(body, SiteMarkdown.Pipeline);
        var result = new List<(string, int, int)>();
        foreach (var inline in document.Descendants<Inline>())
        {
            switch (inline)
            {
                case LinkInline { Url: { } url } link:
                    result.Add((url, link.Line, link.Column));
                    break;
                case AutolinkInline { Url: { } auto } a:
                    result.Add((auto, a.Line, a.Column));
                    break;
                case HtmlInline { Tag: { } tag } html:
                    AddHtmlLinks(body, tag, html.Span.Start, result);
                    break;
            }
        }

        foreach (var block in document.Descendants<HtmlBlock>())
        {
            foreach (var line in block.Lines.Lines.Take(block.Lines.Count))
            {
                AddHtmlLinks(body, line.Slice.ToString(), line.Slice.Start, result);
            }
        }

        return result;
    }

    /// <summary>The <c>href</c> and <c>src</c> values of raw HTML at <paramref name="offset"/> in the body, each at its own line and column.</summary>
    private static void AddHtmlLinks(string body, string html, int offset, List<(string, int, int)> result)
    {
        foreach (System.Text.RegularExpressions.Match m in HtmlAttribute().Matches(html))
        {
            var value = m.Groups["v"];
            var at = offset + value.Index;
            var lineStart = at == 0 ? 0 : body.LastIndexOf('\n', at - 1) + 1;
            var line = 0;
            for (var i = body.IndexOf('\n'); i >= 0 && i < lineStart; i = body.IndexOf('\n', i + 1))
            {
                line++;
            }

            result.Add((System.Net.WebUtility.HtmlDecode(value.Value), line, at - lineStart));
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex("""\s(?:href|src)\s*=\s*["'](?<v>[^"']*)["']""", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex HtmlAttribute();

    /// <summary>How well a Markdown link target matches a rendered href: 4 identical, 3 same page stem and fragment, 2 same stem, 1 same fragment.</summary>
    private static int Score(string source, string href)
    {
        if (source == href)
        {
            return 8;
        }

        var (sPath, sFrag) = Split(source);
        var (hPath, hFrag) = Split(href);
        var sameStem = Stem(sPath) is { Length: > 0 } s && s == Stem(hPath);
        var sameFrag = sFrag == hFrag;
        if (sameStem && sameFrag)
        {
            return 6;
        }

        if (sameStem && hFrag.Length == 0)
        {
            return 4;
        }

        return sameFrag && hFrag.Length > 0 && (sPath.Length == 0) == (hPath.Length == 0) ? 2 : 0;
    }

    private static (string Path, string Fragment) Split(string url)
    {
        var hash = url.IndexOf('#');
        return hash < 0 ? (url, "") : (url[..hash], url[(hash + 1)..]);
    }

    private static string Stem(string path)
    {
        if (path.StartsWith("xref:", StringComparison.Ordinal))
        {
            path = path[5..];
        }

        var p = path.TrimEnd('/');
        if (p.EndsWith("/index.html", StringComparison.Ordinal))
        {
            p = p[..^"/index.html".Length];
        }

        if (p.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || p.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
        {
            p = p[..p.LastIndexOf('.')];
        }

        var slash = p.LastIndexOf('/');
        return Limber.Text.Slug.From(Uri.UnescapeDataString(slash < 0 ? p : p[(slash + 1)..]));
    }

    private static string Needle(string href)
    {
        var (path, frag) = Split(href);
        if (frag.Length > 0)
        {
            return frag;
        }

        var p = path.TrimEnd('/');
        var slash = p.LastIndexOf('/');
        return slash < 0 ? p : p[(slash + 1)..];
    }
}
