using Limber.Pages;
using Limber.Render.Html;

namespace Limber.Tests.Render.Html;

public class ProvenanceViewTests
{
    [Fact]
    public void EveryLineOfTheFileGetsItsDecisionAndWhereItWent()
    {
        var kept = new Passage("s-l1", "sources/s.txt", 1, "Lie on your back.");
        var dup = new Passage("s-l3", "sources/s.txt", 3, "Lie on your back") { Status = PassageStatus.Duplicate, DuplicateOf = "s-l1", Similarity = 0.98, Reason = "punctuation" };
        var junk = new Passage("s-l4", "sources/s.txt", 4, "×") { Status = PassageStatus.Debris, Reason = "no words" };
        var other = new Passage("t-l1", "sources/t.txt", 1, "another file");
        var topic = new Page { Id = "t", Kind = PageKind.Topic, Source = new SourceRef("topics/t.md"), Destination = "topics/t/index.html", FrontMatter = FrontMatter.Empty with { Title = "T" }, Groups = [new PassageGroup("", [kept])] };
        var source = new Page { Id = "src", Kind = PageKind.Source, Source = new SourceRef("sources/s.txt"), Destination = "sources/s/index.html", Groups = [new PassageGroup("", [kept])] };

        var rows = new ProvenanceView([topic, source], [kept, dup, junk, other], u => "/base" + u).For("sources/s.txt");

        Assert.Equal([1, 3, 4], rows.Select(r => (int)r["line"]!));
        Assert.Equal(["kept", "duplicate", "debris"], rows.Select(r => (string)r["status"]!));
        var places = (List<Dictionary<string, object?>>)rows[0]["places"]!;
        Assert.Equal("/base/topics/t/#s-l1", Assert.Single(places)["url"]);
        Assert.Equal("0.98", rows[1]["similarity"]);
        Assert.Equal("/base/topics/t/#s-l1", ((List<Dictionary<string, object?>>)rows[1]["duplicate_of_places"]!)[0]["url"]);
        Assert.Equal("no words", rows[2]["reason"]);
    }
}
