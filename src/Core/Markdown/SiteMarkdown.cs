using Limber.Markdown.Callouts;
using Limber.Markdown.Definitions;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace Limber.Markdown;

/// <summary>
/// The one Markdig pipeline, built once and shared by every stage that parses or renders Markdown. Besides CommonMark:
/// footnotes, heading ids, pipe tables, emphasis and list extras, autolinks, attributes, definition lists
/// (<c>term</c> / <c>: definition</c>, each term with an id like a heading's), GitHub alerts (<c>&gt; [!NOTE]</c>) and MkDocs admonitions (<c>!!! note</c>),
/// the last two as the same callouts.
/// </summary>
public static class SiteMarkdown
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UseFootnotes()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseAutoLinks()
        .UseDefinitionLists()
        .Use<DefinitionTermIds>()
        .UseAlertBlocks(AlertTitle.Write)
        .Use<AdmonitionExtension>()
        .UseGenericAttributes() // last, as Markdig asks: it reads the attributes other parsers leave
        .Build();
}
