using System.Collections.Immutable;
using Limber.Diagnostics;
using Limber.Pages;
using Limber.Pipeline;

namespace Limber.Write;

/// <summary>
/// The only stage that writes. Nothing is written unless the whole build succeeded, so a failed build leaves the last
/// good site in place (with <c>--clean</c> it removes it instead, so stale output cannot be published).
/// A new output folder is written beside its final place and renamed into it. An existing one is updated in place:
/// only files whose bytes changed are written (each to a temporary name, then renamed over the old file, so no reader
/// ever sees half a file) and files the build no longer produces are deleted. Unchanged files keep their timestamps,
/// which keeps rebuilds and deploys cheap.
/// </summary>
public sealed class WriteStage : IStage
{
    public StageResult Run(Site site, StageContext context)
    {
        var output = Path.GetFullPath(context.Build.OutputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var display = context.Build.OutputDirectory;
        if (context.Failed)
        {
            if (context.Build.Clean && Directory.Exists(output))
            {
                DeleteDirectory(output);
                return Result(site, Diagnostic.Info(DiagnosticCodes.OutputNotWrittenBuildFailed, $"build failed: nothing written, and --clean removed '{display}'"));
            }

            var kept = Directory.Exists(output) ? $"; '{display}' still holds the last good build" : "";
            return Result(site, Diagnostic.Info(DiagnosticCodes.OutputNotWrittenBuildFailed, $"build failed: nothing written{kept}"));
        }

        try
        {
            ImmutableArray<string> changed;
            if (Directory.Exists(output))
            {
                changed = Update(output, site.Outputs);
            }
            else
            {
                var staging = Path.Combine(Path.GetDirectoryName(output) ?? ".", $".{Path.GetFileName(output)}.tmp-{Environment.ProcessId}");
                DeleteDirectory(staging);
                Directory.CreateDirectory(staging);
                try
                {
                    foreach (var file in site.Outputs)
                    {
                        context.CancellationToken.ThrowIfCancellationRequested();
                        WriteNew(Target(staging, file), file.Content.Span);
                    }

                    Directory.Move(staging, output);
                    changed = [.. site.Outputs.Select(f => f.Path)];
                }
                catch
                {
                    DeleteDirectory(staging);
                    throw;
                }
            }

            return StageResult.Unchanged(site with { Changed = changed });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Result(site, Diagnostic.Error(DiagnosticCodes.OutputNotWritable, $"cannot write output folder '{display}': {ex.Message}"));
        }
    }

    /// <summary>
    /// Updates an existing output folder in place and returns the output paths written or deleted. Not cancellable once
    /// started: stopping halfway would leave a mix of two builds.
    /// </summary>
    private static ImmutableArray<string> Update(string output, ImmutableArray<OutputFile> files)
    {
        var changed = new List<string>();
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var target = Target(output, file);
            wanted.Add(target);
            if (SameContent(target, file.Content.Span))
            {
                continue;
            }

            var temporary = target + $".tmp-{Environment.ProcessId}";
            WriteNew(temporary, file.Content.Span);
            File.Move(temporary, target, overwrite: true);
            changed.Add(file.Path);
        }

        foreach (var stale in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Where(f => !wanted.Contains(f)).ToList())
        {
            File.Delete(stale);
            changed.Add(Path.GetRelativePath(output, stale).Replace(Path.DirectorySeparatorChar, '/'));
        }

        foreach (var directory in Directory.EnumerateDirectories(output, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length).ToList())
        {
            if (!Directory.EnumerateFileSystemEntries(directory).Any())
            {
                Directory.Delete(directory);
            }
        }

        return [.. changed.Order(StringComparer.Ordinal)];
    }

    private static string Target(string root, OutputFile file) => Path.Combine(root, file.Path.Replace('/', Path.DirectorySeparatorChar));

    private static void WriteNew(string path, ReadOnlySpan<byte> content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024);
        stream.Write(content);
    }

    private static bool SameContent(string path, ReadOnlySpan<byte> content)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.Length != content.Length)
        {
            return false;
        }

        return File.ReadAllBytes(path).AsSpan().SequenceEqual(content);
    }

    private static StageResult Result(Site site, Diagnostic diagnostic) => new(site, ImmutableArray.Create(diagnostic));

    private static void DeleteDirectory(string directory)
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
