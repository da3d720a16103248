using System.Collections.Immutable;
using Limber.Diagnostics;
using Limber.Extract;
using Limber.Options;
using Limber.Pages;
using Limber.References.Citations;
using Limber.References.Glossary;
using Limber.Yaml;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;

namespace Limber.Tests.Core.Yaml;

/// <summary>
/// The one YAML loader: a node tree or a located error, never an exception, whatever the text; and every YAML reader
/// (front matter, site.yml, references, glossary, exercise sidecars) goes through it, so hostile nesting gives each of
/// them a located diagnostic under its own code instead of a stack overflow or LMB9000.
/// </summary>
public class YamlLoaderTests
{
    /// <summary>About 100 KB: 50,000 nested flow lists, which overflowed the stack in YamlDotNet's node builder.</summary>
    private static readonly string DeepFlow = new string('[', 50_000) + new string(']', 50_000);

    /// <summary>Block mappings nested 2,000 deep ("a:\n  a:\n    a: …"), one per line.</summary>
    private static readonly string DeepBlock = string.Concat(Enumerable.Range(0, 2_000).Select(i => new string(' ', i) + "a:\n")) + new string(' ', 2_000) + "x\n";

    [Fact]
    public void ReadsTheFirstDocumentsRoot()
    {
        var (root, error) = YamlLoader.Load("title: T\ntags: [a, b]\n");
        Assert.Null(error);
        var map = Assert.IsType<YamlMappingNode>(root);
        Assert.Equal("T", ((YamlScalarNode)map.Children[new YamlScalarNode("title")]).Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    public void AnEmptyTextHasNoRoot(string text) => Assert.Equal(new YamlLoad(null, null), YamlLoader.Load(text));

    [Fact]
    public void NestingAtTheLimitIsRead()
    {
        var text = new string('[', YamlLoader.MaxDepth) + "x" + new string(']', YamlLoader.MaxDepth);
        Assert.Null(YamlLoader.Load(text).Error);
    }

    [Fact]
    public void DeepFlowNestingIsALocatedErrorNotAStackOverflow()
    {
        var (root, error) = YamlLoader.Load(DeepFlow);
        Assert.Null(root);
        Assert.NotNull(error);
        Assert.Equal((1, YamlLoader.MaxDepth + 1), (error.Line, error.Column));
        Assert.Contains($"more than {YamlLoader.MaxDepth} levels", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeepBlockNestingIsAnErrorAtTheLineThatGoesTooDeep()
    {
        var error = YamlLoader.Load(DeepBlock).Error;
        Assert.NotNull(error);
        Assert.Equal(YamlLoader.MaxDepth + 1, error.Line);
    }

    [Theory]
    [InlineData("a: [unclosed\nb: 1\n")]
    [InlineData("a: {unclosed\n")]
    [InlineData("a: b\na: c\n")]
    [InlineData("a: *nowhere\n")]
    [InlineData("? &x [*x]\n: v\n")]
    [InlineData("a: &x [*x, *x]\nb: *x\n")]
    [InlineData("- \"bad \\q escape\"\n")]
    [InlineData("\t- tab\n")]
    [InlineData("%YAML 9.9\n---\na: 1\n")]
    [InlineData("a: 1\n---\n- [\n")]
    public void MalformedTextNeverThrows(string text)
    {
        var (root, error) = YamlLoader.Load(text);
        Assert.True(root is not null || error is { Line: >= 1, Column: >= 1 });
    }

    [Fact]
    public void DeserializingHasTheSameLimit()
    {
        var (value, error) = YamlLoader.Deserialize<object>(new DeserializerBuilder().Build(), DeepFlow);
        Assert.Null(value);
        Assert.Equal((1, YamlLoader.MaxDepth + 1), (error?.Line, error?.Column));
    }

    public static TheoryData<string, string> Readers => new()
    {
        { "front matter", DiagnosticCodes.FrontMatterInvalid },
        { "site.yml", DiagnosticCodes.SiteOptionsInvalid },
        { "references.yml", DiagnosticCodes.BibliographyInvalid },
        { "glossary.yml", DiagnosticCodes.GlossaryInvalid },
        { "exercises/x.yml", DiagnosticCodes.SidecarInvalid },
    };

    [Theory]
    [MemberData(nameof(Readers))]
    public void EveryReaderReportsDeepNestingAtItsLine(string reader, string code)
    {
        // Three comment lines, then the hostile value on line 4 (line 5 of a Markdown file, after its '---'). site.yml
        // maps onto typed options, which refuse the second '[' (a navigation item is a mapping) before the limit.
        var yaml = "# one\n# two\n# three\nnavigation: " + DeepFlow + "\n";
        var d = Assert.Single(Read(reader, yaml), x => x.Severity == Severity.Error);
        Assert.Equal(code, d.Code);
        Assert.Equal(reader == "front matter" ? 5 : 4, d.Line);
        if (reader != "site.yml")
        {
            Assert.Equal("navigation: ".Length + YamlLoader.MaxDepth, d.Column);
        }
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void EveryReaderLocatesAnUnclosedList(string reader, string code)
    {
        var d = Assert.Single(Read(reader, "title: [unclosed\norder: 1\n"), x => x.Severity == Severity.Error);
        Assert.Equal(code, d.Code);
        Assert.True(d.Line >= 1 && d.Column >= 1, $"{d.Line}:{d.Column}");
    }

    public static IEnumerable<object[]> HostileTexts()
    {
        string[] texts =
        [
            "a: [unclosed\nb: 1\n", "a: b\na: c\n", "a: &x [*x]\nb: *x\n", "- &x {k: *x}\n", "? [a, b]\n: c\n", "- ~\n- [[1]]\n",
            "- id: a\n  title: {x: [1, {y: 2}]}\n  author: [{family: [1]}, 3]\n  issued: {date-parts: [[[x]]]}\n",
            "- term: [a]\n  aliases: {a: b}\n  definition: [1]\n", "steps: {a: b}\nsets: [x]\nreps: {min: x, max: [1]}\nsource: [{file: 1}]\n",
            "references: 3\nterms: x\n", "\ufeff- a\n", "\"\\ud800\": x\n", "a: !!binary ==\n", "a: !!int x\n",
        ];
        foreach (var reader in new[] { "front matter", "site.yml", "references.yml", "glossary.yml", "exercises/x.yml" })
        {
            foreach (var text in texts)
            {
                yield return [reader, text];
            }
        }
    }

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void EveryReaderTurnsHostileTextIntoLocatedDiagnostics(string reader, string yaml) =>
        Assert.All(Read(reader, yaml), d => Assert.True(d.File is not null && d.Line >= 1 && d.Column >= 1, d.ToString()));

    private static ImmutableArray<Diagnostic> Read(string reader, string yaml) => reader switch
    {
        "front matter" => FrontMatterParser.Parse("---\n" + yaml + "---\nbody\n", "content/a.md").Diagnostics,
        "site.yml" => [.. SiteOptionsParser.Parse(yaml, "site.yml").Diagnostics],
        "references.yml" => BibliographyParser.Parse(yaml, "references.yml").Diagnostics,
        "glossary.yml" => GlossaryParser.Parse(yaml, "glossary.yml").Diagnostics,
        _ => Sidecar.Parse("exercises/x.yml", yaml).Diagnostics,
    };
}
