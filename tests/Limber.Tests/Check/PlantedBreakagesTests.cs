using System.Diagnostics;
using System.Text.Json;
using Limber.Cli;
using Limber.Diagnostics;
using Limber.Options;
using Limber.Pipeline;
using Limber.Tests.Testing;

namespace Limber.Tests.Check;

/// <summary>
/// Builds a site with planted breakages and compares what the checks find with what was planted: every broken link,
/// #anchor and footnote reference, and nothing else. One site comes from the repository's own generator
/// (<see cref="PlantedSite"/>); the other from ../shared/bench/gen-corpus.py, an independent generator, when it is beside
/// the repository (skipped otherwise; required under CI).
/// </summary>
public class PlantedBreakagesTests
{
    private static readonly string[] LinkCodes = [DiagnosticCodes.LinkBroken, DiagnosticCodes.AnchorMissing, DiagnosticCodes.FootnoteUndefined, DiagnosticCodes.FootnoteUnused, DiagnosticCodes.FootnoteDuplicate, DiagnosticCodes.XrefUnknown, DiagnosticCodes.XrefAmbiguous];

    [Fact]
    public void FindsExactlyTheBreakagesPlantedInAGeneratedSite()
    {
        using var temp = new TempDirectory();
        var planted = PlantedSite.Write(temp.Combine("in"), pages: 120, seed: 3, brokenRate: 0.2)
            .Select(b => (b.File, b.Kind)).Order().ToList();

        Assert.True(planted.Select(p => p.Kind).Distinct().Count() == 3, "every kind of breakage is planted");
        Assert.Equal(planted, Found(temp.Combine("in"), temp.Combine("out")));
    }

    [FactNeeds(Needs.SharedBench)]
    public void FindsExactlyTheBreakagesPlantedByTheSharedGenerator()
    {
        Requirement.Require(Needs.SharedBench);
        using var temp = new TempDirectory();
        var dir = temp.Combine("corpus");
        var python = Process.Start(new ProcessStartInfo("python3", ["-B", Requirement.SharedBenchGenerator, "--pages", "200", "--seed", "3", "--broken-rate", "0.05", "--out", dir]) { RedirectStandardError = true })!;
        python.StandardError.ReadToEnd();
        python.WaitForExit();
        Assert.Equal(0, python.ExitCode);

        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "manifest.json")));
        var planted = manifest.RootElement.GetProperty("broken").EnumerateArray()
            .Select(b => (File: b.GetProperty("file").GetString()!, Kind: b.GetProperty("kind").GetString()!))
            .Order()
            .ToList();
        Assert.NotEmpty(planted);
        Assert.Equal(planted, Found(dir, temp.Combine("out")));
    }

    private static List<(string File, string Kind)> Found(string input, string output)
    {
        var options = new BuildOptions { InputDirectory = input, OutputDirectory = output };
        var result = SiteStages.Create(options).Run(Site.Empty, new StageContext(options));
        return result.Diagnostics
            .Where(d => LinkCodes.Contains(d.Code))
            .Select(d => (File: d.File!, Kind: d.Code switch
            {
                DiagnosticCodes.LinkBroken => "link",
                DiagnosticCodes.AnchorMissing => "anchor",
                DiagnosticCodes.FootnoteUndefined => "footnote",
                _ => d.Code,
            }))
            .Order()
            .ToList();
    }
}
