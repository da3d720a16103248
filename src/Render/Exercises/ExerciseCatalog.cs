using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Limber.Pages;

namespace Limber.Render.Exercises;

/// <summary>The <c>/exercises.json</c> catalogue: every exercise's front matter, camelCase, nulls kept, by slug.</summary>
public static class ExerciseCatalog
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string ToJson(IEnumerable<Exercise> exercises)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, WriterOptions))
        {
            w.WriteStartArray();
            foreach (var e in exercises.OrderBy(e => e.Slug, StringComparer.Ordinal).ThenBy(e => e.Source.File, StringComparer.Ordinal).ThenBy(e => e.Source.Line))
            {
                Write(w, e);
            }

            w.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    internal static void Write(Utf8JsonWriter w, Exercise e)
    {
        w.WriteStartObject();
        w.WriteString("title", e.Title);
        w.WriteString("slug", e.Slug);
        w.WriteString("name", e.Name);
        w.WriteStartArray("steps");
        foreach (var s in e.Steps)
        {
            w.WriteStringValue(s);
        }

        w.WriteEndArray();
        w.WriteStartArray("cautions");
        foreach (var c in e.Cautions)
        {
            w.WriteStringValue(c);
        }

        w.WriteEndArray();
        Count(w, "reps", e.Reps);
        Count(w, "sets", e.Sets);
        Duration(w, "hold", e.Hold);
        Duration(w, "rest", e.Rest);
        w.WriteBoolean("perSide", e.PerSide);
        w.WriteStartArray("equipment");
        foreach (var s in e.Equipment)
        {
            w.WriteStringValue(s);
        }

        w.WriteEndArray();
        w.WriteString("position", e.Position);
        w.WriteStartArray("bodyAreas");
        foreach (var s in e.BodyAreas)
        {
            w.WriteStringValue(s);
        }

        w.WriteEndArray();
        w.WriteStartObject("source");
        w.WriteString("file", e.Source.File);
        w.WriteNumber("line", e.Source.Line);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Count(Utf8JsonWriter w, string name, CountRange? c)
    {
        if (c is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        w.WriteNumber("min", c.Min);
        w.WriteNumber("max", c.Max);
        w.WriteEndObject();
    }

    private static void Duration(Utf8JsonWriter w, string name, DurationRange? d)
    {
        if (d is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        w.WriteNumber("min", d.Min);
        w.WriteNumber("max", d.Max);
        w.WriteString("unit", d.Unit);
        w.WriteEndObject();
    }
}
