using Limber.Check;
using Limber.Check.Citations;
using Limber.Check.CrossLinks;
using Limber.Check.Glossary;
using Limber.Options;
using Limber.Pipeline;

namespace Limber.Render.References;

/// <summary>What the render side needs to turn citations, cross-references and glossary terms into links; built once per site.</summary>
public sealed class ReferenceContext
{
    public const string BibliographyId = "bibliography";
    public const string GlossaryId = "glossary";

    private ReferenceContext(Site site, Func<string, string> url)
    {
        Options = site.Options.Check;
        Bibliography = SiteReferences.Bibliography(site);
        Glossary = SiteReferences.Glossary(site);
        Resolver = new PageResolver(site.Pages);
        Url = url;
        BibliographyUrl = site.Pages.Any(p => p.Id == BibliographyId) ? url("/bibliography/") : null;
        GlossaryUrl = site.Pages.Any(p => p.Id == GlossaryId) ? url("/glossary/") : null;
    }

    public CheckOptions Options { get; }
    public Bibliography Bibliography { get; }
    public GlossaryFile Glossary { get; }
    public PageResolver Resolver { get; }

    /// <summary>Site URL → link URL (adds the base path).</summary>
    public Func<string, string> Url { get; }

    public string? BibliographyUrl { get; }
    public string? GlossaryUrl { get; }

    public static ReferenceContext For(Site site, Func<string, string> url) => new(site, url);

    /// <summary>The id of a reference's entry on a page and on the bibliography page.</summary>
    public static string RefId(string key) => "ref-" + Limber.Text.Slug.From(key);
}
