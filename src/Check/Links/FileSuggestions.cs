using System.Collections.Concurrent;
using Limber.References.CrossLinks;

namespace Limber.Check.Links;

/// <summary>
/// "Did you mean" for a link to a file the build does not write, among files of the same kind: a missing page
/// (<c>.html</c>, <c>.md</c>, or no extension) gets the pages whose name (folder name of an <c>index.html</c>, else file
/// name without extension) is nearest, e.g. <c>x-archived.md</c> → <c>/x/</c>; a missing image or other file gets files
/// with its extension (<c>img/serch.png</c> → <c>/img/search.png</c>, never the <c>/search/</c> page). A name is only
/// suggested when it is plausibly what was meant (<see cref="PlausibleNames"/>).
/// The index of names is built once per run; many links miss the same file, so each hint is worked out once.
/// </summary>
public sealed class FileSuggestions
{
    private readonly Dictionary<string, (ILookup<string, string> Files, NearestNames Names)> _byKind;
    private readonly ConcurrentDictionary<string, string> _hints = new(StringComparer.Ordinal);

    /// <param name="files">Every output path the build writes.</param>
    public FileSuggestions(IEnumerable<string> files)
    {
        // Sorted first, so that pages sharing a name are suggested in the same order however the paths arrive (the build
        // collects them from several threads).
        _byKind = files.Order(StringComparer.Ordinal).GroupBy(Kind, StringComparer.OrdinalIgnoreCase).ToDictionary(
            g => g.Key,
            g =>
            {
                var lookup = g.ToLookup(Name, StringComparer.OrdinalIgnoreCase);
                return (lookup, new NearestNames(lookup.Select(n => n.Key)));
            },
            StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The hint to add to the message about <paramref name="missingFile"/>: "; did you mean /a/, /b/?", or "".</summary>
    public string Hint(string missingFile) => _hints.GetOrAdd(missingFile, f =>
    {
        if (!_byKind.TryGetValue(Kind(f), out var kind))
        {
            return "";
        }

        var wanted = Name(f);
        var near = kind.Names.Closest(wanted).Where(n => PlausibleNames.Near(wanted, n)).ToList();
        return near.Count == 0 ? "" : $"; did you mean {string.Join(", ", near.SelectMany(n => kind.Files[n]).Take(3).Select(Url))}?";
    });

    private static string Url(string path) => "/" + (path.EndsWith("index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path);

    /// <summary>"page" for .html, .htm, .md, .markdown or no extension; else the extension (".png").</summary>
    private static string Kind(string path)
    {
        var slash = path.LastIndexOf('/');
        var dot = path.LastIndexOf('.');
        if (dot <= slash + 1)
        {
            return "page";
        }

        var extension = path[dot..].ToLowerInvariant();
        return extension is ".html" or ".htm" or ".md" or ".markdown" ? "page" : extension;
    }

    private static string Name(string path)
    {
        var p = path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"/index.html".Length] : path;
        var slash = p.LastIndexOf('/');
        p = slash < 0 ? p : p[(slash + 1)..];
        var dot = p.LastIndexOf('.');
        return dot > 0 ? p[..dot] : p;
    }
}
