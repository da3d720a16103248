using System.Text;
using Markdig.Syntax.Inlines;

namespace Limber.Markdown;

/// <summary>The words of parsed inline Markdown as a reader sees them: literal text, code and entities, through emphasis and links; no HTML tags, a line break as a space.</summary>
public static class InlineText
{
    public static void Append(StringBuilder text, Inline? node)
    {
        switch (node)
        {
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.AsSpan());
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                {
                    Append(text, child);
                }

                break;
        }
    }
}
