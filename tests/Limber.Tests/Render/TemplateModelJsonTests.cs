using System.Text.Json;
using Limber.Render;

namespace Limber.Tests.Render;

/// <summary>JSON-LD is written by hand for speed; it must be byte for byte what JsonSerializer writes.</summary>
public class TemplateModelJsonTests
{
    private static readonly JsonSerializerOptions Reference = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default };

    public static TheoryData<object> Graphs => new()
    {
        new Dictionary<string, object?> { ["@context"] = "https://schema.org", ["@type"] = "WebPage", ["name"] = "Hip & back: <script>\"quoted\"</script>", ["inLanguage"] = "en" },
        new Dictionary<string, object?>
        {
            ["@type"] = "BreadcrumbList",
            ["itemListElement"] = new List<Dictionary<string, object?>>
            {
                new() { ["@type"] = "ListItem", ["position"] = 1, ["name"] = "Ünïcödé — “quotes” 🙂", ["item"] = "/a/?x=1&y=2" },
                new() { ["@type"] = "ListItem", ["position"] = 2, ["name"] = null, ["item"] = "/b/" },
            },
            ["isPartOf"] = new Dictionary<string, object?> { ["@type"] = "WebSite", ["name"] = "Site 'title'\n\ttab" },
            ["flags"] = new object?[] { true, false, 3L, null, new[] { "x", "y" } },
            ["when"] = new DateOnly(2024, 5, 1),
        },
    };

    [Theory]
    [MemberData(nameof(Graphs))]
    public void MatchesJsonSerializer(object graph) =>
        Assert.Equal(JsonSerializer.Serialize(graph, Reference), TemplateModel.Serialize(graph));
}
