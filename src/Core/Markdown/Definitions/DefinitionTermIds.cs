using System.Text;
using Markdig;
using Markdig.Extensions.DefinitionLists;
using Markdig.Helpers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Limber.Markdown.Definitions;

/// <summary>
/// Gives each definition-list term (<c>term</c> / <c>: definition</c>) an id made like a heading's, so a reference
/// page of settings or fields can be linked term by term (<c>all.md#basedir</c>), as Hugo does with
/// <c>autoDefinitionTermID</c>. The term's text is slugged the GitHub way (<c>`baseURL`</c> → <c>baseurl</c>). Headings
/// keep the ids they have; a term whose id a heading or an earlier term already has gets <c>-1</c>, <c>-2</c>… An id
/// written on the term (<c>term {#id}</c>) is kept. Pages without a definition list are not walked.
/// </summary>
public sealed class DefinitionTermIds : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= Assign;
        pipeline.DocumentProcessed += Assign;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    internal static void Assign(MarkdownDocument document)
    {
        List<DefinitionTerm>? terms = null;
        foreach (var block in document.Descendants<DefinitionTerm>())
        {
            if (block.TryGetAttributes()?.Id is null)
            {
                (terms ??= []).Add(block);
            }
        }

        if (terms is null)
        {
            return;
        }

        // Every id the page already has: its headings' and those written on terms.
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in document.Descendants<Block>())
        {
            if (block is HeadingBlock or DefinitionTerm && block.TryGetAttributes()?.Id is { } id)
            {
                used.Add(id);
            }
        }

        var text = new StringBuilder();
        foreach (var term in terms)
        {
            text.Clear();
            InlineText.Append(text, term.Inline);
            var slug = LinkHelper.UrilizeAsGfm(text.ToString());
            if (slug.Length == 0)
            {
                continue;
            }

            var id = slug;
            for (var n = 1; !used.Add(id); n++)
            {
                id = slug + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            term.GetAttributes().Id = id;
        }
    }
}
