using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Limber.Markdown.Callouts;

/// <summary>
/// Parses Starlight asides and Docusaurus admonitions: a line of three or more colons and a type
/// (<c>:::note</c>, <c>:::tip[A title]</c>, <c>:::caution Title</c> as Docusaurus once wrote it) opens a block of ordinary
/// Markdown that a line of as many colons or more (<c>:::</c>) closes. The type follows the colons at once and a closing
/// line must follow: <c>::: package.module</c> (MkDocs' mkdocstrings) and an aside never closed stay text. More colons let one aside hold another
/// (<c>::::note</c> … <c>:::tip</c> … <c>:::</c> … <c>::::</c>); attributes after the title (<c>{icon="star"}</c>) are
/// skipped. The result is an <see cref="AdmonitionBlock"/>, so it looks like every other callout.
/// </summary>
public sealed class AsideParser : BlockParser
{
    public AsideParser()
    {
        OpeningCharacters = [':'];
    }

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }

        var line = processor.Line;
        var text = line.Text;
        var end = line.End;
        var i = line.Start;
        var colons = 0;
        while (i <= end && text[i] == ':')
        {
            colons++;
            i++;
        }

        if (colons < 3)
        {
            return BlockState.None;
        }

        // The type follows the colons at once: '::: name' is MkDocs' mkdocstrings or mkdocs-click directive, not an aside.
        var typeStart = i;
        while (i <= end && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '-' or '_'))
        {
            i++;
        }

        if (i == typeStart || (i <= end && text[i] is not ('[' or '{' or ' ' or '\t')))
        {
            return BlockState.None;
        }

        var type = text[typeStart..i];
        string? title = null;
        if (i <= end && text[i] == '[')
        {
            var close = text.IndexOf(']', i + 1);
            if (close < 0 || close > end)
            {
                return BlockState.None;
            }

            title = text[(i + 1)..close].Trim();
            i = close + 1;
        }

        var brace = text.IndexOf('{', i);
        var restEnd = brace >= 0 && brace <= end ? brace - 1 : end;
        var rest = text[i..(restEnd + 1)].Trim();
        if (rest.Length > 0)
        {
            if (title is not null)
            {
                return BlockState.None;
            }

            title = rest;
        }

        if (!ClosedLater(text, end, colons))
        {
            return BlockState.None;
        }

        processor.NewBlocks.Push(new AdmonitionBlock(this)
        {
            Colons = colons,
            Type = type,
            Title = title ?? CalloutKind.DefaultTitle(type),
            Column = processor.Column,
            Line = processor.LineIndex,
            Span = new SourceSpan(processor.Start, end),
        });
        return BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        if (!processor.IsCodeIndent && ClosingColons(processor.Line) >= ((AdmonitionBlock)block).Colons)
        {
            block.UpdateSpanEnd(processor.Line.End);
            return BlockState.BreakDiscard;
        }

        return BlockState.Continue;
    }

    /// <summary>Whether a line of at least <paramref name="colons"/> colons follows <paramref name="from"/> in the text: an aside never closed is text, not a callout over the rest of the page.</summary>
    private static bool ClosedLater(string text, int from, int colons)
    {
        for (var lineStart = text.IndexOf('\n', from) + 1; lineStart > 0 && lineStart < text.Length; lineStart = text.IndexOf('\n', lineStart) + 1)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            var line = text.AsSpan(lineStart, (lineEnd < 0 ? text.Length : lineEnd) - lineStart).Trim();
            if (line.Length >= colons && !line.ContainsAnyExcept(':'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many colons the line holds when it holds nothing else (spaces aside); 0 otherwise.</summary>
    private static int ClosingColons(StringSlice line)
    {
        var colons = 0;
        for (var i = line.Start; i <= line.End; i++)
        {
            var c = line.Text[i];
            if (c == ':')
            {
                colons++;
            }
            else if (c is not (' ' or '\t' or '\r' or '\n'))
            {
                return 0;
            }
        }

        return colons;
    }
}
