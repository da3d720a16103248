using System.Text.RegularExpressions;
using Limber.Cli;
using Limber.Diagnostics;
using Limber.Options;
using Limber.Pipeline;
using Limber.Tests.Testing;

namespace Limber.Tests.EndToEnd;

/// <summary>
/// A small documentation folder written the way other generators' authors write (Starlight asides and sidebar front
/// matter, Zola TOML front matter and <c>@/</c> links, a docfx <c>uid</c> named by an <c>xref:</c> link, Hugo shortcodes and links in another letter case, GitHub alerts,
/// MkDocs admonitions, definition terms linked by id), built whole: every link lands and no page shows the other
/// generators' syntax as text.
/// </summary>
public partial class MigratedDocsTests
{
    private static readonly (string Path, string Text)[] Folder =
    [
        ("content/index.md", """
            ---
            title: Garden handbook
            sidebar:
              order: 1
              label: Start
            ---
            :::note[Before you dig]
            Read the [soil guide](@/beds/soil.md#acidity) and the [trowel page](/tools/HandTrowel/).
            :::

            :::caution
            Wear gloves.
            :::

            > [!TIP]
            > Start small.

            !!! warning "Frost"
                Cover the seedlings.
            """),
        ("content/beds/_index.md", """
            +++
            title = "Beds"
            weight = 2
            +++
            Raised beds; see [compost](@/beds/soil.md#compost) and [the settings](/reference/#mulchdepth).
            """),
        ("content/beds/soil.md", """
            +++
            title = "Soil"
            [taxonomies]
            tags = ["soil"]
            +++
            ## Acidity

            Test it yearly. {{< figure src="ph.png" >}}

            ## Compost

            {{% aside %}}Turn it weekly.{{% /aside %}}
            """),
        ("content/tools/HandTrowel.md", """
            ---
            uid: Garden.Tools.Trowel
            ---
            # Hand trowel

            Back to [the beds](@/beds/_index.md).
            """),
        ("content/reference.md", """
            # Reference

            `mulchDepth`
            : How deep the mulch lies, in centimetres.

            `bedWidth`
            : See [mulch depth](#mulchdepth); dig with the [trowel](xref:Garden.Tools.Trowel).
            """),
    ];

    [Fact]
    public void EveryLinkLandsAndNoOtherGeneratorsSyntaxIsShownAsText()
    {
        using var temp = new TempDirectory();
        foreach (var (path, text) in Folder)
        {
            var file = temp.Combine("in", path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, text + "\n");
        }

        var options = new BuildOptions { InputDirectory = temp.Combine("in"), OutputDirectory = temp.Combine("out") };
        var result = SiteStages.Create(options).Run(Site.Empty, new StageContext(options));

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is DiagnosticCodes.LinkBroken or DiagnosticCodes.AnchorMissing);
        foreach (var page in new[] { "index.html", "beds/index.html", "beds/soil/index.html", "tools/handtrowel/index.html", "reference/index.html" })
        {
            var html = File.ReadAllText(temp.Combine("out", page));
            var main = Text().Replace(html[html.IndexOf("<main", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)], " ");
            foreach (var syntax in new[] { ":::", "@/", "+++", "[!TIP]", "!!!", "{{<", "{{%", "title =" })
            {
                Assert.False(main.Contains(syntax, StringComparison.Ordinal), $"{page} shows '{syntax}' as text");
            }
        }

        var home = File.ReadAllText(temp.Combine("out", "index.html"));
        Assert.Contains("href=\"/beds/soil/#acidity\"", home, StringComparison.Ordinal);
        Assert.Contains("href=\"/tools/handtrowel/\"", home, StringComparison.Ordinal);
        Assert.Contains("<p class=\"markdown-alert-title\">Before you dig</p>", home, StringComparison.Ordinal);
        var reference = File.ReadAllText(temp.Combine("out", "reference", "index.html"));
        Assert.Contains("<dt id=\"mulchdepth\">", reference, StringComparison.Ordinal);
        Assert.Contains("href=\"/tools/handtrowel/\"", reference, StringComparison.Ordinal);
    }

    /// <summary>Tags (the words a reader sees are what is checked).</summary>
    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Text();
}
