using Limber.Diagnostics;
using Limber.Pages;

namespace Limber.Tests.Core.Pages;

public class FrontMatterParserTests
{
    [Fact]
    public void TomlFrontMatterBetweenPlusLinesIsReadLikeYaml()
    {
        var parsed = FrontMatterParser.Parse(
            "+++\ntitle = \"Pruning roses\"\ndescription = 'When and how'\nweight = 4\ndate = 2024-03-01\ntags = [\"roses\", \"pruning\"]\ndraft = true\n+++\nCut above a bud.\n",
            "content/roses.md");

        Assert.Empty(parsed.Diagnostics);
        var fm = parsed.FrontMatter;
        Assert.Equal("Pruning roses", fm.Title);
        Assert.Equal("When and how", fm.Description);
        Assert.Equal(4, fm.Order);
        Assert.Equal("2024-03-01", fm.Date);
        Assert.Equal(["roses", "pruning"], fm.Tags.ToArray());
        Assert.True(fm.Draft);
        Assert.Equal("Cut above a bud.\n", parsed.Body);
        Assert.Equal(9, parsed.BodyLine);
    }

    [Fact]
    public void BrokenTomlIsAnErrorAtItsLineInTheFile()
    {
        var parsed = FrontMatterParser.Parse("+++\ntitle = \"ok\"\nweight = = 3\n+++\nbody", "content/a.md");

        var d = Assert.Single(parsed.Diagnostics);
        Assert.Equal(DiagnosticCodes.FrontMatterInvalid, d.Code);
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Contains("TOML", d.Message);
        Assert.Equal(3, d.Line);
    }

    [Fact]
    public void AnUnclosedTomlBlockIsAnError()
    {
        var d = Assert.Single(FrontMatterParser.Parse("+++\ntitle = \"x\"\nbody", "content/a.md").Diagnostics);
        Assert.Equal(DiagnosticCodes.FrontMatterInvalid, d.Code);
        Assert.Contains("'+++'", d.Message);
    }

    [Fact]
    public void SidebarTablesAndOtherGeneratorsFieldsAreMapped()
    {
        var toml = FrontMatterParser.Parse("+++\ntitle = \"Soil\"\nweight = 9\n[sidebar]\norder = 2\nlabel = \"Soil basics\"\n[taxonomies]\ntags = [\"soil\"]\n+++\n", "content/guide/soil.md");
        Assert.Empty(toml.Diagnostics);
        Assert.Equal(2, toml.FrontMatter.Order); // sidebar.order before weight
        Assert.Equal("Soil basics", toml.FrontMatter.NavTitle);
        Assert.Equal(["soil"], toml.FrontMatter.Tags.ToArray());

        var yaml = FrontMatterParser.Parse("---\ntitle: Compost\nweight: 7\norder: 1\nlinkTitle: Compost\nsidebar:\n  hidden: true\naliases: [old-compost, /older/compost/]\ntemplate: guide.html\n---\n", "content/guide/compost.md");
        Assert.Empty(yaml.Diagnostics);
        Assert.Equal(1, yaml.FrontMatter.Order); // order wins over weight
        Assert.Equal("Compost", yaml.FrontMatter.NavTitle);
        Assert.False(yaml.FrontMatter.InNavigation);
        Assert.Equal(["/guide/old-compost", "/older/compost/"], yaml.FrontMatter.RedirectFrom.ToArray()); // relative aliases from the page's folder
        Assert.Equal("guide", yaml.FrontMatter.Layout);
    }

    [Theory]
    [InlineData("---\nuid: Garden.Beds.Raised\n---\n", "Garden.Beds.Raised")]
    [InlineData("---\nuid: garden-beds\nid: beds\n---\n", "beds")]
    [InlineData("---\nid: beds\nuid: garden-beds\n---\n", "beds")]
    public void DocfxUidIsThePagesIdUnlessIdIsGiven(string text, string id)
    {
        var parsed = FrontMatterParser.Parse(text, "content/beds.md");
        Assert.Empty(parsed.Diagnostics);
        Assert.Equal(id, parsed.FrontMatter.Id);
    }

    [Fact]
    public void AnUnknownTomlFieldIsAWarningAtItsLine()
    {
        var d = Assert.Single(FrontMatterParser.Parse("+++\ntitle = \"x\"\n\nmood = \"sunny\"\n+++\n", "content/a.md").Diagnostics);
        Assert.Equal(DiagnosticCodes.FrontMatterUnknownField, d.Code);
        Assert.Equal(4, d.Line);
    }

