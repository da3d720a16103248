using Limber.Check.Rules;
using Limber.Diagnostics;

namespace Limber.Check.Citations;

/// <summary>A bibliography entry no page cites (<see cref="DiagnosticCodes.BibliographyUnusedEntry"/>), in file order.</summary>
public sealed class UnusedBibliographyEntriesCheck : ISiteCheck
{
    public void Check(SiteCheckContext site)
    {
        var bibliography = site.Site.References.Bibliography;
        foreach (var entry in bibliography.ById.Values.OrderBy(e => e.Line))
        {
            if (!site.Cited.Contains(entry.Id))
            {
                site.Report(Diagnostic.Warning(DiagnosticCodes.BibliographyUnusedEntry, $"bibliography entry '{entry.Id}' is never cited", bibliography.File, entry.Line, entry.Column));
            }
        }
    }
}
