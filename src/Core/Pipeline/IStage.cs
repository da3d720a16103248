using System.Collections.Immutable;
using Limber.Diagnostics;

namespace Limber.Pipeline;

/// <summary>One step of the build: takes the site, returns the next site and what it found.</summary>
public interface IStage
{
    StageResult Run(Site site, StageContext context);
}

public sealed record StageResult(Site Site, ImmutableArray<Diagnostic> Diagnostics)
{
    public static StageResult Unchanged(Site site) => new(site, []);
}
