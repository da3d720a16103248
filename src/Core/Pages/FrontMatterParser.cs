using System.Collections.Immutable;
using System.Globalization;
using Limber.Diagnostics;
using Limber.Yaml;
using YamlDotNet.RepresentationModel;

namespace Limber.Pages;

/// <summary>The front matter, body and body line of one Markdown file, with what was wrong in it.</summary>
/// <param name="Text">The whole file.</param>
/// <param name="BodyStart">Where the body starts in <paramref name="Text"/>: after the front matter's closing line, or 0.</param>
public sealed record ParsedMarkdown(FrontMatter FrontMatter, string Text, int BodyStart, int BodyLine, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>The body, as a string of its own (a copy, unless the file has no front matter).</summary>
    public string Body => BodyStart == 0 ? Text : Text[BodyStart..];

    /// <summary>The body, read in place.</summary>
    public ReadOnlySpan<char> BodySpan => Text.AsSpan(BodyStart);
}

/// <summary>Splits a Markdown file into YAML front matter and body, and maps the YAML onto <see cref="FrontMatter"/>.</summary>
public static class FrontMatterParser
{
    private static readonly string[] KnownFields = ["title", "description", "slug", "id", "date", "tags", "order", "layout", "match", "listed", "redirectFrom", "draft", "url"];

    /// <summary>
    /// What other generators call the same things (Hugo, Zola, MkDocs, Starlight, Docusaurus): <c>weight</c>,
    /// <c>sidebar.order</c> and <c>sidebar_position</c> are <c>order</c> (when <c>order</c> is not given); <c>linkTitle</c>,
    /// <c>sidebar.label</c> and <c>sidebar_label</c> the navigation label; <c>aliases</c> old addresses (<c>redirectFrom</c>);
    /// <c>template</c> the layout; <c>sidebar.hidden</c> keeps the page out of the sidebar; Zola's <c>taxonomies.tags</c> tags;
    /// docfx's <c>uid</c> the page's id for <c>xref:</c> links (when <c>id</c> is not given).
    /// </summary>
    private static readonly string[] MappedFields = ["weight", "linkTitle", "aliases", "template", "sidebar", "sidebar_position", "sidebar_label", "taxonomies", "uid"];

    /// <summary>
    /// <paramref name="messages"/>, when given, shares one warning text per unknown field name between the pages its
    /// owner parses (see <see cref="UnknownFieldMessages"/>).
    /// </summary>
    public static ParsedMarkdown Parse(string text, string file, UnknownFieldMessages? messages = null) => Parse(text, file, allowFastPath: true, messages);

    /// <summary>
    /// <paramref name="allowFastPath"/> lets plain front matter (see <see cref="SimpleYaml"/>) skip YamlDotNet; tests
    /// turn it off to check that both readers agree.
    /// </summary>
    internal static ParsedMarkdown Parse(string text, string file, bool allowFastPath, UnknownFieldMessages? messages = null)
    {
        // Only the front matter is cut into lines (a whole-file split made a string of every line of every page, about
        // 230 MB of garbage on the 10,000-page bench site), and the body is not copied out of the text (its reader
        // encodes it to UTF-8 from where it is).
        var firstEnd = text.IndexOf('\n');
        var fence = text.AsSpan(0, firstEnd < 0 ? text.Length : firstEnd).TrimEnd("\r \t");
        var toml = fence is "+++";
        if (!toml && fence is not "---")
        {
            return new ParsedMarkdown(FrontMatter.Empty, text, 0, 1, []);
        }

        var fenceText = toml ? "+++" : "---";
        var end = -1;
        var closingStart = -1;
        var closingEnd = -1;
        for (int i = 1, start = firstEnd + 1; firstEnd >= 0 && start <= text.Length; i++)
        {
            var next = text.IndexOf('\n', start);
            var stop = next < 0 ? text.Length : next;
            var l = text.AsSpan(start, stop - start).TrimEnd("\r \t");
            if (toml ? l is "+++" : l is "---" or "...")
            {
                (end, closingStart, closingEnd) = (i, start, stop);
                break;
            }

            if (next < 0)
            {
                break;
            }

            start = next + 1;
        }

        if (end < 0)
        {
            return new ParsedMarkdown(FrontMatter.Empty, text, 0, 1, [
                Diagnostic.Error(DiagnosticCodes.FrontMatterInvalid, $"front matter starts with '{fenceText}' but has no closing '{fenceText}' line", file, 1, 1)
            ]);
        }

        // Lines 0 to end - 1 as they were; the slice ends with the line break before the closing fence, so the last
        // element (index end) is empty: the readers stop before it.
        var lines = text[..closingStart].Split('\n');
        var bodyStart = closingEnd < text.Length ? closingEnd + 1 : text.Length;
        var bodyLine = end + 2;
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var block = string.Join('\n', lines[1..end]);
        var entries = toml ? TomlFrontMatter.Read(block, file, lineOffset: 1, lastLine: end, diagnostics)
            : (allowFastPath ? SimpleYaml.TryRead(lines, 1, end) : null) ?? ReadYaml(block, file, lineOffset: 1, lastLine: end, diagnostics);
        var fm = entries is null ? FrontMatter.Empty : Map(entries, file, messages, diagnostics);
        return new ParsedMarkdown(fm, text, bodyStart, bodyLine, diagnostics.ToImmutable());
    }

