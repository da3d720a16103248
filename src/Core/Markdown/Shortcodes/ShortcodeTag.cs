namespace Limber.Markdown.Shortcodes;

/// <summary>How a shortcode tag stands: opening (<c>{{&lt; x &gt;}}</c>), closing (<c>{{&lt; /x &gt;}}</c>) or self-closing (<c>{{&lt; x /&gt;}}</c>).</summary>
public enum ShortcodeTagKind
{
    Open,
    Close,
    SelfClosing,
}

/// <summary>
/// One Hugo shortcode tag in a Markdown body, outside code: its name, where it is (<paramref name="Start"/> and
/// <paramref name="Length"/> in the body), its kind, whether it is the <c>{{% %}}</c> form (content is Markdown) or
/// <c>{{&lt; &gt;}}</c>, and whether it is written escaped as a comment (<c>{{&lt;/* x */&gt;}}</c>, which Hugo prints as text).
/// </summary>
public sealed record ShortcodeTag(string Name, int Start, int Length, ShortcodeTagKind Kind, bool MarkdownForm, bool Escaped, string Arguments)
{
    public int End => Start + Length;
}
