namespace Limber.Dedupe;

/// <summary>What kind of page furniture a passage is. The name (kebab-case) is what site.yml's <c>dedupe.debris.disable</c> takes.</summary>
public enum DebrisCategory
{
    Symbols,
    BackLink,
    Navigation,
    Cookie,
    Newsletter,
    Ad,
    Bio,
    Byline,
    Disclaimer,
    Notice,
    Copyright,
    Template,
    Comment,
}

public static class DebrisCategories
{
    public static IReadOnlyList<DebrisCategory> All { get; } = Enum.GetValues<DebrisCategory>();

    /// <summary>The name site.yml uses (<c>back-link</c>, <c>bio</c>, …).</summary>
    public static string Name(this DebrisCategory category) => category switch
    {
        DebrisCategory.BackLink => "back-link",
        _ => category.ToString().ToLowerInvariant(),
    };

    /// <summary>The start of the reason shown in the report.</summary>
    public static string Label(this DebrisCategory category) => category switch
    {
        DebrisCategory.Symbols => "no words (a lone symbol or punctuation)",
        DebrisCategory.BackLink => "back link",
        DebrisCategory.Navigation => "navigation",
        DebrisCategory.Cookie => "cookie or privacy notice",
        DebrisCategory.Newsletter => "newsletter, subscription or paywall",
        DebrisCategory.Ad => "advertisement",
        DebrisCategory.Bio => "author bio",
        DebrisCategory.Byline => "byline or page metadata",
        DebrisCategory.Disclaimer => "disclaimer",
        DebrisCategory.Notice => "site notice",
        DebrisCategory.Copyright => "copyright or legal footer",
        DebrisCategory.Template => "template text",
        DebrisCategory.Comment => "reader comment",
        _ => category.ToString(),
    };

    public static DebrisCategory? Parse(string name) =>
        All.FirstOrDefault(c => c.Name().Equals(name, StringComparison.OrdinalIgnoreCase)) is var found && found.Name().Equals(name, StringComparison.OrdinalIgnoreCase)
            ? found
            : null;
}
