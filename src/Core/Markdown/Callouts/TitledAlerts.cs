using System.Text;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Limber.Markdown.Callouts;

/// <summary>
/// Alerts Markdig's own parser leaves as quotes: with a title after the kind (<c>&gt; [!NOTE] Modules are Go modules</c>),
/// foldable (<c>[!TIP]-</c> closed, <c>[!TIP]+</c> open, as Obsidian and Hugo write them) or nested in a list. After the
/// parse, such a quote becomes an <see cref="AdmonitionBlock"/>, so it looks like every other callout.
/// </summary>
public static partial class TitledAlerts
{
    public static void Convert(MarkdownDocument document)
    {
        foreach (var quote in document.Descendants<QuoteBlock>().Where(q => q is not Markdig.Extensions.Alerts.AlertBlock).ToList())
        {
            if (quote.Count == 0 || quote[0] is not ParagraphBlock { Inline: { } inline } paragraph || quote.Parent is not { } parent)
            {
                continue;
            }

            var firstLine = new List<Inline>();
            var text = new StringBuilder();
            var node = inline.FirstChild;
            for (; node is not null and not LineBreakInline; node = node.NextSibling)
            {
                firstLine.Add(node);
                InlineText.Append(text, node);
            }

            var match = Marker().Match(text.ToString().Trim());
            if (!match.Success)
            {
                continue;
            }

            var type = match.Groups["kind"].Value;
            var fold = match.Groups["fold"].Value;
            var title = match.Groups["title"].Value.Trim();
            var admonition = new AdmonitionBlock(null!)
            {
                Type = type,
                Title = title.Length > 0 ? title : CalloutKind.DefaultTitle(type),
                Collapsible = fold.Length > 0,
                Open = fold == "+",
                Line = quote.Line,
                Column = quote.Column,
                Span = quote.Span,
            };

            node?.Remove(); // the line break after the marker line
            foreach (var n in firstLine)
            {
                n.Remove();
            }

            if (inline.FirstChild is null)
            {
                quote.Remove(paragraph);
            }

            var index = parent.IndexOf(quote);
            parent.RemoveAt(index);
            while (quote.Count > 0)
            {
                var child = quote[0];
                quote.RemoveAt(0);
                admonition.Add(child);
            }

            parent.Insert(index, admonition);
        }
    }

    [GeneratedRegex(@"^\[!(?<kind>[A-Za-z]+)\](?<fold>[+-]?)(?:\s+(?<title>.*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();
}
