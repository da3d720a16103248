using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace Limber.Markdown;

/// <summary>The one Markdig pipeline, built once and shared by every stage that parses or renders Markdown.</summary>
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
        .UseGenericAttributes()
        .Build();
}
