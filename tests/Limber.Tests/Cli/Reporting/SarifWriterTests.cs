using System.Text.Json;
using Limber.Cli.Reporting;
using Limber.Diagnostics;

namespace Limber.Tests.Cli.Reporting;

public class SarifWriterTests
{
    [Fact]
    public void WritesSarif210WithRulesLevelsAndRegions()
    {
        var json = SarifWriter.ToJson(
            [
                Diagnostic.Error(DiagnosticCodes.CitationUndefined, "citation key '@x' is not in references.yml", "content/a b.md", 5, 10),
                Diagnostic.Warning(DiagnosticCodes.DanglingFootnoteDigit, "dangling", "sources/s.txt", 1, 61),
                Diagnostic.Info(DiagnosticCodes.OutputNotWrittenBuildFailed, "nothing written"),
            ],
            "input",
            "0.1.0");
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        var run = root.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        Assert.Equal(["LMB4001", "LMB4015", "LMB6002"], rules.EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        Assert.Equal("CitationUndefined", rules[0].GetProperty("name").GetString());
        var results = run.GetProperty("results").EnumerateArray().ToList();
        var error = results.Single(r => r.GetProperty("ruleId").GetString() == "LMB4001");
        Assert.Equal("error", error.GetProperty("level").GetString());
        var location = error.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("input/content/a%20b.md", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(5, location.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(10, location.GetProperty("region").GetProperty("startColumn").GetInt32());
        Assert.Equal("note", results.Single(r => r.GetProperty("ruleId").GetString() == "LMB6002").GetProperty("level").GetString());
        Assert.False(results.Single(r => r.GetProperty("ruleId").GetString() == "LMB6002").TryGetProperty("locations", out _));
    }
}
