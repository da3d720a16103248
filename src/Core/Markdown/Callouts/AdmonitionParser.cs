using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Limber.Markdown.Callouts;

/// <summary>
/// Parses MkDocs (Python-Markdown) admonitions: a line <c>!!! type</c>, optionally followed by a quoted title, opens a
/// block whose content is the following lines indented by four spaces (blank lines included); the first line indented
/// less ends it. <c>???</c> makes it collapsible and <c>???+</c> collapsible and open (pymdownx.details). Like
/// Python-Markdown, the marker line must start a block: it does not interrupt a paragraph.
/// </summary>
public sealed class AdmonitionParser : BlockParser
{
    private const int ContentIndent = 4;

    public AdmonitionParser()
    {
        OpeningCharacters = ['!', '?'];
    }

    public override bool CanInterrupt(BlockProcessor processor, Block block) => block is not ParagraphBlock;

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }

        var line = processor.Line;
        var marker = line.CurrentChar;
        var start = line.Start;
        var text = line.Text;
        var end = line.End;
        var i = start;
        while (i <= end && i - start < 3 && text[i] == marker)
        {
            i++;
        }

        if (i - start != 3)
        {
            return BlockState.None;
        }

        var open = false;
        if (marker == '?' && i <= end && text[i] == '+')
        {
            open = true;
            i++;
        }

        if (i > end || (text[i] != ' ' && text[i] != '\t'))
        {
            return BlockState.None;
        }

        i = SkipSpaces(text, i, end);
        var typeStart = i;
        while (i <= end && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '-' or '_'))
        {
            i++;
        }

        if (i == typeStart)
        {
            return BlockState.None;
        }

        var type = text[typeStart..i];

        // Further class words ("!!! note inline end") change placement only: skipped.
        i = SkipSpaces(text, i, end);
        while (i <= end && text[i] != '"')
        {
            if (!char.IsAsciiLetterOrDigit(text[i]) && text[i] is not '-' and not '_' and not ' ' and not '\t')
            {
                return BlockState.None;
            }

            i++;
        }

        string? title = null;
        if (i <= end && text[i] == '"')
        {
            var close = text.IndexOf('"', i + 1);
            if (close < 0 || close > end)
            {
                return BlockState.None;
            }

            title = text[(i + 1)..close];
            i = SkipSpaces(text, close + 1, end);
            if (i <= end)
            {
                return BlockState.None;
            }
        }

        processor.NewBlocks.Push(new AdmonitionBlock(this)
        {
            Type = type,
            Title = title ?? CalloutKind.DefaultTitle(type),
            Collapsible = marker == '?',
            Open = open,
            Column = processor.Column,
            Line = processor.LineIndex,
            Span = new SourceSpan(processor.Start, end),
        });
        return BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        if (processor.IsBlankLine)
        {
            return BlockState.Continue;
        }

        if (processor.Indent >= ContentIndent)
        {
            processor.GoToColumn(processor.ColumnBeforeIndent + ContentIndent);
            block.UpdateSpanEnd(processor.Line.End);
            return BlockState.Continue;
        }

        return BlockState.None;
    }

    internal static int SkipSpaces(string text, int i, int end)
    {
        while (i <= end && (text[i] == ' ' || text[i] == '\t'))
        {
            i++;
        }

        return i;
    }
}
