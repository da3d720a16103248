namespace Limber.References;

/// <summary>
/// The site's bibliography and glossary, read once per build by the references stage (<c>src/References</c>) and
/// carried on the <see cref="Pipeline.Site"/> for the check and render stages. Like the page records, the records live
/// in Core so the site can hold them; reading and finding references in text is the references room's.
/// </summary>
public sealed record SiteReferences(Bibliography Bibliography, GlossaryFile Glossary)
{
    public static SiteReferences Empty { get; } = new(Bibliography.Empty, GlossaryFile.Empty);
}
