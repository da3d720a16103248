using System.Collections.Immutable;
using System.Text.Json;
using Limber.Options;
using Limber.Pages;

namespace Limber.Render;

/// <summary>
/// The variables a Liquid layout sees: <c>site.*</c> and <c>page.*</c> (snake_case), plus <c>content</c> in the base layout.
/// Every key is always present (null when it does not apply), so the set of keys is the theme's contract.
/// </summary>
public static class TemplateModel
{
    public static Dictionary<string, object?> Site(SiteOptions options, IReadOnlyList<NavLink> nav, string currentUrl, IReadOnlyDictionary<string, string> assets, Func<string, string> url) => new()
    {
        ["title"] = options.Title,
        ["description"] = options.Description,
        ["base_url"] = options.BaseUrl,
        ["base_path"] = options.BasePath,
        ["language"] = options.Language,
        ["footer"] = options.Footer,
        ["home_url"] = url("/"),
        ["css"] = assets.GetValueOrDefault("assets/site.css", ""),
        ["search_js"] = assets.GetValueOrDefault("assets/search.js", ""),
        ["search_index"] = url("/" + Search.SearchIndex.Folder + "/"),
        ["theme_js"] = assets.GetValueOrDefault("assets/theme.js", ""),
        ["favicon"] = assets.GetValueOrDefault("assets/favicon.svg", ""),
        ["manifest"] = url("/" + Html.WebManifest.Path),
        ["pagefind"] = url("/pagefind/pagefind.js"),
        ["search_url"] = url("/search/"),
        ["nav"] = nav.Select(n => new Dictionary<string, object?>
        {
            ["title"] = n.Title,
            ["url"] = url(n.Url),
            ["current"] = n.Url == "/" ? currentUrl == "/" : currentUrl.StartsWith(n.Url, StringComparison.Ordinal),
        }).ToList(),
    };

    public static Dictionary<string, object?> Page(Page page, string contentHtml, IReadOnlyList<Dictionary<string, object?>> groups, string jsonLd, string? canonical, Func<string, string> url, string? markdownCopyPath, IReadOnlyList<Dictionary<string, object?>>? decisions = null) => new()
    {
        ["decisions"] = decisions,
        ["id"] = page.Id,
        ["title"] = page.Title,
        ["description"] = page.FrontMatter.Description ?? "",
        ["url"] = url(page.Url),
        ["canonical"] = canonical,
        ["kind"] = page.Kind.ToString().ToLowerInvariant(),
        ["is_home"] = page.Url == "/",
        ["content"] = contentHtml,
        ["tags"] = page.FrontMatter.Tags.ToList(),
        ["date"] = page.FrontMatter.Date,
        ["source"] = page.Source.ToString(),
        ["provenance"] = page.Provenance.Select(p => p.ToString()).ToList(),
        ["groups"] = groups,
        ["items"] = page.Items.Select(i => Item(i, url)).ToList(),
        ["sections"] = page.Items
            .GroupBy(i => i.Section ?? "")
            .Select(g => new Dictionary<string, object?> { ["name"] = g.Key, ["items"] = g.Select(i => Item(i, url)).ToList() })
            .ToList(),
        ["json_ld"] = jsonLd,
        ["markdown_url"] = markdownCopyPath is null ? null : url("/" + markdownCopyPath),
        ["exercise"] = page.Exercise is { } e ? Exercise(e) : null,
        ["pagination"] = page.Pagination is { } pg ? Pagination(pg, url) : null,

        // Wayfinding (set by the render stage, see Html/Wayfinding.cs): null or empty where they do not apply.
        ["breadcrumbs"] = null,
        ["breadcrumb_json_ld"] = null,
        ["previous"] = null,
        ["next"] = null,
        ["toc"] = null,
        ["start_areas"] = null,
        ["start_topics"] = null,
        ["filters"] = null,
        ["sidebar"] = null, // the section tree as entries, built when a layout reads it (see Navigation/Sidebar.cs)
        ["sidebar_html"] = null, // the same as the default layout's list

        // Pages search lists (Pagefind indexes those with data-pagefind-body): see SearchPage.Lists.
        ["searchable"] = Html.SearchPage.Lists(page),

        // Pages search engines are asked not to index: unlisted pages and the search page.
        ["noindex"] = !page.FrontMatter.Listed || page.Id == Html.SearchPage.Page.Id,
        ["og_type"] = page.Url == "/" ? "website" : "article",
    };

    /// <summary>All <c>site.x</c> and <c>page.x</c> names a layout may use.</summary>
    public static ImmutableHashSet<string> KnownKeys { get; } = BuildKnownKeys();

