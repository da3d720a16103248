using System.Text;

namespace Limber.Render.MachineReadable;

/// <summary>Writes a tree read by <see cref="HtmlTree"/> as Markdown, block by block, for <see cref="MarkdownCopy"/>.</summary>
internal sealed class MarkdownWriter(Func<string, string> absolute)
{
    private readonly List<string> _blocks = [];
    private readonly List<bool> _isList = [];
    private int _lists;

    public int Count => _blocks.Count;

    public override string ToString() => _blocks.Count == 0 ? "" : string.Join("\n\n", _blocks) + "\n";

    public string Text => string.Join("\n\n", _blocks);

    /// <summary>Writes block-level content: runs of inline content between blocks are paragraphs.</summary>
    public void Blocks(List<HtmlNode> nodes)
    {
        var from = 0;
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            if (node.IsBlock || node.IsSkipped)
            {
                Paragraph(nodes, from, i);
                from = i + 1;
                Block(node);
            }
        }

        Paragraph(nodes, from, nodes.Count);
    }

    /// <summary>The inline nodes <paramref name="from"/> to <paramref name="to"/> (exclusive) as one paragraph.</summary>
    private void Paragraph(List<HtmlNode> nodes, int from, int to)
    {
        if (from >= to)
        {
            return;
        }

        var text = Inline(nodes, from, to).Trim();
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

    private void Block(HtmlNode node)
    {
        switch (node.Name)
        {
            case var _ when node.IsSkipped:
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
                var inner = new MarkdownWriter(absolute);
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

    private void List(HtmlNode list)
    {
        var number = int.TryParse(list.Attribute("start"), out var start) ? start : 1;
        var items = new List<(string Marker, MarkdownWriter Inner)>();
        foreach (var item in list.Children.Where(c => c.Name == "li"))
        {
            var inner = new MarkdownWriter(absolute);
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

    private void Table(HtmlNode table)
    {
        var rows = new List<(List<string> Cells, bool Header)>();
        string? caption = null;
        void Collect(HtmlNode node)
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

    private string Cell(HtmlNode cell)
    {
        var inner = new MarkdownWriter(absolute);
        inner.Blocks(cell.Children);
        return inner.Text.Replace("\n\n", "<br>", StringComparison.Ordinal).Replace('\n', ' ').Replace("|", "\\|", StringComparison.Ordinal);
    }

    private void DefinitionList(HtmlNode list)
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
                var inner = new MarkdownWriter(absolute);
                inner.Blocks(child.Children);
                lines.Add(": " + Indent(inner.Text, 2));
            }
        }

        if (lines.Count > 0)
        {
            Emit(string.Join('\n', lines));
        }
    }

    private string Inline(List<HtmlNode> nodes) => Inline(nodes, 0, nodes.Count);

    private string Inline(List<HtmlNode> nodes, int from, int to)
    {
        if (to - from == 1 && nodes[from].Text is { } only)
        {
            return Escape(Collapse(only));
        }

        var sb = new StringBuilder();
        for (var n = from; n < to; n++)
        {
            var node = nodes[n];
            if (node.Text is { } text)
            {
                sb.Append(Escape(Collapse(text)));
                continue;
            }

            if (node.IsSkipped)
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

    private static IEnumerable<string> Texts(HtmlNode node) =>
        node.Text is { } t ? [t] : node.Children.SelectMany(Texts);

    private static string Collapse(string text)
    {
        if (!NeedsCollapse(text))
        {
            return text;
        }

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

    /// <summary>False when <paramref name="text"/> has no white space but single spaces (so collapsing leaves it as it is).</summary>
    private static bool NeedsCollapse(string text)
    {
        var previousSpace = false;
        foreach (var c in text)
        {
            if (c is '\t' or '\n' or '\r' or '\f')
            {
                return true;
            }

            var space = c == ' ';
            if (space && previousSpace)
            {
                return true;
            }

            previousSpace = space;
        }

        return false;
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
