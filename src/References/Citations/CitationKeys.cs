using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Limber.References.Citations;

/// <summary>One cited key inside a citation group: <c>@key</c> with its optional locator (<c>p. 4</c>).</summary>
public sealed record CitedKey(string Key, int Offset, string? Locator);

/// <summary>A pandoc-style citation group such as <c>[@a; @b, p. 4]</c>, with its offset and length in the body.</summary>
public sealed record CitationGroup(int Start, int Length, ImmutableArray<CitedKey> Keys);

/// <summary>Finds pandoc-style bracketed citations in a masked Markdown body.</summary>
public static partial class CitationKeys
{
    // A bracket group holding at least one @key, not a link text ("](") nor a reference definition ("]:").
    [GeneratedRegex(@"(?<!!)\[(?<inner>(?:[^\[\]\n]*?[\s;-])?-?@[A-Za-z0-9_][^\[\]\n]*)\](?![(:\[])")]
    private static partial Regex GroupPattern();

    [GeneratedRegex(@"(?:^|(?<=[\s;-]))-?@(?<key>[A-Za-z0-9_](?:[\w:.#$%&+?<>~/-]*[\w])?)(?<rest>[^;]*)")]
    private static partial Regex KeyPattern();

    public static List<CitationGroup> Find(string masked)
    {
        var result = new List<CitationGroup>();
        if (!masked.Contains('@', StringComparison.Ordinal))
        {
            return result;
        }

        foreach (Match g in GroupPattern().Matches(masked))
        {
            var inner = g.Groups["inner"];
            var keys = ImmutableArray.CreateBuilder<CitedKey>();
            foreach (Match k in KeyPattern().Matches(inner.Value))
            {
                var rest = k.Groups["rest"].Value.Trim().TrimStart(',').Trim();
                keys.Add(new CitedKey(k.Groups["key"].Value, inner.Index + k.Groups["key"].Index - 1, rest.Length == 0 ? null : rest));
            }

            if (keys.Count > 0)
            {
                result.Add(new CitationGroup(g.Index, g.Length, keys.ToImmutable()));
            }
        }

        return result;
    }
}