    private static Dictionary<string, object?> Item(PageLink link, Func<string, string> url) => new()
    {
        ["title"] = link.Title,
        ["url"] = link.Url.StartsWith('/') ? url(link.Url) : link.Url,
        ["summary"] = link.Summary,
        ["section"] = link.Section,
    };

    private static Dictionary<string, object?> Exercise(Exercise e) => new()
    {
        ["title"] = e.Title,
        ["slug"] = e.Slug,
        ["name"] = e.Name,
        ["steps"] = e.Steps.ToList(),
        ["cautions"] = e.Cautions.ToList(),
        ["reps"] = e.Reps is { } r ? Range(r.Min, r.Max, null) : null,
        ["sets"] = e.Sets is { } s ? Range(s.Min, s.Max, null) : null,
        ["hold"] = e.Hold is { } h ? Range(h.Min, h.Max, h.Unit) : null,
        ["rest"] = e.Rest is { } rest ? Range(rest.Min, rest.Max, rest.Unit) : null,
        ["per_side"] = e.PerSide,
        ["equipment"] = e.Equipment.ToList(),
        ["position"] = e.Position,
        ["body_areas"] = e.BodyAreas.ToList(),
        ["source"] = e.Source.ToString(),
    };

    /// <summary>
    /// A split page's part: <c>number</c>, <c>count</c>, and the previous and next parts' URLs (null at the ends); the
    /// first and last parts' URLs only when they are not already the previous or next one.
    /// </summary>
    private static Dictionary<string, object?> Pagination(Pagination p, Func<string, string> url) => new()
    {
        ["number"] = p.Number,
        ["count"] = p.Count,
        ["first_url"] = p.Number > 2 ? url(p.Urls[0]) : null,
        ["previous_url"] = p.PreviousUrl is { } previous ? url(previous) : null,
        ["next_url"] = p.NextUrl is { } next ? url(next) : null,
        ["last_url"] = p.Number < p.Count - 1 ? url(p.Urls[^1]) : null,
    };

    private static Dictionary<string, object?> Range(int min, int max, string? unit) => new()
    {
        ["min"] = min,
        ["max"] = max,
        ["unit"] = unit,
        ["text"] = (min == max ? min.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{min}–{max}") + (unit is null ? "" : " " + UnitFor(max, unit)),
    };

    /// <summary>A unit as it reads after a number: "1 second", "2 seconds", "1 minute" (units are stored in the plural).</summary>
    public static string UnitFor(int count, string unit) =>
        count == 1 && unit.Length > 1 && unit.EndsWith('s') && !unit.EndsWith("ss", StringComparison.Ordinal) ? unit[..^1] : unit;

    private static ImmutableHashSet<string> BuildKnownKeys()
    {
        var site = Site(SiteOptions.Default, [], "/", new Dictionary<string, string>(), u => u).Keys.Select(k => "site." + k);
        var sample = new Page { Id = "x", Kind = PageKind.Content, Source = new SourceRef("x"), Destination = "index.html" };
        var page = Page(sample, "", [], "", null, u => u, null).Keys.Select(k => "page." + k);
        return [.. site, .. page];
    }

    public static string JsonLd(Page page, SiteOptions options, string? canonical)
    {
        var data = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = page.Url == "/" ? "WebSite" : "WebPage",
            ["name"] = page.Url == "/" ? options.Title : page.Title,
            ["inLanguage"] = options.Language,
        };
        if (page.FrontMatter.Description is { Length: > 0 } d)
        {
            data["description"] = d;
        }

        if (canonical is not null)
        {
            data["url"] = canonical;
        }

        if (page.Url != "/")
        {
            data["isPartOf"] = new Dictionary<string, object?> { ["@type"] = "WebSite", ["name"] = options.Title };
        }

        return Serialize(data);
    }

    /// <summary>
    /// JSON for a &lt;script type="application/ld+json"&gt; block ('&lt;' is escaped so the text cannot close the
    /// element): compact JSON of a graph of dictionaries, lists, strings, numbers and booleans, what JsonSerializer
    /// writes for it, written straight to a Utf8JsonWriter because every page carries one or two of these. Other values
    /// go through JsonSerializer.
    /// </summary>
    public static string Serialize(object data)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JsonLdOptions.Encoder, SkipValidation = true }))
        {
            Write(writer, data);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case int i: writer.WriteNumberValue(i); break;
            case long l: writer.WriteNumberValue(l); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    Write(writer, item);
                }

                writer.WriteEndObject();
                break;
            case System.Collections.IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                JsonSerializer.Serialize(writer, value, value.GetType(), JsonLdOptions);
                break;
        }
    }

    private static readonly JsonSerializerOptions JsonLdOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default };
}
