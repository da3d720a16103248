using Limber.Pages;
using Limber.Render;
using Limber.Render.Html;
using Limber.Render.Theme;

namespace Limber.Tests.Render.Theme;

public class LiquidThemeTests
{
    [Theory]
    [InlineData(3)] // a short page: one block of the render buffer
    [InlineData(40_000)] // longer than the buffer starts with: several blocks the first time
    public void AFinishedRenderIsTheFinishOfThePlainRender(int items)
    {
        var layout = "<main>\n  <ul>\n{% for i in (1..n) %}    <li> item   {{ i }} </li>\n{% endfor %}  </ul>\n  <pre>  kept   as is </pre>\n</main>\n";
        var model = new Dictionary<string, object?> { ["n"] = items };

        var plain = Theme(layout).Render("t", model, TemplateModel.KnownKeys);
        var finished = Theme(layout).Render("t", model, TemplateModel.KnownKeys, HtmlMinifier.Minify);

        Assert.NotNull(plain);
        Assert.Equal(HtmlMinifier.Minify(plain), finished);
        Assert.Contains($"<li>item {items}</li>", finished); // spaces next to block tags dropped
        Assert.Contains("<pre>  kept   as is </pre>", finished);
    }

    [Fact]
    public void TheFinishIsGivenTheWholeOutputOnce()
    {
        var theme = Theme("a{% for i in (1..20000) %}bc{% endfor %}z");
        var calls = 0;
        var length = 0;

        var result = theme.Render("t", new Dictionary<string, object?>(), TemplateModel.KnownKeys, html =>
        {
            calls++;
            length = html.Length;
            return html[^1..].ToString();
        });

        Assert.Equal("z", result);
        Assert.Equal(1, calls);
        Assert.Equal(2 + 40_000, length);
    }

    private static LiquidTheme Theme(string layout) =>
        new(ThemeFiles.With(new Dictionary<string, InputFile> { ["layouts/t.liquid"] = new("theme/layouts/t.liquid", layout) }));
}
