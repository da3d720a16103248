using System.Collections.Immutable;
using Limber.Diagnostics;
using Limber.Pipeline;

namespace Limber.Check.Rules;

/// <summary>What a site rule reads (the site, and the bibliography keys the pages cite) and where it reports.</summary>
public sealed class SiteCheckContext(Site site, IReadOnlySet<string> cited)
{
    private readonly ImmutableArray<Diagnostic>.Builder _diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();

    public Site Site { get; } = site;

    /// <summary>Every bibliography key some page cites.</summary>
    public IReadOnlySet<string> Cited { get; } = cited;

    public void Report(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);

    internal ImmutableArray<Diagnostic> Diagnostics => _diagnostics.ToImmutable();
}
