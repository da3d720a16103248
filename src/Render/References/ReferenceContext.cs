using System.Text.RegularExpressions;
using Limber.Options;
using Limber.Pipeline;
using Limber.References;
using Limber.References.CrossLinks;

namespace Limber.Render.References;

/// <summary>What the render side needs to turn citations, cross-references and glossary terms into links; built once per site.</summary>
public sealed class ReferenceContext
{
    private readonly Lazy<(Regex Pattern, Dictionary<string, GlossaryEntry> ByForm)> _glossaryPattern;

    private ReferenceContext(Site site, Func<string, string> url)
    {
        Options = site.Options.Check;
        Bibliography = site.References.Bibliography;
        Glossary = site.References.Glossary;
        Resolver = new PageResolver(site.Pages);
        Url = url;
        BibliographyUrl = site.Pages.Any(p => p.Id == ReferenceHtml.BibliographyId) ? url("/bibliography/") : null;
        GlossaryUrl = site.Pages.Any(p => p.Id == ReferenceHtml.GlossaryId) ? url("/glossary/") : null;
        _glossaryPattern = new Lazy<(Regex, Dictionary<string, GlossaryEntry>)>(() => GlossaryPatternOf(Glossary));
    }

    public CheckOptions Options { get; }
    public Bibliography Bibliography { get; }
    public GlossaryFile Glossary { get; }
    public PageResolver Resolver { get; }

    /// <summary>Site URL → link URL (adds the base path).</summary>
    public Func<string, string> Url { get; }

    public string? BibliographyUrl { get; }
    public string? GlossaryUrl { get; }

    /// <summary>One regex for every glossary form (longest first) and the entry of each form; made on first use, once per build.</summary>
    public (Regex Pattern, Dictionary<string, GlossaryEntry> ByForm) GlossaryPattern => _glossaryPattern.Value;

    public static ReferenceContext For(Site site, Func<string, string> url) => new(site, url);

    private static (Regex, Dictionary<string, GlossaryEntry>) GlossaryPatternOf(GlossaryFile glossary)
    {
        var byForm = new Dictionary<string, GlossaryEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in glossary.Entries)
        {
            foreach (var form in entry.Forms)
            {
                byForm.TryAdd(form, entry);
            }
        }

        var alternatives = string.Join('|', byForm.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));
        var regex = new Regex($@"(?<![\w-])(?:{alternatives})(?![\w-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        return (regex, byForm);
    }
}
