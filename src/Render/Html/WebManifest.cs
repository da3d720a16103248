using System.Text.Json;
using Limber.Options;
using Limber.Pages;

namespace Limber.Render.Html;

/// <summary>The web app manifest (<c>site.webmanifest</c>): name, colours, start URL and the favicon.</summary>
public static class WebManifest
{
    public const string Path = "site.webmanifest";

    public static OutputFile File(SiteOptions options, Func<string, string> url, string iconUrl)
    {
        var data = new Dictionary<string, object?>
        {
            ["name"] = options.Title,
            ["short_name"] = ShortName(options.Title),
            ["description"] = options.Description,
            ["lang"] = options.Language,
            ["start_url"] = url("/"),
            ["scope"] = url("/"),
            ["display"] = "browser",
            ["background_color"] = "#fdfcfa",
            ["theme_color"] = "#0b5cad",
            ["icons"] = new[] { new Dictionary<string, string> { ["src"] = iconUrl, ["sizes"] = "any", ["type"] = "image/svg+xml" } },
        };
        return new OutputFile(Path, JsonSerializer.SerializeToUtf8Bytes(data, Json));
    }

    /// <summary>Whole words of the title up to 12 characters (what a home screen shows), at least the first word.</summary>
    private static string ShortName(string title)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var name = words.Length > 0 ? words[0] : title;
        foreach (var word in words.Skip(1))
        {
            if (name.Length + 1 + word.Length > 12)
            {
                break;
            }

            name += " " + word;
        }

        return name;
    }

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
