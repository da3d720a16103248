using System.Collections.Immutable;
using System.Text;

namespace Limber.References;

/// <summary>One bibliography entry (the CSL fields Limber shows), with where it is defined.</summary>
public sealed record BibEntry
{
    public required string Id { get; init; }
    public string? Title { get; init; }
    public ImmutableArray<string> Authors { get; init; } = [];
    public string? Year { get; init; }
    public string? Container { get; init; }
    public string? Volume { get; init; }
    public string? Issue { get; init; }
    public string? Page { get; init; }
    public string? Doi { get; init; }
    public string? Url { get; init; }
    public int Line { get; init; }
    public int Column { get; init; }

    /// <summary>The link shown for the entry: the DOI resolver when there is a DOI, else the URL.</summary>
    public string? Link => Doi is { } d && Bibliography.IsValidDoi(d) ? "https://doi.org/" + Bibliography.NormalizeDoi(d) : Url;

    /// <summary>A plain-text reference in a compact author–year style.</summary>
    public string Format()
    {
        var sb = new StringBuilder();
        if (Authors.Length > 0)
        {
            sb.Append(Authors.Length > 3 ? string.Join(", ", Authors.Take(3)) + ", et al." : string.Join(", ", Authors));
            sb.Append(' ');
        }

        if (Year is not null)
        {
            sb.Append('(').Append(Year).Append("). ");
        }

        if (Title is not null)
        {
            sb.Append(Title.TrimEnd('.')).Append(". ");
        }

        if (Container is not null)
        {
            sb.Append(Container);
            if (Volume is not null)
            {
                sb.Append(' ').Append(Volume);
            }

            if (Issue is not null)
            {
                sb.Append('(').Append(Issue).Append(')');
            }

            if (Page is not null)
            {
                sb.Append(':').Append(Page);
            }

            sb.Append('.');
        }

        return sb.ToString().Trim();
    }
}
