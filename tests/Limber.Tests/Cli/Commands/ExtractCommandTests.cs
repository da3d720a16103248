using Limber.Cli;

namespace Limber.Tests.Cli.Commands;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "limber-extract-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    [Fact]
    public void WritesADraftPerExerciseAndNeverOverwrites()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "sources"));
        Directory.CreateDirectory(Path.Combine(_dir, "exercises"));
        File.WriteAllText(
            Path.Combine(_dir, "sources", "web.txt"),
            "Clamshell. Lie on your side with your knees bent. Keeping your feet together, raise your top knee. Lower it slowly. Do 15 reps on each side.\n" +
            "Dead bug: Lie on your back with your arms up. Lower one arm and the opposite leg. Return and switch sides.\n" +
            "Sciatica usually gets better within six weeks.\n");
        File.WriteAllText(Path.Combine(_dir, "exercises", "dead-bug.md"), "curated\n");

        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Program.Run(["extract", "--input", _dir], stdout, stderr);

        Assert.Equal(0, code);
        Assert.Equal("curated\n", File.ReadAllText(Path.Combine(_dir, "exercises", "dead-bug.md")));
        var draft = File.ReadAllText(Path.Combine(_dir, "exercises", "clamshell.md"));
        Assert.StartsWith("---\ntitle: \"Clamshell\"\nslug: \"clamshell\"\nname: \"Clamshell\"\n", draft, StringComparison.Ordinal);
        Assert.Contains("reps: {min: 15, max: 15}", draft, StringComparison.Ordinal);
        Assert.Contains("wrote", stdout.ToString(), StringComparison.Ordinal);
        Assert.Contains("dead-bug.md (exists; not overwritten)", stdout.ToString(), StringComparison.Ordinal);
        Assert.Contains("2 exercises: 1 draft written, 1 kept.", stdout.ToString(), StringComparison.Ordinal);
    }
}
