using Limber.Check.Rules;
using Limber.Diagnostics;
using Limber.References.CrossLinks;

namespace Limber.Check.CrossLinks;

/// <summary>
/// Every <c>xref:id</c> names a page id and every <c>[[Wiki Link]]</c> a page title or id: unknown targets
/// (<see cref="DiagnosticCodes.XrefUnknown"/>, with the nearest names) and targets several pages match
/// (<see cref="DiagnosticCodes.XrefAmbiguous"/>).
/// </summary>
public sealed class CrossRefsCheck : IPageCheck
{
    public void Check(PageCheckContext page)
    {
        foreach (var x in CrossRefs.Find(page.Masked))
        {
            var r = x.Kind == CrossRefKind.Xref ? page.Resolver.ResolveId(x.Target) : page.Resolver.ResolveTitle(x.Target);
            if (r.Found)
            {
                continue;
            }

            var what = x.Kind == CrossRefKind.Xref ? $"xref:{x.Target}" : $"[[{x.Target}]]";
            if (!r.Ambiguous.IsEmpty)
            {
                page.Report(DiagnosticCodes.XrefAmbiguous, Severity.Error, $"{what} is ambiguous: it matches {string.Join(", ", r.Ambiguous.Select(p => $"'{p.Id}' ({p.Source.File})"))}; link by id with xref:", x.TargetOffset);
            }
            else
            {
                var hint = r.Suggestions.IsEmpty ? "" : $"; did you mean {string.Join(", ", r.Suggestions.Select(s => $"'{s}'"))}?";
                var by = x.Kind == CrossRefKind.Xref ? "page id" : "page title or id";
                page.Report(DiagnosticCodes.XrefUnknown, Severity.Error, $"{what}: no page has that {by}{hint}", x.TargetOffset);
            }
        }
    }
}
