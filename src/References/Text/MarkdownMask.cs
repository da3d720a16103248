using Markdig.Syntax;

namespace Limber.References.Text;

/// <summary>
/// Blanks out the parts of a Markdown body that are not prose — fenced and indented code blocks, inline code spans,
/// HTML comments and Hugo shortcodes (the <c>{{&lt; x &gt;}}</c>/<c>{{% x %}}</c> tags; a paired <c>{{&lt; x &gt;}}…{{&lt; /x &gt;}}</c>
/// with what it encloses, which Hugo hands to a template as it is, not as Markdown) — keeping every offset and newline, so detectors can scan the masked text with
/// regular expressions and report positions in the original.
/// </summary>
public static class MarkdownMask
{
    public static string Mask(string markdown)
    {
        // Most bodies have no code and no comment: nothing to blank, and no copy to make.
        var indented = HasIndentedCode(markdown);
        if (!indented && markdown.AsSpan().IndexOfAny('`', '~') < 0 && !markdown.Contains("<!--", StringComparison.Ordinal) && !markdown.Contains("{{", StringComparison.Ordinal))
        {
            return markdown;
        }

        var chars = markdown.ToCharArray();
        if (indented)
        {
            BlankCodeBlocks(markdown, chars);
        }

        var i = 0;
        var lineStart = true;
        string? fence = null;
        while (i < chars.Length)
        {
            if (lineStart)
            {
                var lineEnd = markdown.IndexOf('\n', i);
                if (lineEnd < 0)
                {
                    lineEnd = markdown.Length;
                }

                var trimmed = markdown.AsSpan(i, lineEnd - i).TrimStart(' ');
                var indent = lineEnd - i - trimmed.Length;
                if (fence is not null)
                {
                    var closes = indent < 4 && trimmed.TrimEnd().StartsWith(fence, StringComparison.Ordinal) && trimmed.TrimEnd().Trim(fence[0]).IsEmpty;
                    Blank(chars, i, lineEnd);
                    if (closes)
                    {
                        fence = null;
                    }

                    i = lineEnd;
                    lineStart = false;
                    continue;
                }

                if (indent < 4 && (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal)))
                {
                    var c = trimmed[0];
                    var n = 0;
                    while (n < trimmed.Length && trimmed[n] == c)
                    {
                        n++;
                    }

                    fence = new string(c, n);
                    Blank(chars, i, lineEnd);
                    i = lineEnd;
                    lineStart = false;
                    continue;
                }

                lineStart = false;
            }

            var ch = chars[i];
            if (ch == '\n')
            {
                lineStart = true;
                i++;
            }
            else if (ch == '\\' && i + 1 < chars.Length && chars[i + 1] != '\n')
            {
                i += 2;
            }
            else if (ch == '`')
            {
                var run = 0;
                while (i + run < chars.Length && chars[i + run] == '`')
                {
                    run++;
                }

                var close = FindClosingBackticks(markdown, i + run, run);
                if (close < 0)
                {
                    i += run;
                }
                else
                {
                    Blank(chars, i, close + run);
                    i = close + run;
                }
            }
            else if (ch == '{' && ShortcodeEnd(markdown, i) is var shortcodeEnd and > 0)
            {
                Blank(chars, i, shortcodeEnd);
                i = shortcodeEnd;
            }
            else if (ch == '<' && string.CompareOrdinal(markdown, i, "<!--", 0, 4) == 0)
            {
                var close = markdown.IndexOf("-->", i + 4, StringComparison.Ordinal);
                var end = close < 0 ? chars.Length : close + 3;
                Blank(chars, i, end);
                i = end;
            }
            else
            {
                i++;
            }
        }

