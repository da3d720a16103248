using System.Net;
using System.Text;

namespace Limber.Render.MachineReadable;

/// <summary>
/// A small tolerant HTML reader for <see cref="MarkdownCopy"/>: a fragment to a tree of <see cref="HtmlNode"/>s. Unclosed
/// elements close with their parent, stray end tags are dropped, a '&lt;' that starts no tag is text; the content of
/// script, style, textarea and pre is kept as it is.
/// </summary>
internal static class HtmlTree
{
    public static HtmlNode Parse(string html)
    {
        var root = new HtmlNode("#root");
        var stack = new List<HtmlNode> { root };
        var at = 0;
        while (at < html.Length)
        {
            var open = html.IndexOf('<', at);
            if (open < 0 || open + 1 >= html.Length)
            {
                AddText(stack[^1], html[at..]);
                break;
            }

            var next = html[open + 1];
            if (!(char.IsAsciiLetter(next) || next == '/' || next == '!'))
            {
                // A '<' that starts no tag is text.
                AddText(stack[^1], html[at..(open + 1)]);
                at = open + 1;
                continue;
            }

            if (open > at)
            {
                AddText(stack[^1], html[at..open]);
            }

            if (html.AsSpan(open).StartsWith("<!--"))
            {
                var endComment = html.IndexOf("-->", open + 4, StringComparison.Ordinal);
                at = endComment < 0 ? html.Length : endComment + 3;
                continue;
            }

            var close = TagEnd(html, open);
            if (close < 0)
            {
                AddText(stack[^1], html[open..]);
                break;
            }

            at = close + 1;
            if (next == '!')
            {
                continue;
            }

            var closing = next == '/';
            var nameStart = open + (closing ? 2 : 1);
            var nameEnd = nameStart;
            while (nameEnd < close && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-'))
            {
                nameEnd++;
            }

            var name = html[nameStart..nameEnd].ToLowerInvariant();
            if (closing)
            {
                var index = stack.FindLastIndex(n => n.Name == name);
                if (index > 0)
                {
                    stack.RemoveRange(index, stack.Count - index);
                }

                continue;
            }

            var node = new HtmlNode(name) { Attributes = Attributes(html.AsSpan(nameEnd, close - nameEnd)) };
            stack[^1].Children.Add(node);
            if (name is "script" or "style" or "textarea" or "pre")
            {
                // Raw text (pre keeps its tags for code spans, but its text is taken as it is).
                var end = html.IndexOf("</" + name, at, StringComparison.OrdinalIgnoreCase);
                end = end < 0 ? html.Length : end;
                if (name == "pre")
                {
                    node.Children.Add(new HtmlNode("#text") { Text = WebUtility.HtmlDecode(StripTags(html[at..end])) });
                    var code = html.IndexOf("class=\"language-", at, StringComparison.Ordinal);
                    if (code >= 0 && code < end)
                    {
                        var start = code + "class=\"language-".Length;
                        var quote = html.IndexOf('"', start);
                        node.Attributes ??= [];
                        node.Attributes["lang"] = html[start..quote].Split(' ')[0];
                    }
                }

                var after = html.IndexOf('>', end);
                at = after < 0 ? html.Length : after + 1;
                continue;
            }

            if (!HtmlNode.IsVoid(name) && html[close - 1] != '/')
            {
                stack.Add(node);
            }
        }

        return root;
    }

    private static void AddText(HtmlNode parent, string raw) => parent.Children.Add(new HtmlNode("#text") { Text = WebUtility.HtmlDecode(raw) });

    /// <summary>The '&gt;' that ends the tag at <paramref name="open"/>, skipping quoted attribute values.</summary>
    private static int TagEnd(string html, int open)
    {
        char quote = '\0';
        for (var i = open + 1; i < html.Length; i++)
        {
            var c = html[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i;
            }
        }

        return -1;
    }

    private static Dictionary<string, string>? Attributes(ReadOnlySpan<char> text)
    {
        Dictionary<string, string>? result = null;
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] == '/'))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && text[i] != '=' && !char.IsWhiteSpace(text[i]) && text[i] != '/')
            {
                i++;
            }

            if (i == start)
            {
                break;
            }

            var name = text[start..i].ToString().ToLowerInvariant();
            var value = "";
            if (i < text.Length && text[i] == '=')
            {
                i++;
                if (i < text.Length && text[i] is '"' or '\'')
                {
                    var quote = text[i++];
                    var end = text[i..].IndexOf(quote);
                    end = end < 0 ? text.Length - i : end;
                    value = WebUtility.HtmlDecode(text.Slice(i, end).ToString());
                    i += end + 1;
                }
                else
                {
                    var end = i;
                    while (end < text.Length && !char.IsWhiteSpace(text[end]))
                    {
                        end++;
                    }

                    value = text[i..end].ToString();
                    i = end;
                }
            }

            (result ??= new(StringComparer.Ordinal))[name] = value;
        }

        return result;
    }

    private static string StripTags(string html)
    {
        var sb = new StringBuilder(html.Length);
        var inTag = false;
        foreach (var c in html)
        {
            if (c == '<')
            {
                inTag = true;
            }
            else if (c == '>' && inTag)
            {
                inTag = false;
            }
            else if (!inTag)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
