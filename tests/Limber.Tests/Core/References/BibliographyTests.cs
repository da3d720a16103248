using Limber.References;

namespace Limber.Tests.Core.References;

public class BibliographyTests
{
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
}
