using System.Globalization;
using System.Text;
using Limber.Pages;

namespace Limber.Extract;

/// <summary>An exercise's extracted front matter as a Markdown draft (<c>input/exercises/&lt;slug&gt;.md</c>) for curation.</summary>
public static class ExerciseDraft
{
    public static string PathFor(Exercise exercise) => $"exercises/{exercise.Slug}.md";

    public static string ToMarkdown(Exercise exercise)
    {
        var sb = new StringBuilder("---\n");
        sb.Append(ToYaml(exercise));
        sb.Append("---\n");
        sb.Append(CultureInfo.InvariantCulture, $"\n<!-- Extracted from {exercise.Source}. Copy the fields you correct into exercises/{exercise.Slug}.yml to override them. -->\n");
        return sb.ToString();
    }

    /// <summary>The front matter fields, in the catalogue's order, with the exact names.</summary>
    public static string ToYaml(Exercise e)
    {
        var sb = new StringBuilder();
        sb.Append("title: ").Append(Quote(e.Title)).Append('\n');
        sb.Append("slug: ").Append(Quote(e.Slug)).Append('\n');
        sb.Append("name: ").Append(e.Name is null ? "null" : Quote(e.Name)).Append('\n');
        BlockList(sb, "steps", e.Steps);
        BlockList(sb, "cautions", e.Cautions);
        sb.Append("reps: ").Append(e.Reps is { } r ? $"{{min: {r.Min}, max: {r.Max}}}" : "null").Append('\n');
        sb.Append("sets: ").Append(e.Sets is { } s2 ? $"{{min: {s2.Min}, max: {s2.Max}}}" : "null").Append('\n');
        sb.Append("hold: ").Append(e.Hold is { } h ? $"{{min: {h.Min}, max: {h.Max}, unit: {h.Unit}}}" : "null").Append('\n');
        sb.Append("rest: ").Append(e.Rest is { } rest ? $"{{min: {rest.Min}, max: {rest.Max}, unit: {rest.Unit}}}" : "null").Append('\n');
        sb.Append("perSide: ").Append(e.PerSide ? "true" : "false").Append('\n');
        sb.Append("equipment: ").Append(FlowList(e.Equipment)).Append('\n');
        sb.Append("position: ").Append(e.Position is null ? "null" : Quote(e.Position)).Append('\n');
        sb.Append("bodyAreas: ").Append(FlowList(e.BodyAreas)).Append('\n');
        sb.Append("source: {file: ").Append(Quote(e.Source.File)).Append(", line: ").Append(e.Source.Line.ToString(CultureInfo.InvariantCulture)).Append("}\n");
        return sb.ToString();
    }

    /// <summary>"key: []", or the key and one "  - item" line an item.</summary>
    private static void BlockList(StringBuilder sb, string key, IReadOnlyList<string> items)
    {
        sb.Append(key).Append(':');
        if (items.Count == 0)
        {
            sb.Append(" []\n");
            return;
        }

        sb.Append('\n');
        foreach (var item in items)
        {
            sb.Append("  - ").Append(Quote(item)).Append('\n');
        }
    }

    private static string FlowList(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(Quote)) + "]";

    /// <summary>A YAML double-quoted scalar: always safe, whatever the text.</summary>
    internal static string Quote(string s)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in s)
        {
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '"': sb.Append("\\\""); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (char.IsControl(c))
                    {
                        sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.Append('"').ToString();
    }
}
