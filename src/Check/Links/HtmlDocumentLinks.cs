namespace Limber.Check.Links;

/// <summary>What link checking needs from one HTML file: its ids and every href, src and srcset URL, in document order.</summary>
public sealed record HtmlDocumentLinks(IdSet Ids, HtmlLink[] Links);
