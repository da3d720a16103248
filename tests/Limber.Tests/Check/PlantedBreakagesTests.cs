using System.Diagnostics;
using System.Text.Json;
using Limber.Cli;
using Limber.Diagnostics;
using Limber.Options;
using Limber.Pipeline;
using Limber.Tests.Testing;
using Xunit.Abstractions;

namespace Limber.Tests.Check;

/// <summary>
/// Builds a site made by ../shared/bench/gen-corpus.py and compares what the checks find with the breakages its
/// manifest.json says it planted: every broken link, #anchor and footnote reference, and nothing else.
/// </summary>
public class PlantedBreakagesTests(ITestOutputHelper output)
{
    private static readonly string[] LinkCodes = [DiagnosticCodes.LinkBroken, DiagnosticCodes.AnchorMissing, DiagnosticCodes.FootnoteUndefined, DiagnosticCodes.FootnoteUnused, DiagnosticCodes.FootnoteDuplicate, DiagnosticCodes.XrefUnknown, DiagnosticCodes.XrefAmbiguous];

    [Fact]
    public void FindsExactlyThePlantedBreakages()
    {
        var generator = Path.GetFullPath(Path.Combine(Repo.Root, "..", "shared", "bench", "gen-corpus.py"));
        if (!File.Exists(generator))
        {
            // xunit 2 has no dynamic skip: say so in the output and pass.
            output.WriteLine($"SKIPPED: gen-corpus.py not found at {generator}; the planted-breakage test needs ../shared/bench beside the repository");
            return;
        }

        var dir = Path.Combine(Path.GetTempPath(), $"limber-planted-{Environment.ProcessId}");
        try
        {
            var python = Process.Start(new ProcessStartInfo("python3", ["-B", generator, "--pages", "200", "--seed", "3", "--broken-rate", "0.05", "--out", dir]) { RedirectStandardError = true })!;
            python.StandardError.ReadToEnd();
            python.WaitForExit();
            Assert.Equal(0, python.ExitCode);

            var options = new BuildOptions { InputDirectory = dir, OutputDirectory = Path.Combine(dir, "out") };
            var result = SiteStages.Create(options).Run(Site.Empty, new StageContext(options));
            var found = result.Diagnostics
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

            using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "manifest.json")));
            var planted = manifest.RootElement.GetProperty("broken").EnumerateArray()
                .Select(b => (File: b.GetProperty("file").GetString()!, Kind: b.GetProperty("kind").GetString()!))
                .Order()
                .ToList();
            Assert.NotEmpty(planted);
            Assert.Equal(planted, found);
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }
}