    private static string UnknownFieldMessage(string field) => $"unknown front matter field '{field}' is ignored (known: {string.Join(", ", KnownFields)}; also read: {string.Join(", ", MappedFields)})";

    /// <summary>Reads the YAML with YamlDotNet into entries; null (with a diagnostic) when it is not a mapping or not YAML.</summary>
    private static List<FrontMatterEntry>? ReadYaml(string yaml, string file, int lineOffset, int lastLine, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var (root, error) = YamlLoader.Load(yaml);
        if (error is not null)
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.FrontMatterInvalid,
                $"front matter is not valid YAML: {error.Message}",
                file,
                Math.Min(error.Line + lineOffset, lastLine),
                error.Column));
            return null;
        }

        if (root is null or YamlScalarNode { Value: null or "" })
        {
            return [];
        }

        if (root is not YamlMappingNode map)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FrontMatterInvalid, "front matter must be a mapping of field: value", file, (int)root.Start.Line + lineOffset, (int)root.Start.Column));
            return null;
        }

        return YamlEntries(map, lineOffset);
    }

    private static List<FrontMatterEntry> YamlEntries(YamlMappingNode map, int lineOffset)
    {
        var entries = new List<FrontMatterEntry>(map.Children.Count);
        foreach (var (keyNode, value) in map.Children)
        {
            var (scalar, items) = value switch
            {
                YamlScalarNode s => (s.Value, (ImmutableArray<string?>?)null),
                YamlSequenceNode seq => (null, [.. seq.Children.Select(c => c is YamlScalarNode { Value: { } v } ? v : null)]),
                _ => (null, null),
            };
            entries.Add(new FrontMatterEntry(
                (keyNode as YamlScalarNode)?.Value ?? "",
                (int)keyNode.Start.Line + lineOffset,
                (int)keyNode.Start.Column,
                (int)value.Start.Line + lineOffset,
                (int)value.Start.Column,
                value is YamlScalarNode,
                scalar,
                items) { Children = value is YamlMappingNode inner ? [.. YamlEntries(inner, lineOffset)] : null });
        }

        return entries;
    }

    private static FrontMatter Map(List<FrontMatterEntry> entries, string file, UnknownFieldMessages? messages, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var fm = FrontMatter.Empty;
        int? explicitOrder = null, otherOrder = null;
        var hasUrl = false;
        string? uid = null;
        foreach (var value in entries)
        {
            var key = value.Key;
            var line = value.KeyLine;
            var col = value.KeyColumn;
            void Bad(string why) => diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FrontMatterBadValue, $"front matter field '{key}' {why}", file, value.ValueLine, value.ValueColumn));
            switch (key)
            {
                case "title": fm = fm with { Title = Scalar(value, Bad) }; break;
                case "description": fm = fm with { Description = Scalar(value, Bad) }; break;
                case "slug" or "url":
                    // A leading '/' means the site's root; without one a slug is taken from the page's folder (as in Hugo
                    // and Docusaurus: 'slug: setup' in guide/install.md is /guide/setup/). Hugo's 'url' is always from the
                    // root and wins over a slug. Anything leading out of the output folder is refused.
                    var slug = Scalar(value, Bad);
                    if (slug is not null && OutputPath.SitePathProblem(slug) is { } slugOutside)
                    {
                        Bad($"must be a path inside the site: {slugOutside}");
                    }
                    else if (slug is not null && (key == "url" || !hasUrl))
                    {
                        var from = key == "url" || slug.StartsWith('/') ? "" : ContentFolder(file);
                        var inside = slug.Trim('/');
                        fm = fm with { Slug = from.Length > 0 ? (inside.Length > 0 ? from + "/" + inside : from + "/index") : inside.Length > 0 ? inside : "index" };
                        hasUrl |= key == "url";
                    }

                    break;
                case "id": fm = fm with { Id = Scalar(value, Bad) }; break;
                case "uid": uid = Scalar(value, Bad); break;
                case "layout": fm = fm with { Layout = Scalar(value, Bad) }; break;
                case "date":
                    var date = Scalar(value, Bad);
                    if (DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ||
                        DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                    {
                        fm = fm with { Date = date };
                    }
                    else
                    {
                        Bad("must be a date such as 2024-05-01");
                    }

                    break;
                case "tags": fm = fm with { Tags = List(value, Bad) }; break;
                case "match": fm = fm with { Match = List(value, Bad) }; break;
                case "redirectFrom":
                    fm = Redirects(fm, List(value, Bad), Bad);
                    break;
                case "order":
                    explicitOrder = WholeNumber(value, Bad) ?? explicitOrder;
                    break;
                case "weight" or "sidebar_position":
                    otherOrder ??= WholeNumber(value, Bad);
                    break;
                case "linkTitle" or "sidebar_label":
                    fm = fm with { NavTitle = Scalar(value, Bad) };
                    break;
                case "template":
                    // Zola's template file (page.html): its name is the layout, when the page names none itself.
                    if (Scalar(value, Bad) is { Length: > 0 } template && fm.Layout is null)
                    {
                        fm = fm with { Layout = template.EndsWith(".html", StringComparison.OrdinalIgnoreCase) ? template[..^".html".Length] : template };
                    }

                    break;
                case "draft":
                    if (bool.TryParse(Scalar(value, Bad), out var draft))
                    {
                        fm = fm with { Draft = draft };
                    }
                    else
                    {
                        Bad("must be true or false");
                    }

                    break;
                case "aliases":
                    // Hugo's aliases: a path without a leading '/' is relative to the page's folder.
                    var folder = ContentFolder(file);
                    var aliases = List(value, Bad).Select(a => a.StartsWith('/') || a.Contains("://", StringComparison.Ordinal) ? a : "/" + (folder.Length == 0 ? "" : folder + "/") + a).ToImmutableArray();
                    fm = Redirects(fm, aliases, Bad);
                    break;
                case "sidebar" or "taxonomies" when value.Children is { } fields:
                    foreach (var field in fields)
                    {
                        void BadField(string why) => diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FrontMatterBadValue, $"front matter field '{key}.{field.Key}' {why}", file, field.ValueLine, field.ValueColumn));
                        switch (key, field.Key)
                        {
                            case ("sidebar", "order"): otherOrder = WholeNumber(field, BadField) ?? otherOrder; break;
                            case ("sidebar", "label"): fm = fm with { NavTitle = Scalar(field, BadField) }; break;
                            case ("sidebar", "hidden"): fm = fm with { InNavigation = !string.Equals(Scalar(field, BadField), "true", StringComparison.OrdinalIgnoreCase) }; break;
                            case ("taxonomies", "tags"): fm = fm with { Tags = List(field, BadField) }; break;
                        }
                    }

                    break;
                case "listed":
                    if (bool.TryParse(Scalar(value, Bad), out var listed))
                    {
                        fm = fm with { Listed = listed };
                    }
                    else
                    {
                        Bad("must be true or false");
                    }

                    break;
                default:
                    diagnostics.Add(Diagnostic.Warning(
                        DiagnosticCodes.FrontMatterUnknownField,
                        messages is null ? UnknownFieldMessage(key) : messages.For(key, UnknownFieldMessage),
                        file,
                        line,
                        col));
                    break;
            }
        }

        return fm with { Order = explicitOrder ?? otherOrder, Id = fm.Id ?? uid };
    }

    private static FrontMatter Redirects(FrontMatter fm, ImmutableArray<string> from, Action<string> bad)
    {
        if (from.FirstOrDefault(f => !f.StartsWith('/') || f.Contains("://", StringComparison.Ordinal)) is { } notPath)
        {
            bad($"must list site paths starting with '/' (not '{OutputPath.Shown(notPath)}')");
            return fm;
        }

        if (from.Select(OutputPath.SitePathProblem).FirstOrDefault(p => p is not null) is { } outside)
        {
            bad($"must list paths inside the site: {outside}");
            return fm;
        }

        return fm with { RedirectFrom = [.. fm.RedirectFrom, .. from] };
    }

    /// <summary>The folder of an input file under content/ (<c>content/guide/a.md</c> → <c>guide</c>), empty elsewhere.</summary>
    private static string ContentFolder(string file)
    {
        if (!file.StartsWith("content/", StringComparison.Ordinal))
        {
            return "";
        }

        var slash = file.LastIndexOf('/');
        return slash < "content/".Length ? "" : file["content/".Length..slash];
    }

    private static int? WholeNumber(FrontMatterEntry entry, Action<string> bad)
    {
        var text = Scalar(entry, bad);
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        if (text is not null)
        {
            bad("must be a whole number");
        }

        return null;
    }

    private static string? Scalar(FrontMatterEntry entry, Action<string> bad)
    {
        if (entry.IsScalar)
        {
            return entry.Scalar;
        }

        bad("must be a single value");
        return null;
    }

    private static ImmutableArray<string> List(FrontMatterEntry entry, Action<string> bad)
    {
        if (entry.Items is { } list)
        {
            var items = ImmutableArray.CreateBuilder<string>(list.Length);
            foreach (var item in list)
            {
                if (item is not null)
                {
                    items.Add(item);
                }
                else
                {
                    bad("must be a list of single values");
                }
            }

            return items.ToImmutable();
        }

        return entry is { IsScalar: true, Scalar: { Length: > 0 } one }
            ? [.. one.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]
            : [];
    }
}
