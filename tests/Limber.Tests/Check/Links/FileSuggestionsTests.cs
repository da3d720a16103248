using Limber.Check.Links;

namespace Limber.Tests.Check.Links;

public class FileSuggestionsTests
{
    private static readonly FileSuggestions Suggestions = new(["index.html", "sciatica/index.html", "hip-pain/index.html", "guide/stretches.html", "assets/site.css"]);

    [Fact]
    public void AMissingFileSuggestsThePageWithTheNearestName()
    {
        Assert.Equal("; did you mean /sciatica/?", Suggestions.Hint("sciatica-archived.md"));
        Assert.Equal("; did you mean /sciatica/?", Suggestions.Hint("topics/sciatca/index.html"));
        Assert.Equal("; did you mean /guide/stretches.html?", Suggestions.Hint("stretchs.html"));
    }

    [Fact]
    public void NothingNearGivesNoHint() => Assert.Equal("", Suggestions.Hint("completely-unrelated-words.html"));

    [Fact]
    public void OnlyPagesAreSuggested() => Assert.DoesNotContain("site.css", Suggestions.Hint("site.html"), StringComparison.Ordinal);

    [Fact]
    public void AMissingImageGetsImagesNotPages()
    {
        var suggestions = new FileSuggestions(["search/index.html", "img/search-icon.png", "img/logo.svg"]);

        Assert.Equal("; did you mean /img/search-icon.png?", suggestions.Hint("img/search.png"));
        Assert.Equal("", suggestions.Hint("img/banner.png"));
    }

    [Fact]
    public void PagesSharingANameAreSuggestedInOneOrderWhateverOrderThePathsCameIn()
    {
        string[] files = ["functions/ge/index.html", "functions/compare/ge/index.html", "functions/math/ge/index.html", "about/index.html"];

        var hints = new[] { files, [.. files.Reverse()], [files[2], files[0], files[3], files[1]] }.Select(f => new FileSuggestions(f).Hint("functions/gee/index.html")).ToList();

        Assert.Equal("; did you mean /functions/compare/ge/, /functions/ge/, /functions/math/ge/?", hints[0]);
        Assert.All(hints, h => Assert.Equal(hints[0], h));
    }
}
