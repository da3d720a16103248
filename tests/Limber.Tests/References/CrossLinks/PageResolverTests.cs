using Limber.References.CrossLinks;

namespace Limber.Tests.References.CrossLinks;

public class PageResolverTests
{
    [Fact]
    public void SuggestsClosestIds()
    {
        Assert.Equal("sciatica", PageResolver.Closest("sciatika", ["sciatica", "hip", "piriformis"])[0]);
    }
}
