using System.Net;
using System.Text;

namespace Limber.Render.MachineReadable;

/// <summary>
/// The Markdown copy of a page (<c>/path/index.md</c> beside <c>/path/index.html</c>, as Rspress and Quarto publish for
/// language models and scripts): the page's rendered content (its layout's output, without the site's header, sidebar
/// and footer) turned back into Markdown. Working from the HTML gives every kind of page (authored, topic, exercise,
/// list) the same treatment with links already resolved. A small tolerant parser, one pass to a tree and one to text:
/// headings, paragraphs, lists, links, images, emphasis, code, code blocks, quotations, tables, definition lists;
/// navigation, forms and scripts are left out.
/// </summary>
public static class MarkdownCopy
{
    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase) { "br", "hr", "img", "input", "meta", "link", "source", "wbr", "col", "area", "base", "embed", "track" };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { "nav", "script", "style", "form", "button", "select", "textarea", "template", "noscript", "svg", "head", "title" };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "figure", "figcaption", "details", "summary", "blockquote",
        "ul", "ol", "li", "dl", "dt", "dd", "table", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "caption",
    };

    /// <summary>The Markdown for a fragment of HTML. <paramref name="absolute"/> turns root-relative link targets into absolute ones.</summary>
    public static string FromHtml(string html, Func<string, string>? absolute = null)
    {
        var root = Parse(html);
        var writer = new Writer(absolute ?? (u => u));
        writer.Blocks(root.Children);
        return writer.ToString();
    }

    private sealed class Node(string name)
    {
        public string Name { get; } = name;

        public string? Text { get; init; }

        public Dictionary<string, string>? Attributes { get; set; }

        public List<Node> Children { get; } = [];

        public string Attribute(string name) => Attributes?.GetValueOrDefault(name) ?? "";

        public bool IsBlock => Text is null && Blocks.Contains(Name);
    }

    private static Node Parse(string html)
    {
        var root = new Node("#root");
        var stack = new List<Node> { root };
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

            var node = new Node(name) { Attributes = Attributes(html.AsSpan(nameEnd, close - nameEnd)) };
            stack[^1].Children.Add(node);
            if (name is "script" or "style" or "textarea" or "pre")
            {
                // Raw text (pre keeps its tags for code spans, but its text is taken as it is).
                var end = html.IndexOf("</" + name, at, StringComparison.OrdinalIgnoreCase);
                end = end < 0 ? html.Length : end;
                if (name == "pre")
                {
                    node.Children.Add(new Node("#text") { Text = WebUtility.HtmlDecode(StripTags(html[at..end])) });
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

            if (!Void.Contains(name) && html[close - 1] != '/')
            {
                stack.Add(node);
            }
        }

        return root;
    }

    private static void AddText(Node parent, string raw) => parent.Children.Add(new Node("#text") { Text = WebUtility.HtmlDecode(raw) });

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

    private sealed class Writer(Func<string, string> absolute)
    {
        private readonly List<string> _blocks = [];
        private readonly List<bool> _isList = [];
        private int _lists;

        public int Count => _blocks.Count;

        public override string ToString() => _blocks.Count == 0 ? "" : string.Join("\n\n", _blocks) + "\n";

        public string Text => string.Join("\n\n", _blocks);

        /// <summary>Writes block-level content: runs of inline content between blocks are paragraphs.</summary>
        public void Blocks(List<Node> nodes)
        {
            var inline = new List<Node>();
            foreach (var node in nodes)
            {
                if (node.IsBlock || Skipped.Contains(node.Name))
                {
                    Paragraph(inline);
                    inline.Clear();
                    Block(node);
                }
                else
                {
                    inline.Add(node);
                }
            }

            Paragraph(inline);
        }

        private void Paragraph(List<Node> inline)
        {
            var text = Inline(inline).Trim();
            if (text.Length > 0)
            {
                Emit(text);
            }
        }

        private void Emit(string text)
        {
            _blocks.Add(text);
            _isList.Add(false);
        }

        /// <summary>Every line but the first, when not empty, indented by <paramref name="width"/> spaces.</summary>
        private static string Indent(string text, int width) =>
            string.Join('\n', text.Split('\n').Select((line, i) => i == 0 || line.Length == 0 ? line : new string(' ', width) + line));

        private void Block(Node node)
        {
            switch (node.Name)
            {
                case var _ when Skipped.Contains(node.Name):
                    return;
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    Emit(new string('#', node.Name[1] - '0') + " " + Inline(node.Children).Trim());
                    return;
                case "hr":
                    Emit("---");
                    return;
                case "pre":
                    var code = string.Concat(node.Children.Select(c => c.Text)).TrimEnd('\n');
                    var fence = code.Contains("```", StringComparison.Ordinal) ? "````" : "```";
                    Emit($"{fence}{node.Attribute("lang")}\n{code}\n{fence}");
                    return;
                case "ul" or "ol":
                    List(node);
                    return;
                case "blockquote":
                    var inner = new Writer(absolute);
                    inner.Blocks(node.Children);
                    if (inner.Count > 0)
                    {
                        Emit(string.Join('\n', inner.Text.Split('\n').Select(l => l.Length == 0 ? ">" : "> " + l)));
                    }

                    return;
                case "table":
                    Table(node);
                    return;
                case "dl":
                    DefinitionList(node);
                    return;
                case "summary" or "caption":
                    var label = Inline(node.Children).Trim();
                    if (label.Length > 0)
                    {
                        Emit("**" + label + "**");
                    }

                    return;
                default:
                    Blocks(node.Children);
                    return;
            }
        }

        private void List(Node list)
        {
            var number = int.TryParse(list.Attribute("start"), out var start) ? start : 1;
            var items = new List<(string Marker, Writer Inner)>();
            foreach (var item in list.Children.Where(c => c.Name == "li"))
            {
                var inner = new Writer(absolute);
                inner.Blocks(item.Children);
                items.Add((list.Name == "ol" ? $"{number++}. " : "- ", inner));
            }

            // Loose (blank lines between items) when an item holds more than one paragraph; a nested list alone does not make it so.
            var loose = items.Any(i => i.Inner._blocks.Count - i.Inner._lists > 1);
            var texts = items.Select(i =>
            {
                var text = new StringBuilder();
                for (var b = 0; b < i.Inner._blocks.Count; b++)
                {
                    text.Append(b == 0 ? "" : loose || !i.Inner._isList[b] ? "\n\n" : "\n").Append(i.Inner._blocks[b]);
                }

                return i.Marker + Indent(text.ToString(), i.Marker.Length);
            }).ToList();
            if (texts.Count > 0)
            {
                _isList.Add(true);
                _lists++;
                _blocks.Add(string.Join(loose ? "\n\n" : "\n", texts));
            }
        }

        private void Table(Node table)
        {
            var rows = new List<(List<string> Cells, bool Header)>();
            string? caption = null;
            void Collect(Node node)
            {
                foreach (var child in node.Children)
                {
                    if (child.Name == "caption")
                    {
                        caption = Inline(child.Children).Trim();
                    }
                    else if (child.Name == "tr")
                    {
                        var cells = child.Children.Where(c => c.Name is "th" or "td").ToList();
                        rows.Add((cells.Select(c => Cell(c)).ToList(), cells.Count > 0 && cells.All(c => c.Name == "th")));
                    }
                    else if (child.Text is null)
                    {
                        Collect(child);
                    }
                }
            }

            Collect(table);
            if (rows.Count == 0)
            {
                return;
            }

            var width = rows.Max(r => r.Cells.Count);
            var header = rows[0].Header ? rows[0].Cells : Enumerable.Repeat("", width).ToList();
            var body = rows[0].Header ? rows.Skip(1) : rows;
            string Row(List<string> cells) => "| " + string.Join(" | ", cells.Concat(Enumerable.Repeat("", width - cells.Count))) + " |";
            var lines = new List<string>();
            if (caption is { Length: > 0 })
            {
                lines.Add("**" + caption + "**");
                lines.Add("");
            }

            lines.Add(Row(header));
            lines.Add("|" + string.Concat(Enumerable.Repeat(" --- |", width)));
            lines.AddRange(body.Select(r => Row(r.Cells)));
            Emit(string.Join('\n', lines));
        }

        private string Cell(Node cell)
        {
            var inner = new Writer(absolute);
            inner.Blocks(cell.Children);
            return inner.Text.Replace("\n\n", "<br>", StringComparison.Ordinal).Replace('\n', ' ').Replace("|", "\\|", StringComparison.Ordinal);
        }

        private void DefinitionList(Node list)
        {
            var lines = new List<string>();
            foreach (var child in list.Children)
            {
                if (child.Name == "dt")
                {
                    lines.Add("**" + Inline(child.Children).Trim() + "**");
                }
                else if (child.Name == "dd")
                {
                    var inner = new Writer(absolute);
                    inner.Blocks(child.Children);
                    lines.Add(": " + Indent(inner.Text, 2));
                }
            }

            if (lines.Count > 0)
            {
                Emit(string.Join('\n', lines));
            }
        }

        private string Inline(IEnumerable<Node> nodes)
        {
            var sb = new StringBuilder();
            foreach (var node in nodes)
            {
                if (node.Text is { } text)
                {
                    sb.Append(Escape(Collapse(text)));
                    continue;
                }

                if (Skipped.Contains(node.Name))
                {
                    continue;
                }

                switch (node.Name)
                {
                    case "br":
                        sb.Append("\\\n");
                        break;
                    case "strong" or "b":
                        Wrap(sb, "**", Inline(node.Children));
                        break;
                    case "em" or "i":
                        Wrap(sb, "*", Inline(node.Children));
                        break;
                    case "del" or "s":
                        Wrap(sb, "~~", Inline(node.Children));
                        break;
                    case "code" or "kbd" or "samp":
                        var code = Collapse(string.Concat(Texts(node)));
                        var ticks = code.Contains('`', StringComparison.Ordinal) ? "``" : "`";
                        sb.Append(ticks).Append(code.StartsWith('`') ? " " : "").Append(code).Append(code.EndsWith('`') ? " " : "").Append(ticks);
                        break;
                    case "img":
                        sb.Append("![").Append(Escape(node.Attribute("alt"))).Append("](").Append(Target(node.Attribute("src"))).Append(')');
                        break;
                    case "a":
                        var label = Inline(node.Children).Trim();
                        var href = node.Attribute("href");
                        if (href.Length == 0 || label.Length == 0)
                        {
                            sb.Append(label);
                        }
                        else
                        {
                            sb.Append('[').Append(label).Append("](").Append(Target(href)).Append(')');
                        }

                        break;
                    default:
                        sb.Append(node.IsBlock ? " " + Inline(node.Children) + " " : Inline(node.Children));
                        break;
                }
            }

            return sb.ToString();
        }

        private static void Wrap(StringBuilder sb, string mark, string text)
        {
            var trimmed = text.Trim();
            if (trimmed.Length == 0)
            {
                sb.Append(text);
                return;
            }

            sb.Append(text.StartsWith(' ') ? " " : "").Append(mark).Append(trimmed).Append(mark).Append(text.EndsWith(' ') ? " " : "");
        }

        private string Target(string url)
        {
            var target = url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? absolute(url) : url;
            return target.Contains(' ', StringComparison.Ordinal) || target.Contains(')', StringComparison.Ordinal) ? "<" + target + ">" : target;
        }

        private static IEnumerable<string> Texts(Node node) =>
            node.Text is { } t ? [t] : node.Children.SelectMany(Texts);

        private static string Collapse(string text)
        {
            var sb = new StringBuilder(text.Length);
            var space = false;
            foreach (var c in text)
            {
                if (c is ' ' or '\t' or '\n' or '\r' or '\f')
                {
                    space = true;
                }
                else
                {
                    if (space)
                    {
                        sb.Append(' ');
                        space = false;
                    }

                    sb.Append(c);
                }
            }

            if (space)
            {
                sb.Append(' ');
            }

            return sb.ToString();
        }

        /// <summary>Escapes the characters that would start Markdown syntax in running text.</summary>
        private static string Escape(string text)
        {
            if (text.AsSpan().IndexOfAny("\\*_`[]<") < 0)
            {
                return text;
            }

            var sb = new StringBuilder(text.Length + 8);
            foreach (var c in text)
            {
                if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<')
                {
                    sb.Append('\\');
                }

                sb.Append(c);
            }

            return sb.ToString();
        }
    }
}
