using System.Collections.Frozen;
using System.Collections.Immutable;
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
                AddText(stack[^1], html.AsSpan(at));
                break;
            }

            var next = html[open + 1];
            if (!(char.IsAsciiLetter(next) || next == '/' || next == '!'))
            {
                // A '<' that starts no tag is text.
                AddText(stack[^1], html.AsSpan(at, open + 1 - at));
                at = open + 1;
                continue;
            }

            if (open > at)
            {
                AddText(stack[^1], html.AsSpan(at, open - at));
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
                AddText(stack[^1], html.AsSpan(open));
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

            var name = Name(html.AsSpan(nameStart, nameEnd - nameStart));
            if (closing)
            {
                var index = stack.Count - 1;
                while (index >= 0 && !ReferenceEquals(stack[index].Name, name) && stack[index].Name != name)
                {
                    index--;
                }

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

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownNames = HtmlNode.KnownNames.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KeptAttributes = HtmlNode.KeptAttributes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Runs of white space between tags, shared rather than allocated for each ("\n", "\n\n", " ").</summary>
    private static readonly ImmutableArray<string> Spaces = ["\n", "\n\n", " ", "\n\n\n"];

    /// <summary>A tag or attribute name in lower case; known names are shared strings.</summary>
    private static string Name(ReadOnlySpan<char> raw)
    {
        if (raw.Length <= 16)
        {
            Span<char> lower = stackalloc char[raw.Length];
            raw.ToLowerInvariant(lower);
            return KnownNames.TryGetValue(lower, out var known) ? known : lower.ToString();
        }

        return raw.ToString().ToLowerInvariant();
    }

    private static void AddText(HtmlNode parent, ReadOnlySpan<char> raw)
    {
        foreach (var space in Spaces)
        {
            if (raw.SequenceEqual(space))
            {
                parent.Children.Add(new HtmlNode("#text") { Text = space });
                return;
            }
        }

        parent.Children.Add(new HtmlNode("#text") { Text = raw.Contains('&') ? WebUtility.HtmlDecode(raw.ToString()) : raw.ToString() });
    }

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

            // Only the attributes the copy reads are kept (and decoded); the others are skipped.
            var name = KeptName(text[start..i]);
            var value = "";
            if (i < text.Length && text[i] == '=')
            {
                i++;
                if (i < text.Length && text[i] is '"' or '\'')
                {
                    var quote = text[i++];
                    var end = text[i..].IndexOf(quote);
                    end = end < 0 ? text.Length - i : end;
                    value = name is null ? "" : WebUtility.HtmlDecode(text.Slice(i, end).ToString());
                    i += end + 1;
                }
                else
                {
                    var end = i;
                    while (end < text.Length && !char.IsWhiteSpace(text[end]))
                    {
                        end++;
                    }

                    value = name is null ? "" : text[i..end].ToString();
                    i = end;
                }
            }

            if (name is not null)
            {
                (result ??= new(StringComparer.Ordinal))[name] = value;
            }
        }

        return result;
    }

    /// <summary>The shared name of an attribute the copy reads, or null for any other attribute.</summary>
    private static string? KeptName(ReadOnlySpan<char> raw)
    {
        if (raw.Length > 8)
        {
            return null;
        }

        Span<char> lower = stackalloc char[raw.Length];
        raw.ToLowerInvariant(lower);
        return KeptAttributes.TryGetValue(lower, out var kept) ? kept : null;
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
