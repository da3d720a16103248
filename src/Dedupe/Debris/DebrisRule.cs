using System.Text.RegularExpressions;

namespace Limber.Dedupe;

/// <summary>A rule from site.yml (<c>dedupe.debris.patterns</c>): a name, the reason shown in the report, and a pattern.</summary>
public sealed record DebrisRule(string Name, string Reason, Regex Pattern);
