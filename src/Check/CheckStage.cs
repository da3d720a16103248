using System.Collections.Concurrent;
using System.Collections.Immutable;
using Limber.Diagnostics;
using Limber.Pages;
using Limber.Pipeline;
using Limber.References;
using Limber.References.Citations;
using Limber.References.Claims;
using Limber.References.CrossLinks;
using Limber.References.Footnotes;
using Limber.References.Text;

namespace Limber.Check;

/// <summary>
/// Source-level checks of citations and cross-links, after extract and before render: footnotes,
/// citation keys against the bibliography, xref and wiki links against all pages, unsourced claims,
/// and footnote debris in the kept raw passages. Reports only; the site passes through unchanged.
/// </summary>
public sealed class CheckStage : IStage
{
    public StageResult Run(Site site, StageContext context)
    {
        var bibliography = site.References.Bibliography;
        var resolver = new PageResolver(site.Pages);
        var used = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);

        // What a page's checks read besides the page: the bibliography and every page's id and title (xrefs, wiki links).
        var contextKey = new Lazy<string>(() => ContentKey.Of(
            [.. site.DataFiles.Values.Select(f => f.Path + "\n" + f.Text), .. site.Pages.Select(p => ResolverLines.GetValue(p, q => q.Id + "\t" + q.Title + "\t" + q.Destination))]));
        var perPage = new ImmutableArray<Diagnostic>[site.Pages.Length];
        Parallel.For(
            0,
            site.Pages.Length,
            new ParallelOptions { CancellationToken = context.CancellationToken },
            i => perPage[i] = CheckCached(site.Pages[i], bibliography, resolver, used, context.Cache, context.Cache is null ? "" : contextKey.Value));

        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var d in perPage)
        {
            diagnostics.AddRange(d);
        }

        foreach (var entry in bibliography.ById.Values.OrderBy(e => e.Line))
        {
            if (!used.ContainsKey(entry.Id))
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.BibliographyUnusedEntry, $"bibliography entry '{entry.Id}' is never cited", bibliography.File, entry.Line, entry.Column));
            }
        }

        var kept = site.Passages.Where(p => p.Status == PassageStatus.Kept).ToArray();
        var perPassage = new ImmutableArray<Diagnostic>[kept.Length];
        Parallel.For(
            0,
            kept.Length,
            new ParallelOptions { CancellationToken = context.CancellationToken },
            i => perPassage[i] = context.Cache is { } cache ? cache.GetOrAdd("check-passage", kept[i], CheckPassage) : CheckPassage(kept[i]));
        foreach (var d in perPassage)
        {
            diagnostics.AddRange(d);
        }

        return new StageResult(site, diagnostics.ToImmutable());
    }

    /// <summary>What cross-link checks read of each page, computed once per page record.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Page, string> ResolverLines = new();

    public static ImmutableArray<Diagnostic> CheckPassage(Passage passage)
    {
        var result = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var d in DanglingFootnoteDigits.Find(passage.Text))
        {
            result.Add(Diagnostic.Warning(
                DiagnosticCodes.DanglingFootnoteDigit,
                $"dangling footnote digit '{d.Value}' after \"{Before(passage.Text, d.Start)}\" (a reference number copied without its footnote); it is left out of the page",
                passage.File,
                passage.Line,
                d.Start + 1));
        }

        foreach (var r in DanglingFootnoteDigits.FindReturnLinks(passage.Text))
        {
            var at = passage.Text.IndexOf(r.Value, r.Start, StringComparison.Ordinal);
            result.Add(Diagnostic.Warning(DiagnosticCodes.FootnoteReturnLink, $"footnote return link '{r.Value}' copied from a web page; it is left out of the page", passage.File, passage.Line, at + 1));
        }

        foreach (var c in CitationClaims.Find(passage.Text))
        {
            result.Add(ClaimDiagnostic(c, passage.File, passage.Line, c.Trigger.Start + 1));
        }

        return result.ToImmutable();
    }

    /// <summary>A page's diagnostics and the citation keys it uses, reused while the page and what it reads are unchanged.</summary>
    private static ImmutableArray<Diagnostic> CheckCached(Page page, Bibliography bibliography, PageResolver resolver, ConcurrentDictionary<string, bool> used, BuildCache? cache, string contextKey)
    {
        if (cache is null)
        {
            return CheckPage(page, bibliography, resolver, used);
        }

        var (diagnostics, keys) = cache.GetOrAdd("check", (PageKey.Of(page), contextKey), _ =>
        {
            var mine = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
            return (CheckPage(page, bibliography, resolver, mine), mine.Keys.ToArray());
        });
        foreach (var key in keys)
        {
            used[key] = true;
        }

        return diagnostics;
    }

    private static ImmutableArray<Diagnostic> CheckPage(Page page, Bibliography bibliography, PageResolver resolver, ConcurrentDictionary<string, bool> used)
    {
        // Only authored Markdown is checked; generated pages (bibliography, glossary) carry HTML made from data files.
        if (!page.HasBody || !page.Source.File.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        var body = page.Body; // decoded from UTF-8 on every read: once here
        var result = ImmutableArray.CreateBuilder<Diagnostic>();
        var file = page.Source.File;
        var masked = MarkdownMask.Mask(body);
        TextMap? map = null;
        Diagnostic At(string code, Severity severity, string message, int offset)
        {
            map ??= new TextMap(body, page.BodyLine);
            var (line, col) = map.At(offset);
            return new Diagnostic(code, severity, message, file, line, col);
        }

        // Footnotes: Markdig renders an undefined [^n] as text and drops unused definitions, silently.
        var marks = MarkdownFootnotes.Find(masked);
        if (marks.Count > 0)
        {
            var defined = new Dictionary<string, FootnoteMark>(StringComparer.Ordinal);
            var referenced = new HashSet<string>(StringComparer.Ordinal);
            foreach (var m in marks)
            {
                if (!m.IsDefinition)
                {
                    referenced.Add(m.Label);
                }
                else if (defined.TryGetValue(m.Label, out var first))
                {
                    map ??= new TextMap(body, page.BodyLine);
                    result.Add(At(DiagnosticCodes.FootnoteDuplicate, Severity.Error, $"footnote [^{m.Label}] is defined twice (first at line {map.At(first.Offset).Line}); Markdig would keep only one", m.Offset));
                }
                else
                {
                    defined[m.Label] = m;
                }
            }

            foreach (var m in marks)
            {
                if (!m.IsDefinition && !defined.ContainsKey(m.Label))
                {
                    result.Add(At(DiagnosticCodes.FootnoteUndefined, Severity.Error, $"footnote [^{m.Label}] has no definition ('[^{m.Label}]: …'); it would render as literal text", m.Offset));
                }
            }

            foreach (var m in defined.Values)
            {
                if (!referenced.Contains(m.Label))
                {
                    result.Add(At(DiagnosticCodes.FootnoteUnused, Severity.Warning, $"footnote [^{m.Label}] is defined but never referenced; it would be dropped", m.Offset));
                }
            }
        }

        foreach (var group in CitationKeys.Find(masked))
        {
            foreach (var key in group.Keys)
            {
                if (bibliography.ById.ContainsKey(key.Key))
                {
                    used.TryAdd(key.Key, true);
                }
                else
                {
                    var near = PageResolver.Closest(key.Key, bibliography.ById.Keys);
                    var hint = bibliography.Entries.IsEmpty
                        ? $" (there is no bibliography: add {bibliography.File})"
                        : near.IsEmpty ? "" : $"; did you mean {string.Join(", ", near.Select(n => "@" + n))}?";
                    result.Add(At(DiagnosticCodes.CitationUndefined, Severity.Error, $"citation key '@{key.Key}' is not in {bibliography.File}{hint}", key.Offset));
                }
            }
        }

        foreach (var x in CrossRefs.Find(masked))
        {
            var r = x.Kind == CrossRefKind.Xref ? resolver.ResolveId(x.Target) : resolver.ResolveTitle(x.Target);
            if (r.Found)
            {
                continue;
            }

            var what = x.Kind == CrossRefKind.Xref ? $"xref:{x.Target}" : $"[[{x.Target}]]";
            if (!r.Ambiguous.IsEmpty)
            {
                result.Add(At(DiagnosticCodes.XrefAmbiguous, Severity.Error, $"{what} is ambiguous: it matches {string.Join(", ", r.Ambiguous.Select(p => $"'{p.Id}' ({p.Source.File})"))}; link by id with xref:", x.TargetOffset));
            }
            else
            {
                var hint = r.Suggestions.IsEmpty ? "" : $"; did you mean {string.Join(", ", r.Suggestions.Select(s => $"'{s}'"))}?";
                var by = x.Kind == CrossRefKind.Xref ? "page id" : "page title or id";
                result.Add(At(DiagnosticCodes.XrefUnknown, Severity.Error, $"{what}: no page has that {by}{hint}", x.TargetOffset));
            }
        }

        foreach (var c in CitationClaims.Find(masked))
        {
            map ??= new TextMap(body, page.BodyLine);
            var (line, col) = map.At(c.Trigger.Start);
            result.Add(ClaimDiagnostic(c, file, line, col));
        }

        return result.ToImmutable();
    }

    private static Diagnostic ClaimDiagnostic(Claim c, string file, int line, int column)
    {
        var what = c.Kind == ClaimKind.Statistic ? "statistic" : "study claim";
        return Diagnostic.Warning(DiagnosticCodes.ClaimNeedsCitation, $"{what} \"{c.Trigger.Value}\" has no citation; add [@key] from the bibliography (the page shows 'citation needed')", file, line, column);
    }

    private static string Before(string text, int at)
    {
        var start = Math.Max(0, at - 20);
        var s = text[start..at];
        var space = s.IndexOf(' ', StringComparison.Ordinal);
        return (start > 0 && space >= 0 ? s[(space + 1)..] : s).Trim();
    }
}
