using Limber.Check.Citations;
using Limber.Check.Claims;
using Limber.Check.CrossLinks;
using Limber.Check.Raw;
using Limber.Check.Text;

namespace Limber.Tests.Check;

public class DetectorTests
{
    private const string Sample = "MRI and x-ray for low back pain are surprisingly unreliable,1 because things like bulging discs usually aren’t a deal,2 most back pain goes away on its own,3 and trigger points are common but aren’t dangerous.4 Most patients are much better off. The power of confidence is a huge factor in back pain.5 Sadly, many continue to perpetuate the idea of fragile backs,6 which undermines that confidence.";

    [Fact]
    public void FindsDanglingFootnoteDigitsGluedToPunctuation()
    {
        var found = DanglingFootnoteDigits.Find(Sample);
        Assert.Equal(["1", "2", "3", "4", "5", "6"], found.Select(f => f.Value));
        Assert.Equal(Sample.IndexOf(",1 because", StringComparison.Ordinal) + 1, found[0].Start);
        Assert.Equal(["2"], DanglingFootnoteDigits.Find("as McGill,2 says").Select(f => f.Value));
    }

    [Theory]
    [InlineData("Up to 85% of Americans experience back pain.")]
    [InlineData("With a mangled T12 vertebrae, she was at risk.")]
    [InlineData("Put a 20- to 36-inch box behind you.")]
    [InlineData("Evaluated 20-30 minutes after injection, if pain decreases by more than 75%.")]
    [InlineData("It costs 1,000 dollars and weighs 3.5 kg, in early 2010. Then 4 more.")]
    [InlineData("Hold for 8-10 breaths, and then rise. Do 3 sets (see p.4 of the guide).")]
    public void LeavesContentNumbersAlone(string text)
    {
        Assert.Empty(DanglingFootnoteDigits.Find(text));
        Assert.Equal(text, DanglingFootnoteDigits.Strip(text));
    }

    [Fact]
    public void StripsDigitsAndReturnLinks()
    {
        Assert.Equal("unreliable, because it is dangerous. Most", DanglingFootnoteDigits.Strip("unreliable,1 because it is dangerous.4 Most"));
        Assert.Equal("“Honey, any numbness today?”", DanglingFootnoteDigits.Strip("“Honey, any numbness today?” BACK TO TEXT"));
    }

    [Theory]
    [InlineData("Up to 85% of Americans experience some type of back pain during their lives.", "85% of Americans")]
    [InlineData("About 90% of patients get relief from this type of surgery.", "90% of patients")]
    [InlineData("It’s well established that about eight in 10 people in the U.S. will experience back pain.", "eight in 10 people")]
    [InlineData("One study found that people with knee OA lowered their pain by 12%.", "One study found")]
    [InlineData("Research shows that walking helps.", "Research shows")]
    public void FindsUnsourcedClaims(string text, string trigger)
    {
        var claim = Assert.Single(CitationClaims.Find(text));
        Assert.Equal(trigger, claim.Trigger.Value);
    }

    [Theory]
    [InlineData("Up to 85% of Americans experience back pain [@deyo2006].")]
    [InlineData("One study found that walking helps.[^1]")]
    [InlineData("Sacroiliac joint involvement is confirmed if your pain level decreases by more than 75%.")]
    [InlineData("Hold for 30 seconds. Do eight reps on each side. Work up to 50% of your max.")]
    [InlineData("Perform six to eight reps, then one in ten minutes.")]
    [InlineData("The power of confidence matters to 90% of patients.5 Sadly, it is rare.")]
    public void DoesNotFlagSourcedClaimsOrMeasurements(string text)
    {
        Assert.Empty(CitationClaims.Find(text));
    }

    [Fact]
    public void FindsCitationGroupsWithLocators()
    {
        var groups = CitationKeys.Find("As shown [@deyo2006, p. 4] and [see @a; @b]. Mail me@example.com [link](x.md) [@c]: def");
        Assert.Equal(2, groups.Count);
        Assert.Equal("deyo2006", groups[0].Keys[0].Key);
        Assert.Equal("p. 4", groups[0].Keys[0].Locator);
        Assert.Equal(["a", "b"], groups[1].Keys.Select(k => k.Key));
        Assert.Equal('@', "As shown [@deyo2006, p. 4]"[groups[0].Keys[0].Offset]);
    }

    [Fact]
    public void MaskHidesCodeButKeepsOffsets()
    {
        var md = "See `[@x]` and\n```\n[^1] [[Nope]]\n```\nreal [^2]";
        var masked = MarkdownMask.Mask(md);
        Assert.Equal(md.Length, masked.Length);
        Assert.DoesNotContain("@x", masked, StringComparison.Ordinal);
        Assert.DoesNotContain("[[Nope]]", masked, StringComparison.Ordinal);
        Assert.Contains("real [^2]", masked, StringComparison.Ordinal);
    }

    [Fact]
    public void FindsXrefsAndWikiLinks()
    {
        var found = CrossRefs.Find("[sciatica](xref:sciatica#causes) and [[Hip Flexors|the flexors]] and <xref:home>");
        Assert.Equal(3, found.Count);
        Assert.Equal(("sciatica", "causes"), (found[0].Target, found[0].Fragment));
        Assert.Equal(("Hip Flexors", "the flexors"), (found[1].Target, found[1].Label));
        Assert.Equal("home", found[2].Target);
    }

    [Fact]
    public void SuggestsClosestIds()
    {
        Assert.Equal("sciatica", PageResolver.Closest("sciatika", ["sciatica", "hip", "piriformis"])[0]);
    }

    [Fact]
    public void ValidatesDoisAndUrls()
    {
        Assert.True(Bibliography.IsValidDoi("10.1056/NEJM199407143310201"));
        Assert.True(Bibliography.IsValidDoi("https://doi.org/10.1016/S0140-6736(18)30480-X"));
        Assert.False(Bibliography.IsValidDoi("10.10/abc"));
        Assert.False(Bibliography.IsValidDoi("doi 10.1056"));
        Assert.True(Bibliography.IsValidUrl("https://www.ncbi.nlm.nih.gov/books/NBK1/"));
        Assert.False(Bibliography.IsValidUrl("www.example.com/page"));
        Assert.False(Bibliography.IsValidUrl("https://exa mple.com"));
    }

    [Fact]
    public void ReadsCslJsonToo()
    {
        var bib = Bibliography.Parse("""[{"id": "a", "title": "T", "author": [{"family": "Deyo", "given": "Richard A."}], "issued": {"date-parts": [[2001]]}, "DOI": "10.1056/NEJM200102013440508"}]""", "references.json");
        var entry = Assert.Single(bib.Entries);
        Assert.Empty(bib.Diagnostics);
        Assert.Equal(("a", "2001", "Deyo RA"), (entry.Id, entry.Year, entry.Authors[0]));
        Assert.Equal("https://doi.org/10.1056/NEJM200102013440508", entry.Link);
    }
}
