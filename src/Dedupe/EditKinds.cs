namespace Limber.Dedupe;

/// <summary>The kinds of cosmetic edit that may separate two copies of one passage.</summary>
[Flags]
public enum EditKinds
{
    None = 0,
    Whitespace = 1 << 0,
    Punctuation = 1 << 1,
    Quotes = 1 << 2,
    Dashes = 1 << 3,
    Case = 1 << 4,
    Entity = 1 << 5,
    Unicode = 1 << 6,
    Bullet = 1 << 7,
    ReadMore = 1 << 8,
    Typo = 1 << 9,
    Sentence = 1 << 10,
}

public static class EditKindNames
{
    private static readonly (EditKinds Kind, string Name)[] Names =
    [
        (EditKinds.Whitespace, "whitespace"),
        (EditKinds.Punctuation, "punctuation"),
        (EditKinds.Quotes, "quotes"),
        (EditKinds.Dashes, "dashes"),
        (EditKinds.Case, "case"),
        (EditKinds.Entity, "entity"),
        (EditKinds.Unicode, "unicode"),
        (EditKinds.Bullet, "bullet"),
        (EditKinds.ReadMore, "read more"),
        (EditKinds.Typo, "typo"),
    ];

    /// <summary>Comma-separated names, e.g. "whitespace, entity, typo". <paramref name="sentenceAdded"/> picks "sentence added" or "sentence removed".</summary>
    public static string Describe(EditKinds kinds, bool sentenceAdded = true)
    {
        var parts = Names.Where(n => kinds.HasFlag(n.Kind)).Select(n => n.Name).ToList();
        if (kinds.HasFlag(EditKinds.Sentence))
        {
            parts.Add(sentenceAdded ? "sentence added" : "sentence removed");
        }

        return parts.Count == 0 ? "exact" : string.Join(", ", parts);
    }

    /// <summary>Parses the names <see cref="Describe"/> writes (used by the spec tests).</summary>
    public static EditKinds Parse(string text)
    {
        var kinds = EditKinds.None;
        foreach (var raw in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (raw is "exact")
            {
                continue;
            }

            if (raw is "sentence added" or "sentence removed" or "sentence")
            {
                kinds |= EditKinds.Sentence;
                continue;
            }

            var match = Names.FirstOrDefault(n => n.Name == raw);
            kinds |= match.Name is null ? throw new FormatException($"unknown edit kind '{raw}'") : match.Kind;
        }

        return kinds;
    }
}
