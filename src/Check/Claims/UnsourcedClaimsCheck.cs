using Limber.Check.Rules;
using Limber.Diagnostics;
using Limber.References.Claims;

namespace Limber.Check.Claims;

/// <summary>
/// A statistic or study claim with no citation (<see cref="DiagnosticCodes.ClaimNeedsCitation"/>), on authored pages and
/// in kept raw passages (always) and on authored pages in site.yml's <c>check.claimFolders</c>; the page shows a "citation needed" mark at the same places.
/// </summary>
public sealed class UnsourcedClaimsCheck : IPageCheck, IPassageCheck
{
    public void Check(PageCheckContext page)
    {
        if (!page.ClaimsApply)
        {
            return; // an authored page outside check.claimFolders
        }

        foreach (var c in CitationClaims.Find(page.Masked))
        {
            page.Report(DiagnosticCodes.ClaimNeedsCitation, Severity.Warning, Message(c), c.Trigger.Start);
        }
    }

    public void Check(PassageCheckContext passage)
    {
        foreach (var c in CitationClaims.Find(passage.Text))
        {
            passage.Warn(DiagnosticCodes.ClaimNeedsCitation, Message(c), c.Trigger.Start);
        }
    }

    private static string Message(Claim c)
    {
        var what = c.Kind == ClaimKind.Statistic ? "statistic" : "study claim";
        return $"{what} \"{c.Trigger.Value}\" has no citation; add [@key] from the bibliography (the page shows 'citation needed')";
    }
}
