using Limber.Check.Citations;
using Limber.Check.Glossary;
using Limber.Pipeline;

namespace Limber.Check;

/// <summary>The bibliography and glossary of a site, read from its data files (shared by the check and the render side).</summary>
public static class SiteReferences
{
    public static Bibliography Bibliography(Site site)
    {
        var file = site.Options.Check.References;
        if (site.DataFiles.TryGetValue(file, out var yml))
        {
            return Citations.Bibliography.Parse(yml.Text, file);
        }

        var json = Path.ChangeExtension(file, ".json");
        return site.DataFiles.TryGetValue(json, out var j) ? Citations.Bibliography.Parse(j.Text, json) : Citations.Bibliography.Empty with { File = file };
    }

    public static GlossaryFile Glossary(Site site)
    {
        var file = site.Options.Check.Glossary;
        return site.DataFiles.TryGetValue(file, out var yml) ? GlossaryFile.Parse(yml.Text, file) : GlossaryFile.Empty with { File = file };
    }
}
