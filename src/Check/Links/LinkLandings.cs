using System.Collections.Concurrent;
using Limber.Diagnostics;
using Limber.References.CrossLinks;

namespace Limber.Check.Links;

/// <summary>
/// Where the internal links of one run land, and what is wrong with each: the target file must be written and, for a
/// <c>#fragment</c>, have that id. Each distinct target is worked out once (most links on a site share a handful).
/// </summary>
/// <param name="paths">The HTML files, in order.</param>
/// <param name="pages">Each HTML file's ids and links, numbered in <paramref name="strings"/>.</param>
/// <param name="files">Every output path the build writes.</param>
public sealed class LinkLandings(string[] paths, PageLinks[] pages, LinkStrings strings, HashSet<string> files)
{
    private readonly Dictionary<string, PageLinks> _byFile = ByFile(paths, pages);
    private readonly ConcurrentDictionary<LinkTarget, Landing> _landings = new(ReferenceEqualityComparer.Instance);
    private readonly Lazy<FileSuggestions> _suggestions = new(() => new FileSuggestions(files));
    private Func<LinkTarget, Landing>? _land;

    /// <summary>Where a target lands: its file and that file's ids, or why there is no such file; and the number of the id it asks for (-1: none, or an id no page has).</summary>
    private sealed record Landing(string File, PageLinks? Page, LinkProblem? Missing, int FragmentId);

    /// <summary>What is wrong with a link from HTML file number <paramref name="page"/> to <paramref name="target"/>, or null.</summary>
    public LinkProblem? Check(LinkTarget target, int page)
    {
        var landing = target.Kind switch
        {
            LinkTargetKind.SamePage => new Landing(paths[page], pages[page], null, FragmentId(target)),
            LinkTargetKind.Internal or LinkTargetKind.OutsideBasePath => _landings.GetOrAdd(target, _land ??= Land),
            _ => null,
        };
        if (landing is null)
        {
            return null;
        }

        if (landing.Missing is { } missing)
        {
            return missing;
        }

        // An id no page has was never numbered.
        if (target.Fragment.Length == 0 || target.Fragment == "top" || landing.Page is not { } targetPage
            || (landing.FragmentId >= 0 && targetPage.HasId(landing.FragmentId)))
        {
            return null;
        }

        var nearIds = PageResolver.Closest(target.Fragment, targetPage.Ids.Select(i => strings[i]).Order(StringComparer.Ordinal))
            .Where(n => PlausibleNames.Near(target.Fragment, n)).ToList();
        var idHint = nearIds.Count == 0 ? "" : $"; did you mean {string.Join(", ", nearIds.Select(n => "#" + n))}?";
        var which = landing.File == paths[page] ? "this page" : $"'{landing.File}'";
        return new LinkProblem(DiagnosticCodes.AnchorMissing, $"{which} has no element with id '{target.Fragment}'{idHint}");
    }

    private Landing Land(LinkTarget target)
    {
        if (target.Kind == LinkTargetKind.OutsideBasePath)
        {
            return new Landing(target.Path, null, new LinkProblem(DiagnosticCodes.LinkBroken, $"'{target.Path}' is outside the site's base path"), -1);
        }

        var file = target.Path;
        if (file.Length == 0 || file.EndsWith('/'))
        {
            file += "index.html";
        }
        else if (!files.Contains(file) && files.Contains(file + "/index.html"))
        {
            file += "/index.html";
        }

        if (!files.Contains(file))
        {
            return new Landing(file, null, new LinkProblem(DiagnosticCodes.LinkBroken, $"no file '{file}' is written{_suggestions.Value.Hint(file)}"), -1);
        }

        return new Landing(file, _byFile.GetValueOrDefault(file), null, FragmentId(target));
    }

    private int FragmentId(LinkTarget target) =>
        target.Fragment.Length > 0 && strings.TryGetNumber(target.Fragment, out var id) ? id : -1;

    private static Dictionary<string, PageLinks> ByFile(string[] paths, PageLinks[] pages)
    {
        var byFile = new Dictionary<string, PageLinks>(paths.Length, StringComparer.Ordinal);
        for (var i = 0; i < paths.Length; i++)
        {
            byFile[paths[i]] = pages[i];
        }

        return byFile;
    }
}
