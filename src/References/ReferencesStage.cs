using Limber.Pipeline;
using Limber.References.Citations;
using Limber.References.Glossary;

namespace Limber.References;

/// <summary>
/// Reads the bibliography (<c>check.references</c>, CSL-YAML, or the same name with <c>.json</c>) and the glossary
/// (<c>check.glossary</c>) from the site's data files, once per build, into <see cref="Site.References"/>, and reports
/// what is wrong with either file. The reference pages, the checks and the render side all read that one copy.
/// </summary>
public sealed class ReferencesStage : IStage
{
    public StageResult Run(Site site, StageContext context)
    {
        var references = new SiteReferences(ReadBibliography(site), ReadGlossary(site));
        return new StageResult(
            site with { References = references },
            [.. references.Bibliography.Diagnostics, .. references.Glossary.Diagnostics]);
    }

    private static Bibliography ReadBibliography(Site site)
    {
        var file = site.Options.Check.References;
        if (site.DataFiles.TryGetValue(file, out var yml))
        {
            return BibliographyParser.Parse(yml.Text, file);
        }

        var json = Path.ChangeExtension(file, ".json");
        return site.DataFiles.TryGetValue(json, out var j) ? BibliographyParser.Parse(j.Text, json) : Bibliography.Empty with { File = file };
    }

    private static GlossaryFile ReadGlossary(Site site)
    {
        var file = site.Options.Check.Glossary;
        return site.DataFiles.TryGetValue(file, out var yml) ? GlossaryParser.Parse(yml.Text, file) : GlossaryFile.Empty with { File = file };
    }
}
