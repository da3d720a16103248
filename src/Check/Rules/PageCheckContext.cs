using System.Collections.Immutable;
using Limber.Diagnostics;
using Limber.Pages;
using Limber.References;
using Limber.References.CrossLinks;
using Limber.References.Text;

namespace Limber.Check.Rules;

/// <summary>
/// What a page rule reads and where it reports: the page's body (decoded once), the body with code masked, the site's
/// references and page resolver; diagnostics are placed at the Markdown source line and column of an offset.
/// </summary>
public sealed class PageCheckContext
{
    private readonly ImmutableArray<Diagnostic>.Builder _diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
    private TextMap? _map;
    private List<string>? _cited;

    /// <param name="claimsApply">The page is in one of site.yml's <c>check.claimFolders</c>: unsourced claims are reported.</param>
    public PageCheckContext(Page page, SiteReferences references, PageResolver resolver, bool claimsApply = false)
    {
        Page = page;
        ClaimsApply = claimsApply;
        Body = page.Body.ToString();
        Masked = MarkdownMask.Mask(Body);
        References = references;
        Resolver = resolver;
    }

    public Page Page { get; }

    /// <summary>Whether statistics and study claims on this page need a citation (<see cref="Options.CheckOptions.ClaimFolders"/>).</summary>
    public bool ClaimsApply { get; }

    public string File => Page.Source.File;

    /// <summary>The Markdown body.</summary>
    public string Body { get; }

    /// <summary>The body with code spans, code blocks and HTML comments blanked, offsets kept (see <see cref="MarkdownMask"/>).</summary>
    public string Masked { get; }

    public SiteReferences References { get; }

    /// <summary>Every page by id and title, for xref and wiki links.</summary>
    public PageResolver Resolver { get; }

    /// <summary>The source line and column of an offset in <see cref="Body"/>.</summary>
    public (int Line, int Column) At(int offset) => (_map ??= new TextMap(Body, Page.BodyLine)).At(offset);

    public void Report(string code, Severity severity, string message, int offset)
    {
        var (line, column) = At(offset);
        _diagnostics.Add(new Diagnostic(code, severity, message, File, line, column));
    }

    /// <summary>Records that the page cites bibliography entry <paramref name="key"/> (for <see cref="ISiteCheck"/>s).</summary>
    public void Cite(string key) => (_cited ??= []).Add(key);

    internal ImmutableArray<Diagnostic> Diagnostics => _diagnostics.ToImmutable();

    internal IReadOnlyList<string> Cited => _cited ?? (IReadOnlyList<string>)[];
}
