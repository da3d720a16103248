using System.Text.Encodings.Web;
using System.Text.Json;
using Limber.Pages;

namespace Limber.Render.Exercises;

/// <summary>schema.org JSON-LD for an exercise page: an ExercisePlan and a HowTo with its HowToSteps.</summary>
public static class ExerciseJsonLd
{
    // The default encoder escapes '<', '>' and '&', so the text can sit inside a <script> element.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Default };

    public static string For(Exercise exercise, string url)
    {
        var plan = new Dictionary<string, object?>
        {
            ["@type"] = "ExercisePlan",
            ["@id"] = url + "#plan",
            ["name"] = exercise.Title,
            ["url"] = url,
        };
        if (exercise.Reps is { } reps)
        {
            plan["repetitions"] = Quantity(reps.Min, reps.Max, null);
        }

        if (exercise.Rest is { } rest)
        {
            plan["restPeriods"] = Quantity(rest.Min, rest.Max, rest.Unit);
        }

        if (exercise.Hold is { } hold)
        {
            plan["activityDuration"] = Quantity(hold.Min, hold.Max, hold.Unit);
        }

        var variables = new List<string>();
        if (exercise.Sets is { } sets)
        {
            variables.Add(sets.Min == sets.Max ? $"{sets.Min} sets" : $"{sets.Min}–{sets.Max} sets");
        }

        if (exercise.PerSide)
        {
            variables.Add("each side");
        }

        if (exercise.Position is { } position)
        {
            variables.Add($"position: {position}");
        }

        if (variables.Count > 0)
        {
            plan["additionalVariable"] = string.Join("; ", variables);
        }

        if (exercise.BodyAreas.Length > 0)
        {
            plan["exerciseType"] = string.Join(", ", exercise.BodyAreas);
        }

        var howTo = new Dictionary<string, object?>
        {
            ["@type"] = "HowTo",
            ["@id"] = url + "#howto",
            ["name"] = exercise.Title,
            ["url"] = url,
            ["step"] = exercise.Steps.Select((s, i) => new Dictionary<string, object?>
            {
                ["@type"] = "HowToStep",
                ["position"] = i + 1,
                ["text"] = s,
            }).ToList(),
        };
        if (exercise.Equipment.Length > 0)
        {
            howTo["tool"] = exercise.Equipment.Select(e => new Dictionary<string, object?> { ["@type"] = "HowToTool", ["name"] = e }).ToList();
        }

        var doc = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@graph"] = new List<object> { plan, howTo },
        };
        return JsonSerializer.Serialize(doc, Options);
    }

    private static Dictionary<string, object?> Quantity(int min, int max, string? unit)
    {
        var q = new Dictionary<string, object?> { ["@type"] = "QuantitativeValue" };
        if (min == max)
        {
            q["value"] = min;
        }
        else
        {
            q["minValue"] = min;
            q["maxValue"] = max;
        }

        if (unit == "seconds")
        {
            q["unitCode"] = "SEC";
            q["unitText"] = "seconds";
        }
        else if (unit is not null)
        {
            q["unitText"] = unit;
        }

        return q;
    }
}