        return new string(chars);
    }

    /// <summary>
    /// Whether a line indented by four spaces or a tab follows a blank line: the start of an indented code block, unless
    /// it continues a list item. Only Markdown's own parser tells which, so such bodies are parsed (<see cref="BlankCodeBlocks"/>).
    /// </summary>
    private static bool HasIndentedCode(string markdown)
    {
        var blankBefore = true;
        var start = 0;
        while (start < markdown.Length)
        {
            var end = markdown.IndexOf('\n', start);
            var line = markdown.AsSpan(start, (end < 0 ? markdown.Length : end) - start);
            var blank = line.IsWhiteSpace();
            if (blankBefore && !blank && (line.StartsWith("    ") || line.StartsWith("\t")))
            {
                return true;
            }

            blankBefore = blank;
            if (end < 0)
            {
                break;
            }

            start = end + 1;
        }

        return false;
    }

    /// <summary>Blanks every code block Markdig finds (indented ones too, within lists and quotes).</summary>
    private static void BlankCodeBlocks(string markdown, char[] chars)
    {
        var document = Markdig.Markdown.Parse(markdown, Limber.Markdown.SiteMarkdown.Pipeline);
        foreach (var block in document.Descendants<CodeBlock>())
        {
            if (block is not Markdig.Extensions.Yaml.YamlFrontMatterBlock)
            {
                Blank(chars, block.Span.Start, block.Span.End + 1);
            }
        }
    }

    /// <summary>
    /// Where the Hugo shortcode starting at <paramref name="start"/> ends: after its tag (<c>{{&lt; x &gt;}}</c>,
    /// <c>{{% x %}}</c>, <c>{{&lt; x /&gt;}}</c>), or after the matching <c>{{&lt; /x &gt;}}</c> for a paired angle-bracket one;
    /// 0 when no shortcode starts there.
    /// </summary>
    private static int ShortcodeEnd(string s, int start)
    {
        if (start + 3 >= s.Length || s[start + 1] != '{')
        {
            return 0;
        }

        var i = start + 2;
        while (i < s.Length && s[i] == ' ')
        {
            i++;
        }

        if (i >= s.Length || s[i] is not ('<' or '%'))
        {
            return 0;
        }

        var delimiter = s[i];
        var close = s.IndexOf(delimiter == '<' ? ">}}" : "%}}", i + 1, StringComparison.Ordinal);
        if (close < 0)
        {
            return 0;
        }

        var end = close + 3;
        var inner = s.AsSpan(i + 1, close - i - 1).Trim();
        if (delimiter != '<' || inner.IsEmpty || inner[0] == '/' || inner[^1] == '/')
        {
            return end;
        }

        var nameLength = inner.IndexOfAny(' ', '\t', '\n');
        var name = nameLength < 0 ? inner : inner[..nameLength];
        return ClosingTagEnd(s, end, name) is var closed and > 0 ? closed : end;
    }

    /// <summary>
    /// The end of the first <c>{{&lt; /name &gt;}}</c> at or after <paramref name="from"/>, with any white space around the
    /// slash and the name as Hugo allows (<c>{{&lt; / name &gt;}}</c>); 0 when there is none.
    /// </summary>
    private static int ClosingTagEnd(string s, int from, ReadOnlySpan<char> name)
    {
        while ((from = s.IndexOf("{{<", from, StringComparison.Ordinal)) >= 0)
        {
            var i = SkipWhiteSpace(s, from + 3);
            if (i < s.Length && s[i] == '/')
            {
                i = SkipWhiteSpace(s, i + 1);
                if (s.AsSpan(i).StartsWith(name, StringComparison.Ordinal))
                {
                    i = SkipWhiteSpace(s, i + name.Length);
                    if (string.CompareOrdinal(s, i, ">}}", 0, 3) == 0)
                    {
                        return i + 3;
                    }
                }
            }

            from += 3;
        }

        return 0;
    }

    private static int SkipWhiteSpace(string s, int i)
    {
        while (i < s.Length && char.IsWhiteSpace(s[i]))
        {
            i++;
        }

        return i;
    }

    private static int FindClosingBackticks(string s, int from, int run)
    {
        var i = from;
        while (i < s.Length)
        {
            if (s[i] == '\n' && i + 1 < s.Length && s[i + 1] == '\n')
            {
                return -1;
            }

            if (s[i] == '`')
            {
                var n = 0;
                while (i + n < s.Length && s[i + n] == '`')
                {
                    n++;
                }

                if (n == run)
                {
                    return i;
                }

                i += n;
            }
            else
            {
                i++;
            }
        }

        return -1;
    }

    private static void Blank(char[] chars, int from, int to)
    {
        for (var k = from; k < to && k < chars.Length; k++)
        {
            if (chars[k] != '\n' && chars[k] != '\r')
            {
                chars[k] = ' ';
            }
        }
    }
}
