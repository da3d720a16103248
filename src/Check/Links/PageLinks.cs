using Limber.Collections;

namespace Limber.Check.Links;

/// <summary>
/// One HTML file's ids and links as numbers in a <see cref="LinkStrings"/>. Neither array holds a reference, so a whole
/// site's worth, kept until every page is read, costs the garbage collector nothing to trace.
/// </summary>
/// <param name="Ids">Every id (and <c>a name</c>) in the file, sorted by number, each once.</param>
/// <param name="Links">Every href, src and srcset URL, in document order.</param>
public sealed record PageLinks(int[] Ids, LinkRef[] Links)
{
    /// <summary>Whether the file has an element with the id numbered <paramref name="id"/>.</summary>
    public bool HasId(int id) => Array.BinarySearch(Ids, id) >= 0;

    /// <summary>The same ids and links as strings.</summary>
    public HtmlDocumentLinks ToStrings(LinkStrings strings) => new(
        new IdSet(Ids.Select(i => strings[i])),
        [.. Links.Select(l => new HtmlLink(l.AttributeName, strings[l.Url], l.ElementName))]);

    /// <summary>Ids and links read as strings (<see cref="HtmlLinks.Read(string)"/>), numbered in the run's <paramref name="strings"/>.</summary>
    public static PageLinks Number(HtmlDocumentLinks links, LinkStrings strings) => new(
        SortedArrays.ToSortedDistinct([.. links.Ids.Select(id => strings.Number(id))]),
        [.. links.Links.Select(l => new LinkRef(strings.Number(l.Url), (byte)Array.IndexOf(HtmlLinks.Attributes, l.Attribute), (byte)Array.IndexOf(HtmlLinks.Elements, l.Element)))]);
}
