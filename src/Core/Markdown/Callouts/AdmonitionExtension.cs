using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;

namespace Limber.Markdown.Callouts;

/// <summary>Adds MkDocs admonitions (<see cref="AdmonitionParser"/>), Starlight and Docusaurus asides (<see cref="AsideParser"/>) and titled or foldable GitHub alerts (<see cref="TitledAlerts"/>) to a pipeline.</summary>
public sealed class AdmonitionExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<AdmonitionParser>())
        {
            // Before the paragraph parser, which would otherwise take the marker line as text.
            pipeline.BlockParsers.InsertBefore<ParagraphBlockParser>(new AdmonitionParser());

            // First: a definition list's parser also starts at ':' (": definition").
            pipeline.BlockParsers.Insert(0, new AsideParser());
            pipeline.DocumentProcessed += TitledAlerts.Convert;
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<AdmonitionRenderer>())
        {
            html.ObjectRenderers.InsertBefore<Markdig.Renderers.Html.QuoteBlockRenderer>(new AdmonitionRenderer());
        }
    }
}
