using System.Collections.Concurrent;
using Limber.References.CrossLinks;

namespace Limber.Check.Links;

/// <summary>
/// "Did you mean" for a link to a file the build does not write: the pages whose name (folder name of an
/// <c>index.html</c>, else file name without extension) is nearest the missing file's, e.g. <c>x-archived.md</c> → <c>/x/</c>.
/// The index of names is built once per run; many links miss the same file, so each hint is worked out once.
/// </summary>
public sealed class FileSuggestions
{
    private readonly ILookup<string, string> _pages;
    private readonly NearestNames _names;
    private readonly ConcurrentDictionary<string, string> _hints = new(StringComparer.Ordinal);

    /// <param name="files">Every output path the build writes.</param>
    public FileSuggestions(IEnumerable<string> files)
    {
        _pages = files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToLookup(Name, StringComparer.OrdinalIgnoreCase);
        _names = new NearestNames(_pages.Select(g => g.Key));
    }

    /// <summary>The hint to add to the message about <paramref name="missingFile"/>: "; did you mean /a/, /b/?", or "".</summary>
    public string Hint(string missingFile) => _hints.GetOrAdd(missingFile, f =>
    {
        var near = _names.Closest(Name(f));
        return near.IsEmpty ? "" : $"; did you mean {string.Join(", ", near.SelectMany(n => _pages[n]).Take(3).Select(Url))}?";
    });

    private static string Url(string path) => "/" + (path.EndsWith("index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path);

    private static string Name(string path)
    {
        var p = path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"/index.html".Length] : path;
        var slash = p.LastIndexOf('/');
        p = slash < 0 ? p : p[(slash + 1)..];
        var dot = p.LastIndexOf('.');
        return dot > 0 ? p[..dot] : p;
    }
}
