using Limber.Pages;
using Limber.Tests.Testing;

namespace Limber.Tests.Core.Pages;

/// <summary>
/// The plain front matter reader must give exactly what the YamlDotNet path gives — fields, lists, diagnostics and their
/// positions — and must hand anything it does not fully understand back to YamlDotNet.
/// </summary>
public class SimpleYamlTests
{
    public static TheoryData<string> PlainBlocks => new()
    {
        "title: Hip flexor stretch\ndate: 2024-05-01\norder: 3",
        "title: \"Side-lying leg raise: a step-by-step guide\"\ndescription: 'Heat, rest and reassurance.'\ntags:\n  - older-adults\n  - posture",
        "title: x\ntags:\n- a\n- b c\nlisted: false",
        "title:    spaced out   \nauthor: someone\nsteps:\n  - \"Lie on your back.\"\n  - \"Hold for 30 seconds.\"\nreps: 8",
        "# a comment\ntitle: x\n\n  # indented comment\nslug: my-page",
        "title: a, b, c\ntags: x, y\nmatch: sciatica, hips",
        "match: [core, posture, hip pain, x-ray, OA]\ntags: []\nredirectFrom: [ /a/ ,/b/]",
        "equipment: [\"wall\", \"yoga block\"]\ntags: ['a, b', \"c: d\" , e]",
        "order: first\nlisted: maybe\ndate: yesterday",
        "title: yes\ndescription: null\nid: ~",
        "redirectFrom:\n  - /old/\n  - https://example.com/x",
        "title: \"\"\nslug: ''",
        "title: Ünïcödé — dashes “quotes” and emoji 🙂",
        "title: x\r\ndate: 2024-05-01\r\ntags:\r\n  - a\r",
    };

    public static TheoryData<string> OtherBlocks => new()
    {
        "title: \"escaped \\\" quote\"",
        "title: x # trailing comment",
        "tags: [a, \"b\\\"c\"]",
        "tags: [a, 'it''s']",
        "tags: [\"a\" \"b\"]",
        "tags: [\"a\", ]",
        "tags: [\"unclosed, b]",
        "tags: [a, [b]]",
        "tags: [a, b,]",
        "tags: [a, b: c]",
        "tags: [a, b] # c",
        "tags: [a:b]",
        "tags: [a, &x b]",
        "tags: [a,\n  b]",
        "description: |\n  line one\n  line two",
        "description: >\n  folded",
        "title: x\ntitle: y",
        "title:\norder: 1",
        "anchor: &a x\nother: *a",
        "nested:\n  inner: 1",
        "title:\n  - a\n    - b",
        "tags:\n  - a\n   - b",
        "\ttitle: tab",
        "title: 'it''s'",
        "- just\n- a list",
        "title: [broken\norder: 1",
        "  title: indented",
        "title: \"unclosed",
        "key with space: x",
        "title: ends with colon:",
        "tags:\n  - [a, b]",
        "tags:\n  - key: value",
        "!tag title: x",
        "title: 50% of people: maybe",
    };

    [Theory]
    [MemberData(nameof(PlainBlocks))]
    public void PlainFrontMatterIsReadWithoutYamlDotNetAndAgreesWithIt(string yaml)
    {
        Assert.NotNull(ReadPlain(yaml));
        AssertSameAsYamlDotNet("---\n" + yaml + "\n---\nBody text.\n");
    }

    [Theory]
    [MemberData(nameof(OtherBlocks))]
    public void AnythingElseIsLeftToYamlDotNet(string yaml)
    {
        Assert.Null(ReadPlain(yaml));
        AssertSameAsYamlDotNet("---\n" + yaml + "\n---\nBody text.\n");
    }

    private static List<FrontMatterEntry>? ReadPlain(string yaml)
    {
        var lines = ("---\n" + yaml + "\n---\nBody.\n").Split('\n');
        return SimpleYaml.TryRead(lines, 1, Array.FindIndex(lines, 1, l => l == "---"));
    }

    [Fact]
    public void EveryMarkdownFileInTheRealInputReadsTheSameBothWays()
    {
        var files = Directory.GetFiles(Repo.PathTo("input"), "*.md", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        var fast = 0;
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            AssertSameAsYamlDotNet(text, file);
            var lines = text.Split('\n');
            var end = Array.FindIndex(lines, 1, l => l.TrimEnd('\r') is "---" or "...");
            if (lines[0].TrimEnd('\r') == "---" && end > 0 && SimpleYaml.TryRead(lines, 1, end) is not null)
            {
                fast++;
            }
        }

        // The site's own pages are plain: the fast path must not be a path nothing takes.
        Assert.True(fast * 2 > files.Length, $"only {fast} of {files.Length} pages took the plain reader");
    }

    private static void AssertSameAsYamlDotNet(string text, string file = "content/page.md")
    {
        var viaFastPath = FrontMatterParser.Parse(text, file, allowFastPath: true);
        var viaYamlDotNet = FrontMatterParser.Parse(text, file, allowFastPath: false);
        Assert.Equal(Describe(viaYamlDotNet), Describe(viaFastPath));
    }

    private static string Describe(ParsedMarkdown parsed)
    {
        var fm = parsed.FrontMatter;
        return string.Join(
            "\n",
            $"title={fm.Title}|description={fm.Description}|slug={fm.Slug}|id={fm.Id}|date={fm.Date}|order={fm.Order}|layout={fm.Layout}|listed={fm.Listed}",
            $"tags=[{string.Join(";", fm.Tags)}]|match=[{string.Join(";", fm.Match)}]|redirectFrom=[{string.Join(";", fm.RedirectFrom)}]",
            $"body@{parsed.BodyLine}={parsed.Body}",
            string.Join("\n", parsed.Diagnostics.Select(d => d.ToString())));
    }
}
