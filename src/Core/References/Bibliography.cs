using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Limber.Diagnostics;

namespace Limber.References;

/// <summary>The parsed bibliography: entries in file order (duplicates included) and what was wrong with the file.</summary>
public sealed partial record Bibliography(string File, ImmutableArray<BibEntry> Entries, ImmutableArray<Diagnostic> Diagnostics)
{
    public static Bibliography Empty { get; } = new("references.yml", [], []);

    /// <summary>Entries by id; the first definition wins when a key is defined twice.</summary>
    public ImmutableDictionary<string, BibEntry> ById { get; } = Entries
        .GroupBy(e => e.Id, StringComparer.Ordinal)
        .ToImmutableDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public static string NormalizeDoi(string doi)
    {
        var d = doi.Trim();
        foreach (var prefix in (string[])["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"])
        {
            if (d.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return d[prefix.Length..].Trim();
            }
        }

        return d;
    }

    public static bool IsValidDoi(string doi) => DoiPattern().IsMatch(NormalizeDoi(doi));

    public static bool IsValidUrl(string url) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var u)
        && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps)
        && u.Host.Contains('.', StringComparison.Ordinal)
        && !url.Trim().Contains(' ', StringComparison.Ordinal);

    [GeneratedRegex(@"^10\.\d{4,9}/\S+$")]
    private static partial Regex DoiPattern();
}
