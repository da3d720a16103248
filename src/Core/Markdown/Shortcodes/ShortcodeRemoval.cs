using System.Text;

namespace Limber.Markdown.Shortcodes;

/// <summary>
/// Leaves Hugo shortcodes out of a Markdown body before it is rendered, so no page shows <c>{{&lt; … &gt;}}</c> as text
/// (the check stage reports each shortcode name once). What is kept:
/// <list type="bullet">
/// <item>between paired <c>{{% x %}}</c> tags, the text, as Markdown (Hugo renders that form's content as Markdown);</item>
/// <item>between paired <c>{{&lt; x &gt;}}</c> tags, which Hugo hands to the shortcode unrendered (code to highlight,
/// configuration to show), the text verbatim: a code block when the tags stand on their own lines, a code span when
/// they sit in a line; if that text has code blocks of its own it stays Markdown;</item>
/// <item><c>ref</c> and <c>relref</c> become the path they name, so <c>[a]({{&lt; ref "a.md" &gt;}})</c> is an ordinary link;</item>
/// <item>an escaped tag (<c>{{&lt;/* x */&gt;}}</c>) becomes the text Hugo prints for it, <c>{{&lt; x &gt;}}</c>.</item>
/// </list>
/// Code is never changed (see <see cref="ShortcodeScanner"/>), and a tag alone on its lines leaves those lines blank, so
/// the lines after it keep their numbers.
/// </summary>
public static class ShortcodeRemoval
{
    /// <summary>Shortcodes Limber understands: they are replaced by what they mean, not reported.</summary>
    public static bool IsUnderstood(ShortcodeTag tag) => tag.Escaped || (IsReference(tag.Name) && FirstArgument(tag.Arguments) is not null);

    public static string Remove(string body)
    {
        var tags = ShortcodeScanner.Find(body);
        if (tags.Count == 0)
        {
            return body;
        }

        var replacements = new string?[tags.Count];
        var open = new List<int>();
        for (var t = 0; t < tags.Count; t++)
        {
            var tag = tags[t];
            if (tag.Escaped)
            {
                replacements[t] = Unescaped(tag);
                continue;
            }

            if (tag.Kind == ShortcodeTagKind.Open && IsReference(tag.Name) && FirstArgument(tag.Arguments) is { } path)
            {
                replacements[t] = path;
                continue;
            }

            if (tag.Kind == ShortcodeTagKind.Open)
            {
                open.Add(t);
            }
            else if (tag.Kind == ShortcodeTagKind.Close && open.FindLastIndex(o => tags[o].Name == tag.Name) is var at and >= 0)
            {
                var openingIndex = open[at];
                var opening = tags[openingIndex];
                open.RemoveRange(at, open.Count - at);
                if (!opening.MarkdownForm && Verbatim(body, opening, tag) is { } wrap)
                {
                    replacements[openingIndex] = wrap.Before;
                    replacements[t] = wrap.After;
                }
            }
        }

        var text = new StringBuilder(body.Length);
        var position = 0;
        for (var t = 0; t < tags.Count; t++)
        {
            var tag = tags[t];
            if (tag.Start < position)
            {
                continue;
            }

            text.Append(body, position, tag.Start - position);
            text.Append(replacements[t] ?? Blank(body, tag));
            position = tag.End;
        }

        text.Append(body, position, body.Length - position);
        return text.ToString();
    }

    private static bool IsReference(string name) => name is "ref" or "relref";

    /// <summary>The first argument, quoted or bare (<c>"a.md"</c>, <c>a.md</c>, <c>path="a.md"</c>).</summary>
    private static string? FirstArgument(string arguments)
    {
        var a = arguments.Trim();
        if (a.StartsWith("path=", StringComparison.Ordinal))
        {
            a = a[5..];
        }

        if (a.Length > 1 && a[0] is '"' or '`')
        {
            var close = a.IndexOf(a[0], 1);
            return close > 1 ? a[1..close] : null;
        }

        var space = a.IndexOfAny([' ', '\t', '\n']);
        var word = space < 0 ? a : a[..space];
        return word.Length > 0 && !word.Contains('=', StringComparison.Ordinal) ? word : null;
    }

    private static string Unescaped(ShortcodeTag tag)
    {
        var (open, close) = tag.MarkdownForm ? ("{{% ", " %}}") : ("{{< ", " >}}");
        var slash = tag.Kind == ShortcodeTagKind.Close ? "/" : "";
        var arguments = tag.Arguments.Length == 0 ? "" : " " + tag.Arguments;
        var selfClose = tag.Kind == ShortcodeTagKind.SelfClosing ? " /" : "";
        return open + slash + tag.Name + arguments + selfClose + close;
    }

    /// <summary>
    /// What replaces a tag that is left out: its line breaks alone when it stands on its own lines (the lines stay, blank),
    /// nothing when it sits inside a line.
    /// </summary>
    private static string Blank(string body, ShortcodeTag tag)
    {
        if (!AloneOnLine(body, tag))
        {
            return "";
        }

        var breaks = 0;
        for (var i = tag.Start; i < tag.End; i++)
        {
            if (body[i] == '\n')
            {
                breaks++;
            }
        }

        return new string('\n', breaks);
    }

    private static bool AloneOnLine(string body, ShortcodeTag tag)
    {
        for (var i = tag.Start - 1; i >= 0 && body[i] != '\n'; i--)
        {
            if (!char.IsWhiteSpace(body[i]))
            {
                return false;
            }
        }

        for (var i = tag.End; i < body.Length && body[i] != '\n'; i++)
        {
            if (!char.IsWhiteSpace(body[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The text that makes the content between <paramref name="opening"/> and <paramref name="closing"/> show verbatim, or null to keep it Markdown.</summary>
    private static (string Before, string After)? Verbatim(string body, ShortcodeTag opening, ShortcodeTag closing)
    {
        var inner = body.AsSpan(opening.End, closing.Start - opening.End);
        if (inner.Trim().IsEmpty)
        {
            return null;
        }

        var longest = LongestRun(inner, '`');
        if (AloneOnLine(body, opening) && AloneOnLine(body, closing))
        {
            if (HasFence(inner))
            {
                return null;
            }

            var fence = new string('`', Math.Max(3, longest + 1));
            var before = Blank(body, opening);
            var after = Blank(body, closing);

            // The fence goes on the tag's last line (a tag over several lines leaves blank lines before it).
            return (before + fence, fence + after);
        }

        if (inner.Contains('\n'))
        {
            return null;
        }

        var ticks = new string('`', longest + 1);
        var pad = inner.StartsWith("`", StringComparison.Ordinal) || inner.EndsWith("`", StringComparison.Ordinal) ? " " : "";
        return (ticks + pad, pad + ticks);
    }

    private static bool HasFence(ReadOnlySpan<char> text)
    {
        foreach (var line in text.EnumerateLines())
        {
            var trimmed = line.TrimStart(' ');
            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static int LongestRun(ReadOnlySpan<char> text, char c)
    {
        int longest = 0, run = 0;
        foreach (var ch in text)
        {
            run = ch == c ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }
}
