namespace Limber.Render.References;

/// <summary>The mark shown after a claim that needs a source (<c>check: { citationNeeded: false }</c> turns it off).</summary>
public static class CitationNeededMark
{
    public const string Html = "<sup class=\"citation-needed\" title=\"This statement has no source yet\">[citation needed]</sup>";
}
