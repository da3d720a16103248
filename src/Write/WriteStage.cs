using System.Collections.Immutable;
using Limber.Diagnostics;
using Limber.Pipeline;

namespace Limber.Write;

/// <summary>
/// The only stage that writes. Files go to a fresh temporary folder beside the output folder, which then replaces
/// the output folder, so readers never see a half-written site. A failed build writes nothing and leaves the last
/// good site in place — unless <c>--clean</c> was given, which removes it so stale output cannot be published.
/// </summary>
public sealed class WriteStage : IStage
{
    public StageResult Run(Site site, StageContext context)
    {
        var output = Path.GetFullPath(context.Build.OutputDirectory);
        var display = context.Build.OutputDirectory;
        if (context.Failed)
        {
            if (context.Build.Clean && Directory.Exists(output))
            {
                TryDelete(output);
                return Result(site, Diagnostic.Info(DiagnosticCodes.OutputNotWrittenBuildFailed, $"build failed: nothing written, and --clean removed '{display}'"));
            }

            var kept = Directory.Exists(output) ? $"; '{display}' still holds the last good build" : "";
            return Result(site, Diagnostic.Info(DiagnosticCodes.OutputNotWrittenBuildFailed, $"build failed: nothing written{kept}"));
        }

        var parent = Path.GetDirectoryName(output.TrimEnd(Path.DirectorySeparatorChar)) ?? ".";
        var name = Path.GetFileName(output.TrimEnd(Path.DirectorySeparatorChar));
        var staging = Path.Combine(parent, $".{name}.tmp-{Environment.ProcessId}");
        var previous = Path.Combine(parent, $".{name}.old-{Environment.ProcessId}");
        try
        {
            Directory.CreateDirectory(parent);
            TryDelete(staging);
            Directory.CreateDirectory(staging);
            foreach (var file in site.Outputs)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                var path = Path.Combine(staging, file.Path.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024);
                stream.Write(file.Content.Span);
            }

            if (Directory.Exists(output))
            {
                Directory.Move(output, previous);
            }

            Directory.Move(staging, output);
            TryDelete(previous);
            return StageResult.Unchanged(site);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(staging);
            if (!Directory.Exists(output) && Directory.Exists(previous))
            {
                Directory.Move(previous, output);
            }

            return Result(site, Diagnostic.Error(DiagnosticCodes.OutputNotWritable, $"cannot write output folder '{display}': {ex.Message}"));
        }
    }

    private static StageResult Result(Site site, Diagnostic diagnostic) => new(site, ImmutableArray.Create(diagnostic));

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
