using Limber.Diagnostics;
using Limber.Options;

namespace Limber.Tests.Core.Options;

public class SiteOptionsParserTests
{
    [Fact]
    public void EmptyFileGivesDefaults() => Assert.Equal(SiteOptions.Default, SiteOptionsParser.Parse("", "site.yml").Options);

    [Fact]
    public void ReadsSettingsAndNavigation()
    {
        var (options, diagnostics) = SiteOptionsParser.Parse("title: T\nbaseUrl: https://x.org/sub\nnavigation:\n  - title: About\n    url: /about/\nseverity:\n  LMB1011: error\n", "site.yml");

        Assert.Empty(diagnostics);
        Assert.Equal("T", options.Title);
        Assert.Equal("/sub/", options.BasePath);
        Assert.True(options.HasAbsoluteBaseUrl);
        Assert.Equal("/about/", Assert.Single(options.Navigation).Url);
        Assert.Equal(Severity.Error, options.Severities.ByCode["LMB1011"]);
    }

    [Fact]
    public void WrongTypeIsAnErrorWithItsLine()
    {
        var (_, diagnostics) = SiteOptionsParser.Parse("title: T\nmaxFileSizeMb: lots\n", "site.yml");

        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.SiteOptionsInvalid, d.Code);
        Assert.Equal(2, d.Line);
    }
}
