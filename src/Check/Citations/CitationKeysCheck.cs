using Limber.Check.Rules;
using Limber.Diagnostics;
using Limber.References.Citations;
using Limber.References.CrossLinks;

namespace Limber.Check.Citations;

/// <summary>
/// Every <c>[@key]</c> citation names an entry of the bibliography (<see cref="DiagnosticCodes.CitationUndefined"/>, with
/// the nearest keys); the keys found are recorded for <see cref="UnusedBibliographyEntriesCheck"/>.
/// </summary>
public sealed class CitationKeysCheck : IPageCheck
{
    public void Check(PageCheckContext page)
    {
        var bibliography = page.References.Bibliography;
        foreach (var group in CitationKeys.Find(page.Masked))
        {
            foreach (var key in group.Keys)
            {
                if (bibliography.ById.ContainsKey(key.Key))
                {
                    page.Cite(key.Key);
                    continue;
                }

                var near = PageResolver.Closest(key.Key, bibliography.ById.Keys);
                var hint = bibliography.Entries.IsEmpty
                    ? $" (there is no bibliography: add {bibliography.File})"
                    : near.IsEmpty ? "" : $"; did you mean {string.Join(", ", near.Select(n => "@" + n))}?";
                page.Report(DiagnosticCodes.CitationUndefined, Severity.Error, $"citation key '@{key.Key}' is not in {bibliography.File}{hint}", key.Offset);
            }
        }
    }
}
