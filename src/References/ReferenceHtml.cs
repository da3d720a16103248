using System.Net;

namespace Limber.References;

/// <summary>
/// The HTML both the generated reference pages and the rendered pages use for references: the ids of the two
/// generated pages, a reference's anchor, and one entry with its link.
/// </summary>
public static class ReferenceHtml
{
    public const string BibliographyId = "bibliography";
    public const string GlossaryId = "glossary";

    /// <summary>The id of a reference's entry on a page and on the bibliography page.</summary>
    public static string RefId(string key) => "ref-" + Limber.Text.Slug.From(key);

    /// <summary>One reference as HTML: the formatted entry and its DOI or URL link.</summary>
    public static string Entry(BibEntry entry)
    {
        var text = WebUtility.HtmlEncode(entry.Format());
        if (entry.Link is { } link && Bibliography.IsValidUrl(link))
        {
            var shown = entry.Doi is { } d && Bibliography.IsValidDoi(d) ? "doi:" + Bibliography.NormalizeDoi(d) : link;
            text += $" <a href=\"{WebUtility.HtmlEncode(link)}\">{WebUtility.HtmlEncode(shown)}</a>";
        }

        return text;
    }
}
