using Limber.Check.Rules;
using Limber.Diagnostics;
using Limber.Markdown.Shortcodes;
using Limber.Pages;
using Limber.References.Text;

namespace Limber.Check.Shortcodes;

/// <summary>
/// Hugo shortcodes Limber does not run (<see cref="DiagnosticCodes.ShortcodeUnsupported"/>): one warning per shortcode
/// name for the whole site, at its first use (pages in file order), with how often it is used. Render leaves them out
/// of the pages (<see cref="ShortcodeRemoval"/>); shortcodes in code are text and are not reported.
/// </summary>
public sealed class ShortcodesCheck : ISiteCheck
{
    public void Check(SiteCheckContext site)
    {
        var uses = new Dictionary<string, (Page Page, int Offset, int Count, HashSet<string> Files, bool MarkdownForm)>(StringComparer.Ordinal);
        var pages = site.Site.Pages
            .Where(p => p.HasBody && p.Source.File.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && ShortcodeScanner.MayContain(p.Body))
            .OrderBy(p => p.Source.File, StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var tag in ShortcodeScanner.Find(page.Body.ToString()))
            {
                if (tag.Kind == ShortcodeTagKind.Close || ShortcodeRemoval.IsUnderstood(tag))
                {
                    continue;
                }

                if (uses.TryGetValue(tag.Name, out var use))
                {
                    use.Files.Add(page.Source.File);
                    uses[tag.Name] = use with { Count = use.Count + 1 };
                }
                else
                {
                    uses[tag.Name] = (page, tag.Start, 1, [page.Source.File], tag.MarkdownForm);
                }
            }
        }

        foreach (var (name, use) in uses.OrderBy(u => u.Value.Page.Source.File, StringComparer.Ordinal).ThenBy(u => u.Value.Offset))
        {
            var (line, column) = new TextMap(use.Page.Body.ToString(), use.Page.BodyLine).At(use.Offset);
            var written = use.MarkdownForm ? $"{{{{% {name} %}}}}" : $"{{{{< {name} >}}}}";
            var where = use.Count == 1 ? "used once" : $"used {use.Count} times in {use.Files.Count} page{(use.Files.Count == 1 ? "" : "s")}";
            site.Report(Diagnostic.Warning(
                DiagnosticCodes.ShortcodeUnsupported,
                $"Hugo shortcode '{written}' is not supported and is left out of the pages ({where})",
                use.Page.Source.File,
                line,
                column));
        }
    }
}
