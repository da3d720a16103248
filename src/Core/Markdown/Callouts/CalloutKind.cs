namespace Limber.Markdown.Callouts;

/// <summary>
/// The five looks a callout can have (GitHub's alert kinds). MkDocs admonition types (about twenty, with aliases) map
/// onto them by meaning, so <c>!!! danger</c> and <c>&gt; [!CAUTION]</c> look the same; an unknown type is a note.
/// </summary>
public static class CalloutKind
{
    /// <summary>The look for a GitHub alert kind or an MkDocs admonition type: <c>note</c>, <c>tip</c>, <c>important</c>, <c>warning</c> or <c>caution</c>.</summary>
    public static string Of(string type) => type.ToLowerInvariant() switch
    {
        "tip" or "hint" or "success" or "check" or "done" or "example" => "tip",
        "important" or "abstract" or "summary" or "tldr" or "question" or "help" or "faq" => "important",
        "warning" or "attention" or "todo" => "warning",
        "caution" or "danger" or "error" or "failure" or "fail" or "missing" or "bug" => "caution",
        _ => "note",
    };

    /// <summary>The title shown when the author gives none: the type with a capital first letter (<c>note</c> → <c>Note</c>), as MkDocs does.</summary>
    public static string DefaultTitle(string type) =>
        type.Length == 0 ? "Note" : char.ToUpperInvariant(type[0]) + type[1..].ToLowerInvariant();
}
