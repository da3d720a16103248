using System.Text.RegularExpressions;
using Limber.Tests.Testing;

namespace Limber.Tests.Render;

/// <summary>
/// A split topic, built by the CLI: each part links its neighbours, the source page links each passage on the part
/// that shows it, and the link check finds nothing broken.
/// </summary>
public sealed partial class PaginationRenderTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly Testing.Cli.Run _run;

    public PaginationRenderTests()
    {
        _temp.Write("in/site.yml", "title: Paged\npassagesPerPage: 2\n");
        _temp.Write("in/sources/notes.txt", """
            Morning stiffness often eases after a warm shower and a short walk around the house.
            A supportive mattress matters less than a comfortable sleeping position for most people.
            Lifting with a straight back and bent knees spreads the load across the legs.
            Long car journeys are easier with a rolled towel behind the lower spine and regular stops.
            Many keen gardeners find that working in short sessions keeps flare-ups away.

            """);
        _run = Testing.Cli.Invoke("build", "--input", _temp.Combine("in"), "--output", _temp.Combine("out"), "--strict");
    }

    public void Dispose() => _temp.Dispose();

    private string Html(string path) => File.ReadAllText(_temp.Combine("out", path));

    [Fact]
    public void EveryPartIsWrittenAndTheStrictBuildFindsNoBrokenLink()
    {
        Assert.True(_run.ExitCode == 0, _run.Stderr);
        Assert.DoesNotContain("LMB4040", _run.Stderr);
        Assert.True(File.Exists(_temp.Combine("out", "topics/general/index.html")));
        Assert.True(File.Exists(_temp.Combine("out", "topics/general/page/2/index.html")));
        Assert.True(File.Exists(_temp.Combine("out", "topics/general/page/3/index.html")));
        Assert.False(File.Exists(_temp.Combine("out", "topics/general/page/4/index.html")));
    }

    [Fact]
    public void EachPartNamesItsPlaceAndLinksItsNeighbours()
    {
        var first = Html("topics/general/index.html");
        Assert.Contains("<span>Page 1 of 3</span>", first);
        Assert.Contains("<a rel=\"next\" href=\"/topics/general/page/2/\">Next page</a>", first);
        Assert.Contains("<a href=\"/topics/general/page/3/\">Last page</a>", first);
        Assert.DoesNotContain("rel=\"prev\" href=\"/topics/general/", first);

        var middle = Html("topics/general/page/2/index.html");
        Assert.Contains("<h1>General (page 2 of 3)</h1>", middle);
        Assert.Contains("<a rel=\"prev\" href=\"/topics/general/\">Previous page</a>", middle);
        Assert.Contains("<a rel=\"next\" href=\"/topics/general/page/3/\">Next page</a>", middle);
        Assert.DoesNotContain("First page", middle); // the previous page is already the first

        var last = Html("topics/general/page/3/index.html");
        Assert.Contains("<span>Page 3 of 3</span>", last);
        Assert.DoesNotContain("Next page", last);
    }

    [Fact]
    public void TheSourcePageLinksEachPassageOnThePartThatShowsIt()
    {
        var source = Html("sources/notes/index.html");
        var links = PassageLinks().Matches(source).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Equal(
            ["/topics/general/#notes-l1", "/topics/general/#notes-l2", "/topics/general/page/2/#notes-l3", "/topics/general/page/2/#notes-l4", "/topics/general/page/3/#notes-l5"],
            links);
        foreach (var link in links)
        {
            var (path, id) = (link.Split('#')[0], link.Split('#')[1]);
            Assert.Contains($"id=\"{id}\"", Html(path.TrimStart('/') + "index.html"));
        }
    }

    [GeneratedRegex("href=\"(/topics/general/[^\"]*#notes-l\\d+)\"")]
    private static partial Regex PassageLinks();
}
