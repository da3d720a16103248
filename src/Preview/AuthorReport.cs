using System.Net;
using System.Text;
using System.Text.Json;
using Limber.Diagnostics;
using Limber.Pages;
using Limber.Pipeline;

namespace Limber.Preview;

/// <summary>
/// The author report at <c>/_limber/</c>, made in memory from the last build: duplicates beside the copy that was kept,
/// debris set aside, extracted exercises with their front matter, and the diagnostics (citations and links first), each
/// with the source file:line it points at. Served by the preview only; never written to the output.
/// </summary>
public static class AuthorReport
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <param name="result">The last build, failed or not.</param>
    /// <param name="display">Turns an input-relative path into the one the author typed (<c>input/content/a.md</c>).</param>
    public static string Html(BuildResult result, Func<string, string> display)
    {
        var site = result.Site;
        var byId = site.Passages.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var duplicates = site.Passages.Where(p => p.Status == PassageStatus.Duplicate).ToList();
        var debris = site.Passages.Where(p => p.Status == PassageStatus.Debris).ToList();
        var exercises = site.Pages.Where(p => p.Exercise is not null).OrderBy(p => p.Exercise!.Slug, StringComparer.Ordinal).ToList();
        var diagnostics = result.Diagnostics
            .OrderBy(d => d.File ?? "", StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToList();
        var references = diagnostics.Where(d => d.Code.StartsWith("LMB40", StringComparison.Ordinal)).ToList();
        var other = diagnostics.Except(references).ToList();

        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Author report · Limber preview</title>")
            .Append("<link rel=\"stylesheet\" href=\"").Append(ScriptInjector.StylePath).Append("\"></head>\n<body><main class=\"limber-report\">\n")
            .Append("<h1>Author report</h1>\n<p>From the last build (").Append(result.ElapsedMs).Append(" ms): ")
            .Append(site.Pages.Length).Append(" pages, ").Append(site.Passages.Length).Append(" passages, ")
            .Append(duplicates.Count).Append(" duplicates removed, ").Append(debris.Count).Append(" debris set aside, ")
            .Append(exercises.Count).Append(" exercises, ").Append(diagnostics.Count(d => d.Severity == Severity.Error)).Append(" errors, ")
            .Append(diagnostics.Count(d => d.Severity == Severity.Warning)).Append(" warnings. Only the preview serves this page.</p>\n")
            .Append("<nav><a href=\"#citations\">Citations and links</a> · <a href=\"#diagnostics\">Other diagnostics</a> · ")
            .Append("<a href=\"#duplicates\">Duplicates</a> · <a href=\"#debris\">Debris</a> · <a href=\"#exercises\">Exercises</a></nav>\n");

        Diagnostics(html, "citations", "Citation and link diagnostics", references, display);
        Diagnostics(html, "diagnostics", "Other diagnostics", other, display);

        html.Append("<h2 id=\"duplicates\">Duplicates removed (").Append(duplicates.Count).Append(")</h2>\n");
        if (duplicates.Count > 0)
        {
            html.Append("<table><tr><th>Removed</th><th>Kept copy</th><th>Why</th></tr>\n");
            foreach (var p in duplicates)
            {
                var kept = p.DuplicateOf is { } id && byId.TryGetValue(id, out var k) ? k : null;
                html.Append("<tr><td>").Append(Where(p.Source, display)).Append("<br>").Append(E(p.Text)).Append("</td><td>");
                html.Append(kept is null ? E(p.DuplicateOf ?? "") : Where(kept.Source, display) + "<br>" + E(kept.Text));
                html.Append("</td><td>").Append(E(p.Reason ?? ""))
                    .Append(p.Similarity is { } s ? $" (similarity {s.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)})" : "")
                    .Append("</td></tr>\n");
            }

            html.Append("</table>\n");
        }

        html.Append("<h2 id=\"debris\">Debris set aside (").Append(debris.Count).Append(")</h2>\n");
        if (debris.Count > 0)
        {
            html.Append("<table><tr><th>Where</th><th>Text</th><th>Rule</th></tr>\n");
            foreach (var p in debris)
            {
                html.Append("<tr><td>").Append(Where(p.Source, display)).Append("</td><td>").Append(E(p.Text)).Append("</td><td>")
                    .Append(E(p.Reason ?? "")).Append("</td></tr>\n");
            }

            html.Append("</table>\n");
        }

        html.Append("<h2 id=\"exercises\">Exercises extracted (").Append(exercises.Count).Append(")</h2>\n");
        foreach (var page in exercises)
        {
            var exercise = page.Exercise!;
            html.Append("<h3><a href=\"").Append(E(page.Url)).Append("\">").Append(E(exercise.Title)).Append("</a></h3>\n<p>")
                .Append(Where(exercise.Source, display)).Append("</p>\n<pre>").Append(E(JsonSerializer.Serialize(exercise, Json))).Append("</pre>\n");
        }

        html.Append("</main></body></html>\n");
        return html.ToString();
    }

    private static void Diagnostics(StringBuilder html, string id, string title, List<Diagnostic> diagnostics, Func<string, string> display)
    {
        html.Append("<h2 id=\"").Append(id).Append("\">").Append(title).Append(" (").Append(diagnostics.Count).Append(")</h2>\n");
        if (diagnostics.Count == 0)
        {
            return;
        }

        html.Append("<table><tr><th>Where</th><th>Severity</th><th>Code</th><th>Message</th></tr>\n");
        foreach (var d in diagnostics)
        {
            var severity = d.Severity.ToString().ToLowerInvariant();
            html.Append("<tr><td>").Append(d.File is null ? "" : Where(new SourceRef(d.File, d.Line, d.Column), display))
                .Append("</td><td class=\"").Append(severity).Append("\">").Append(severity).Append("</td><td>").Append(d.Code)
                .Append("</td><td>").Append(E(d.Message)).Append("</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    /// <summary>Location as an author reads it: <c>input/sources/a.txt:12</c>.</summary>
    public static string Location(string? file, int line, Func<string, string> display) =>
        file is null ? "(input folder)" : line > 0 ? $"{display(file)}:{line}" : display(file);

    private static string Where(SourceRef source, Func<string, string> display) => "<code>" + E(Location(source.File, source.Line, display)) + "</code>";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
