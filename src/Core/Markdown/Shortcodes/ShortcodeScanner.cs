using Limber.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Limber.Markdown.Shortcodes;

/// <summary>
/// Finds Hugo shortcode tags (<c>{{&lt; name args &gt;}}</c>, <c>{{% name args %}}</c>, closing and self-closing forms,
/// tags spanning lines) in a Markdown body, never inside code: code blocks (fenced and indented) and code spans are
/// located by Markdig itself, so whatever Markdig shows as code keeps its shortcodes as written.
/// </summary>
public static class ShortcodeScanner
{
    /// <summary>A tag longer than this is not taken for one (an unclosed <c>{{&lt;</c> in prose).</summary>
    private const int MaxTagLength = 4096;

    /// <summary>A cheap test: false means the body has no shortcode at all.</summary>
    public static bool MayContain(string body) =>
        body.Contains("{{<", StringComparison.Ordinal) || body.Contains("{{%", StringComparison.Ordinal);

    /// <summary><see cref="MayContain(string)"/> on a page body as stored, without decoding it.</summary>
    public static bool MayContain(Utf8Text body) => body.Contains("{{<"u8) || body.Contains("{{%"u8);

    /// <summary>Every shortcode tag outside code, in body order.</summary>
    public static IReadOnlyList<ShortcodeTag> Find(string body)
    {
        if (!MayContain(body))
        {
            return [];
        }

        var code = CodeRanges(body);
        var tags = new List<ShortcodeTag>();
        var codeIndex = 0;
        var i = 0;
        while ((i = NextOpening(body, i)) >= 0)
        {
            while (codeIndex < code.Count && code[codeIndex].End <= i)
            {
                codeIndex++;
            }

            if (codeIndex < code.Count && code[codeIndex].Start <= i)
            {
                i = code[codeIndex].End;
                continue;
            }

            if (TryRead(body, i) is { } tag)
            {
                tags.Add(tag);
                i = tag.End;
            }
            else
            {
                i += 3;
            }
        }

        return tags;
    }

    private static int NextOpening(string body, int from)
    {
        while (from < body.Length)
        {
            var at = body.IndexOf("{{", from, StringComparison.Ordinal);
            if (at < 0 || at + 2 >= body.Length)
            {
                return -1;
            }

            if (body[at + 2] is '<' or '%')
            {
                return at;
            }

            from = at + 1;
        }

        return -1;
    }

    /// <summary>Reads the tag opening at <paramref name="start"/>, or null when the text there is not one.</summary>
    internal static ShortcodeTag? TryRead(string body, int start)
    {
        var delimiter = body[start + 2] == '<' ? '>' : '%';
        var i = SkipSpace(body, start + 3);
        var escaped = string.CompareOrdinal(body, i, "/*", 0, 2) == 0;
        if (escaped)
        {
            i = SkipSpace(body, i + 2);
        }

        var closing = i < body.Length && body[i] == '/';
        if (closing)
        {
            i = SkipSpace(body, i + 1);
        }

        var nameStart = i;
        while (i < body.Length && (char.IsLetterOrDigit(body[i]) || body[i] is '_' or '-' or '.' or '/'))
        {
            i++;
        }

        if (i == nameStart || !char.IsLetterOrDigit(body[nameStart]) && body[nameStart] != '_')
        {
            return null;
        }

        var name = body[nameStart..i].TrimEnd('/');
        var argumentsStart = i;
        var limit = Math.Min(body.Length, start + MaxTagLength);
        char? quote = null;
        for (; i < limit; i++)
        {
            var c = body[i];
            if (quote is { } q)
            {
                if (c == '\\' && q == '"')
                {
                    i++;
                }
                else if (c == q)
                {
                    quote = null;
                }

                continue;
            }

            if (c is '"' or '`')
            {
                quote = c;
                continue;
            }

            if (c != delimiter || i + 2 >= body.Length || body[i + 1] != '}' || body[i + 2] != '}')
            {
                continue;
            }

            // The closing delimiter: "%}}" or ">}}", with "*/" before it when escaped.
            var inner = body.AsSpan(argumentsStart, i - argumentsStart).TrimEnd();
            if (escaped)
            {
                if (!inner.EndsWith("*/", StringComparison.Ordinal))
                {
                    continue;
                }

                inner = inner[..^2].TrimEnd();
            }

            var selfClosing = !closing && inner.EndsWith("/", StringComparison.Ordinal);
            if (selfClosing)
            {
                inner = inner[..^1].TrimEnd();
            }

            var kind = closing ? ShortcodeTagKind.Close : selfClosing ? ShortcodeTagKind.SelfClosing : ShortcodeTagKind.Open;
            return new ShortcodeTag(name, start, i + 3 - start, kind, delimiter == '%', escaped, inner.Trim().ToString());
        }

        return null;
    }

    private static int SkipSpace(string body, int i)
    {
        while (i < body.Length && char.IsWhiteSpace(body[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>The body's code blocks and code spans as Markdig parses them, in order, as [Start, End) offsets.</summary>
    private static List<(int Start, int End)> CodeRanges(string body)
    {
        var ranges = new List<(int Start, int End)>();
        if (body.AsSpan().IndexOfAny('`', '~') < 0 && !body.Contains("\n    ", StringComparison.Ordinal) && !body.Contains('\t'))
        {
            return ranges;
        }

        var document = Markdig.Markdown.Parse(body, SiteMarkdown.Pipeline);
        foreach (var node in document.Descendants())
        {
            var span = node switch
            {
                CodeBlock block => block.Span,
                CodeInline inline => inline.Span,
                _ => SourceSpan.Empty,
            };
            if (!span.IsEmpty && span.Start >= 0)
            {
                ranges.Add((span.Start, Math.Min(body.Length, span.End + 1)));
            }
        }

        ranges.Sort((a, b) => a.Start.CompareTo(b.Start));
        return ranges;
    }
}
