using System.CommandLine;
using Limber.Diagnostics;
using Limber.Extract;
using Limber.Options;
using Limber.Pipeline;

namespace Limber.Cli.Commands;

/// <summary>
/// <c>limber extract</c>: runs the build up to the extract stage and writes each exercise's front matter as a
/// draft <c>input/exercises/&lt;slug&gt;.md</c> for curation. Never overwrites an existing file.
/// </summary>
public static class ExtractCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = new Option<string>("--input", "-i") { Description = "Input folder (sources/, topics/, exercises/, …)", DefaultValueFactory = _ => "input", HelpName = "DIR" };
        var command = new Command("extract", "Write every extracted exercise as a draft input/exercises/<slug>.md (existing files are kept).")
        {
            input,
        };
        command.SetAction(parse => Execute(parse.GetValue(input)!, stdout, stderr));
        return command;
    }

    public static int Execute(string inputDirectory, TextWriter stdout, TextWriter stderr)
    {
        var options = new BuildOptions { InputDirectory = inputDirectory };
        var all = SiteStages.Create(options).Stages;
        var upToExtract = all.TakeWhile(s => s is not ExtractStage).Concat(all.OfType<ExtractStage>().Take(1)).ToList();
        if (!upToExtract.OfType<ExtractStage>().Any())
        {
            upToExtract.Add(new ExtractStage());
        }

        BuildResult result;
        try
        {
            result = new SitePipeline([.. upToExtract]).Run(Site.Empty, new StageContext(options));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            stderr.WriteLine($"error LMB9000: internal error: {ex.GetType().Name}: {ex.Message}");
            return 1;
        }

        foreach (var d in result.Diagnostics.Where(d => d.Severity != Severity.Info))
        {
            (d.Severity == Severity.Error ? stderr : stdout).WriteLine(d.Format(f => Path.Combine(inputDirectory, f)));
        }

        if (result.Diagnostics.Any(d => d.Severity == Severity.Error))
        {
            stderr.WriteLine("extract failed: fix the errors above; no drafts written.");
            return 1;
        }

        var exercises = result.Site.Pages.Where(p => p.Exercise is not null).Select(p => p.Exercise!).OrderBy(e => e.Slug, StringComparer.Ordinal).ToList();
        var written = 0;
        var kept = 0;
        foreach (var exercise in exercises)
        {
            var path = Path.Combine(inputDirectory, ExerciseDraft.PathFor(exercise));
            var display = Path.Combine(inputDirectory, "exercises", exercise.Slug + ".md");
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
                writer.Write(ExerciseDraft.ToMarkdown(exercise));
                stdout.WriteLine($"  wrote  {display}");
                written++;
            }
            catch (IOException) when (File.Exists(path))
            {
                stdout.WriteLine($"  kept   {display} (exists; not overwritten)");
                kept++;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"{display}: error LMB6001: cannot write draft: {ex.Message}");
                return 1;
            }
        }

        stdout.WriteLine($"{exercises.Count} exercise{(exercises.Count == 1 ? "" : "s")}: {written} draft{(written == 1 ? "" : "s")} written, {kept} kept.");
        return 0;
    }
}
