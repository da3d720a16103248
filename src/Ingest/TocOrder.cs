using System.Collections.Immutable;
using Limber.Navigation;
using Limber.Pages;
using Limber.Yaml;
using YamlDotNet.RepresentationModel;

namespace Limber.Ingest;

/// <summary>
/// docfx's table of contents: a <c>toc.yml</c> (or <c>toc.yaml</c>) under content/ lists pages in reading order, each
/// <c>- name: Label</c> with <c>href: page.md</c> (from the toc's folder), nested under <c>items:</c>. The pages it
/// names take their place in the sidebar from it (as <c>order</c>) and its name as their label, unless their own front
/// matter sets them. A folder (<c>href: guide/</c>) stands for its index page; a nested <c>toc.yml</c> speaks for itself.
/// A toc that is not YAML of that shape is left as a file and changes nothing.
/// </summary>
internal static class TocOrder
{
    public static bool IsToc(string path) =>
        ContentPaths.NameOf(path).Equals("toc.yml", StringComparison.OrdinalIgnoreCase) || ContentPaths.NameOf(path).Equals("toc.yaml", StringComparison.OrdinalIgnoreCase);

    /// <param name="files">The files copied from content/ (paths relative to it), toc files among them.</param>
    public static void Apply(ImmutableArray<Page>.Builder pages, IEnumerable<OutputFile> files)
    {
        Dictionary<string, int>? bySource = null;
        foreach (var toc in files)
        {
            if (!IsToc(toc.Path) || YamlLoader.Load(toc.Text()) is not { Error: null, Root: { } root })
            {
                continue;
            }

            if (bySource is null)
            {
                bySource = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
                for (var i = 0; i < pages.Count; i++)
                {
                    bySource.TryAdd(pages[i].Source.File, i);
                }
            }

            var position = 0;
            Walk(root, ContentPaths.FolderOf(toc.Path), pages, bySource, ref position);
        }
    }

    private static void Walk(YamlNode node, string folder, ImmutableArray<Page>.Builder pages, Dictionary<string, int> bySource, ref int position)
    {
        var entries = node switch
        {
            YamlSequenceNode list => list.Children,
            YamlMappingNode map when Value(map, "items") is YamlSequenceNode items => items.Children,
            _ => [],
        };
        foreach (var entry in entries.OfType<YamlMappingNode>())
        {
            position++;
            if (Value(entry, "href") is YamlScalarNode { Value: { Length: > 0 } href } && PageOf(folder, href, bySource) is { } index)
            {
                var page = pages[index];
                var name = (Value(entry, "name") as YamlScalarNode)?.Value;
                pages[index] = page with
                {
                    FrontMatter = page.FrontMatter with
                    {
                        Order = page.FrontMatter.Order ?? position,
                        NavTitle = page.FrontMatter.NavTitle ?? (string.IsNullOrWhiteSpace(name) ? null : name),
                    },
                };
            }

            if (Value(entry, "items") is YamlSequenceNode)
            {
                Walk(entry, folder, pages, bySource, ref position);
            }
        }
    }

    private static YamlNode? Value(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    /// <summary>The page an href names, read from the toc's folder: <c>a.md</c>, <c>guide/</c> (its index page); null for anything else.</summary>
    private static int? PageOf(string folder, string href, Dictionary<string, int> bySource)
    {
        if (href.Contains("://", StringComparison.Ordinal) || IsToc(href.TrimEnd('/')))
        {
            return null;
        }

        var end = href.IndexOfAny(['#', '?']);
        var path = end < 0 ? href : href[..end];
        var combined = ContentPaths.Normalize(folder.Length == 0 ? path : folder + "/" + path);
        if (combined is null)
        {
            return null;
        }

        string[] candidates = ContentPaths.IsMarkdown(combined)
            ? [combined]
            : [combined + "/index.md", combined + "/_index.md", combined + "/README.md"];
        foreach (var candidate in candidates)
        {
            if (bySource.TryGetValue("content/" + candidate.TrimStart('/'), out var index))
            {
                return index;
            }
        }

        return null;
    }
}
