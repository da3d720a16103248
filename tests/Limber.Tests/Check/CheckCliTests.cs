using System.Text.Json;
using Limber.Tests.Testing;

namespace Limber.Tests.Check;

/// <summary>The checks through <c>limber build</c>: console lines at the Markdown line, --strict, and the SARIF log.</summary>
public class CheckCliTests
{
    private static void WriteSite(TempDirectory temp)
    {
        temp.Write("in/site.yml", "check:\n  claimFolders: [content]\n");
        temp.Write("in/references.yml", "- id: jensen1994\n  title: MRI of the lumbar spine in people without back pain\n  DOI: 10.1056/NEJM199407143310201\n");
        temp.Write("in/content/index.md", "---\ntitle: Home\nid: home\n---\nHalf had bulges [@jensen1994]. See [[Missing Page]].\n");
        temp.Write("in/content/about.md", "---\ntitle: About\n---\nAbout 90% of patients improve.\n\n[home](index.md#nope)\n");
    }

    [Fact]
    public void ErrorsFailTheBuildAndGoToTheSarifLog()
    {
        using var temp = new TempDirectory();
        WriteSite(temp);
        var sarif = temp.Combine("checks.sarif");

        var run = Testing.Cli.Invoke("build", "--input", temp.Combine("in"), "--output", temp.Combine("out"), "--sarif", sarif);

        Assert.Equal(1, run.ExitCode);
        var stderr = run.Stderr.Replace('\\', '/');
        Assert.Matches(@"content/index\.md\(5,38\): error LMB4030: \[\[Missing Page\]\]", stderr);
        Assert.Matches(@"content/about\.md\(4,7\): warning LMB4020: statistic ""90% of patients""", stderr);
        Assert.Matches(@"content/about\.md\(6,1\): error LMB4041", stderr);
        using var log = JsonDocument.Parse(File.ReadAllText(sarif));
        var results = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.Contains(results, r => r.GetProperty("ruleId").GetString() == "LMB4030" && r.GetProperty("level").GetString() == "error");
        Assert.Contains(results, r => r.GetProperty("ruleId").GetString() == "LMB4020" && r.GetProperty("level").GetString() == "warning");
    }

    [Fact]
    public void WarningsAloneBuildUnlessStrict()
    {
        using var temp = new TempDirectory();
        temp.Write("in/site.yml", "check:\n  claimFolders: [content]\n");
        temp.Write("in/content/index.md", "---\ntitle: Home\nid: home\n---\nAbout 90% of patients improve.\n");

        Assert.Equal(0, Testing.Cli.Invoke("build", "--input", temp.Combine("in"), "--output", temp.Combine("out")).ExitCode);
        Assert.Equal(1, Testing.Cli.Invoke("build", "--input", temp.Combine("in"), "--output", temp.Combine("out"), "--strict").ExitCode);
        var html = File.ReadAllText(temp.Combine("out", "index.html"));
        Assert.Contains("class=\"citation-needed\"", html, StringComparison.Ordinal);
    }
}