    [Fact]
    public void AnUnclosedFlowSequenceFollowedByMoreFieldsIsADiagnosticNotACrash()
    {
        var parsed = FrontMatterParser.Parse("---\ntitle: [broken About this site\ndescription: What this is.\norder: 100\n---\nText.\n", "content/about.md");

        var error = Assert.Single(parsed.Diagnostics);
        Assert.Equal(DiagnosticCodes.FrontMatterInvalid, error.Code);
        Assert.Equal("content/about.md", error.File);
    }

    [Fact]
    public void FileWithoutFrontMatterIsAllBody()
    {
        var parsed = FrontMatterParser.Parse("# Title\ntext", "content/a.md");

        Assert.Equal(FrontMatter.Empty, parsed.FrontMatter);
        Assert.Equal(1, parsed.BodyLine);
        Assert.Empty(parsed.Diagnostics);
    }

    [Theory]
    [InlineData("---\ntitle: A\n---\n# Body\n\nmore\n", "A", "# Body\n\nmore\n", 4)]
    [InlineData("---\r\ntitle: A\r\n---\r\n# Body\r\n", "A", "# Body\r\n", 4)] // CRLF kept in the body as written
    [InlineData("--- \ntitle: A\n...\t\nbody", "A", "body", 4)] // YAML's "..." closes, trailing blanks on fences
    [InlineData("---\ntitle: A\n---", "A", "", 4)] // the closing fence is the last line
    [InlineData("---\ntitle: A\n---\n", "A", "", 4)]
    [InlineData("+++\ntitle = \"A\"\n\n+++\nbody\n---\nnot front matter\n", "A", "body\n---\nnot front matter\n", 5)]
    [InlineData("---\n---\nbody", null, "body", 3)] // empty front matter
    public void TheBodyIsTheTextAfterTheClosingFenceExactlyAsWritten(string text, string? title, string body, int bodyLine)
    {
        var parsed = FrontMatterParser.Parse(text, "content/a.md");

        Assert.Equal(title, parsed.FrontMatter.Title);
        Assert.Equal(body, parsed.Body);
        Assert.Equal(bodyLine, parsed.BodyLine);
        Assert.Empty(parsed.Diagnostics);
    }

    [Fact]
    public void UnclosedFrontMatterIsAnError()
    {
        var parsed = FrontMatterParser.Parse("---\ntitle: x\n", "content/a.md");

        Assert.Equal(DiagnosticCodes.FrontMatterInvalid, Assert.Single(parsed.Diagnostics).Code);
    }

    [Fact]
    public void UnknownFieldIsAWarningAtItsLineAndBadTypesAreErrors()
    {
        var parsed = FrontMatterParser.Parse("---\ntitle: x\nauthor: me\norder: first\n---\n", "content/a.md");

        var unknown = Assert.Single(parsed.Diagnostics, d => d.Code == DiagnosticCodes.FrontMatterUnknownField);
        Assert.Equal((Severity.Warning, 3, 1), (unknown.Severity, unknown.Line, unknown.Column));
        var bad = Assert.Single(parsed.Diagnostics, d => d.Code == DiagnosticCodes.FrontMatterBadValue);
        Assert.Equal((Severity.Error, 4), (bad.Severity, bad.Line));
        Assert.Equal("x", parsed.FrontMatter.Title);
    }

    [Fact]
    public void ASlugWithoutALeadingSlashIsTakenFromThePagesFolderAndUrlFromTheRoot()
    {
        Assert.Equal("guide/setup", FrontMatterParser.Parse("---\nslug: setup\n---\n", "content/guide/install.md").FrontMatter.Slug);
        Assert.Equal("setup", FrontMatterParser.Parse("---\nslug: /setup/\n---\n", "content/guide/install.md").FrontMatter.Slug);
        Assert.Equal("setup", FrontMatterParser.Parse("---\nslug: setup\n---\n", "content/install.md").FrontMatter.Slug);
        Assert.Equal("tools/run_it", FrontMatterParser.Parse("---\nslug: other\nurl: /tools/run_it/\n---\n", "content/guide/run.md").FrontMatter.Slug);
    }
}
