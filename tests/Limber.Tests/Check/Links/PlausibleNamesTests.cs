using Limber.Check.Links;

namespace Limber.Tests.Check.Links;

public class PlausibleNamesTests
{
    [Theory]
    [InlineData("sciatca", "sciatica", true)]
    [InlineData("stretchs", "Stretches", true)]
    [InlineData("sciatica-archived", "sciatica", true)]
    [InlineData("raw", "main", false)]
    [InlineData("top", "toc", true)]
    [InlineData("raw", "rawhide", false)]
    [InlineData("install", "uninstall-guide", true)]
    [InlineData("options", "caution", false)]
    public void OnlyNearMissesArePlausible(string wanted, string candidate, bool plausible) =>
        Assert.Equal(plausible, PlausibleNames.Near(wanted, candidate));
}
