using System.Collections.Immutable;

namespace Limber.Diagnostics;

/// <summary>Per-code severity changes from site.yml (<c>severity: { LMB4001: error, LMB4010: off }</c>).</summary>
public sealed record SeverityOverrides(ImmutableSortedDictionary<string, Severity?> ByCode)
{
    public static SeverityOverrides None { get; } = new(ImmutableSortedDictionary<string, Severity?>.Empty);

    public IEnumerable<Diagnostic> Apply(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            if (!ByCode.TryGetValue(d.Code, out var severity))
            {
                yield return d;
            }
            else if (severity is { } s)
            {
                yield return d with { Severity = s };
            }
        }
    }
}
