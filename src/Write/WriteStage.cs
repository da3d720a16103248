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
            var files = site.Outputs;
            ImmutableArray<string> changed;
            if (Directory.Exists(output))
            {
                changed = Update(output, files, context.Cache);
            }
            else
            {
                var staging = Path.Combine(Path.GetDirectoryName(output) ?? ".", $".{Path.GetFileName(output)}.tmp-{Environment.ProcessId}");
                DeleteDirectory(staging);
                Directory.CreateDirectory(staging);
                try
                {
                    CreateDirectories(staging, files);
                    foreach (var file in files)
                    {
                        context.CancellationToken.ThrowIfCancellationRequested();
                        WriteNew(Target(staging, file.Path), file.Content.Span);
                    }

                    Directory.Move(staging, output);
                    changed = [.. files.Select(f => f.Path).Order(StringComparer.Ordinal)];
                    if (context.Cache is { } cache)
                    {
                        foreach (var file in files)
                        {
                            cache.Set("write", Target(output, file.Path), file);
                        }
                    }
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

    /// <summary>Every folder the files need, each created once (parents first), instead of once per file.</summary>
    private static void CreateDirectories(string root, ImmutableArray<OutputFile> files)
    {
        foreach (var directory in files.Select(f => Path.GetDirectoryName(Target(root, f.Path))!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            Directory.CreateDirectory(directory);
        }
    }

    /// <summary>
    /// Updates an existing output folder in place and returns the paths written or deleted. Not cancellable once started:
    /// stopping halfway would leave a mix of two builds on disk.
    /// </summary>
    private static ImmutableArray<string> Update(string output, ImmutableArray<OutputFile> files, BuildCache? cache)
    {
        var changed = new List<string>();
        var wanted = new HashSet<string>(files.Select(f => Target(output, f.Path)), StringComparer.Ordinal);
        var created = new HashSet<string>(StringComparer.Ordinal);
        var existing = cache is null ? null : new HashSet<string>(Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories), StringComparer.Ordinal);
        foreach (var file in files)
        {
            var target = Target(output, file.Path);

            // In preview, the very output this process last wrote at this path, still there, needs neither reading nor
            // writing: the preview owns its output folder. (A file deleted meanwhile is written again; one edited by
            // hand is replaced when its page next changes.)
            if (cache is not null && existing!.Contains(target) && cache.TryGet<string, OutputFile>("write", target, out var last)
                && ReferenceEquals(last, file))
            {
                continue;
            }

            var bytes = file.Content;
            if (!SameContent(target, bytes.Span))
            {
                var folder = Path.GetDirectoryName(target)!;
                if (created.Add(folder))
                {
                    Directory.CreateDirectory(folder);
                }

                var temporary = target + $".tmp-{Environment.ProcessId}";
                WriteNew(temporary, bytes.Span);
                File.Move(temporary, target, overwrite: true);
                changed.Add(file.Path);
            }

            cache?.Set("write", target, file);
        }

        var deleted = 0;
        foreach (var stale in (existing ?? Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)).Where(f => !wanted.Contains(f)).ToList())
        {
            File.Delete(stale);
            changed.Add(Path.GetRelativePath(output, stale).Replace(Path.DirectorySeparatorChar, '/'));
            deleted++;
        }

        // Only deleting files can empty a folder; and a folder that holds a wanted file is not empty.
        if (deleted == 0)
        {
            return [.. changed.Order(StringComparer.Ordinal)];
        }

        var folders = new HashSet<string>(wanted.Select(f => Path.GetDirectoryName(f)!), StringComparer.Ordinal);
        foreach (var directory in Directory.EnumerateDirectories(output, "*", SearchOption.AllDirectories).Where(d => !folders.Contains(d)).OrderByDescending(d => d.Length).ToList())
        {
            if (!Directory.EnumerateFileSystemEntries(directory).Any())
            {
                Directory.Delete(directory);
            }
        }

        return [.. changed.Order(StringComparer.Ordinal)];
    }

    private static string Target(string root, string path) => Path.Combine(root, path.Replace('/', Path.DirectorySeparatorChar));

    private static void WriteNew(string path, ReadOnlySpan<byte> content)
    {
        using var handle = File.OpenHandle(path, FileMode.Create, FileAccess.Write, FileShare.None, FileOptions.None, preallocationSize: content.Length);
        RandomAccess.Write(handle, content, 0);
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
