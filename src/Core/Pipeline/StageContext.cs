using System.Collections.Immutable;
using Limber.Diagnostics;
using Limber.Options;

namespace Limber.Pipeline;

/// <summary>What a stage may know about the run besides the site: the build options and what earlier stages reported.</summary>
public sealed record StageContext(BuildOptions Build, CancellationToken CancellationToken = default)
{
    public ImmutableArray<Diagnostic> Reported { get; init; } = [];

    /// <summary>Results of earlier builds in this process (preview's rebuilds), or null to compute everything.</summary>
    public BuildCache? Cache { get; init; }

    /// <summary>True when what was reported so far fails the build (any error; any warning under --strict).</summary>
    public bool Failed => Reported.Any(d => d.Severity == Severity.Error || (Build.Strict && d.Severity == Severity.Warning));
}
