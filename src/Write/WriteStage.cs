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
public sealed class WriteStage : IOutputStage
{
    /// <summary>
    /// Streamed: each file is written as it comes, on one writer thread, where it cannot be seen yet: into a staging folder
    /// beside a new output folder, or under a temporary name beside its place in an existing one. Only the paths and sizes
    /// are kept. At the end, a build that succeeded is committed (the folder renamed into place, or each temporary file
    /// renamed over its target and stale files deleted); a failed one leaves the last good site as it was.
    /// </summary>
    public IOutputPass Begin(Site site, StageContext context) => new Pass(context);

    private sealed class Pass : IOutputPass
    {
        private readonly string _output;
        private readonly string? _staging;
        private readonly bool _skip;
        private readonly HashSet<string> _folders = new(StringComparer.Ordinal);
        private readonly List<(string Temporary, string Target, string Path)> _pending = [];
        private Exception? _error;

        public Pass(StageContext context)
        {
            _output = Path.GetFullPath(context.Build.OutputDirectory).TrimEnd(Path.DirectorySeparatorChar);
            _skip = context.Failed;
            if (_skip)
            {
                return;
            }

            try
            {
                if (!Directory.Exists(_output))
                {
                    _staging = Path.Combine(Path.GetDirectoryName(_output) ?? ".", $".{Path.GetFileName(_output)}.tmp-{Environment.ProcessId}");
                    DeleteDirectory(_staging);
                    Directory.CreateDirectory(_staging);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                _error = ex;
            }
        }

        public bool Serial => true;

        public void Take(OutputFile file, List<OutputFile> next)
        {
            next.Add(file.Released());
            if (_skip || _error is not null)
            {
                return;
            }

            try
            {
                var target = Target(_staging ?? _output, file.Path);
                if (_staging is null && SameContent(target, file.Content.Span))
                {
                    return; // unchanged: left alone, timestamp and all
                }

                var folder = Path.GetDirectoryName(target)!;
                if (_folders.Add(folder))
                {
                    Directory.CreateDirectory(folder);
                }

                // Into the staging folder as it is, or beside its place in the existing folder under a temporary name.
                var written = _staging is null ? target + $".tmp-{Environment.ProcessId}" : target;
                WriteNew(written, file.Content.Span);
                if (_staging is null)
                {
                    _pending.Add((written, target, file.Path));
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                _error = ex;
            }
        }

        public StageResult End(Site site, StageContext context)
        {
            var display = context.Build.OutputDirectory;
            if (context.Failed || _error is not null)
            {
                Discard();
                if (_error is not null && !context.Failed)
                {
                    return Result(site, Diagnostic.Error(DiagnosticCodes.OutputNotWritable, $"cannot write output folder '{display}': {_error.Message}"));
                }

                return Failed(site, context, _output, display);
            }

            try
            {
                if (_staging is not null)
                {
                    Directory.Move(_staging, _output);
                    return StageResult.Unchanged(site with { Changed = [.. site.Outputs.Select(f => f.Path).Order(StringComparer.Ordinal)] });
                }

                var changed = new List<string>();
                foreach (var (temporary, target, path) in _pending)
                {
                    File.Move(temporary, target, overwrite: true);
                    changed.Add(path);
                }

                changed.AddRange(DeleteStale(_output, new HashSet<string>(site.Outputs.Select(f => Target(_output, f.Path)), StringComparer.Ordinal), existing: null));
                return StageResult.Unchanged(site with { Changed = [.. changed.Order(StringComparer.Ordinal)] });
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Discard();
                return Result(site, Diagnostic.Error(DiagnosticCodes.OutputNotWritable, $"cannot write output folder '{display}': {ex.Message}"));
            }
        }

        private void Discard()
        {
            if (_staging is not null)
            {
                DeleteDirectory(_staging);
            }

            foreach (var (temporary, _, _) in _pending)
            {
                try
                {
                    File.Delete(temporary);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                }
            }
        }
    }

    /// <summary>What a failed build does to the output folder: nothing, or with <c>--clean</c> removes it.</summary>
    private static StageResult Failed(Site site, StageContext context, string output, string display)
    {
        if (context.Build.Clean && Directory.Exists(output))
        {
            DeleteDirectory(output);
            return Result(site, Diagnostic.Info(DiagnosticCodes.OutputNotWrittenBuildFailed, $"build failed: nothing written, and --clean removed '{display}'"));
        }

        var kept = Directory.Exists(output) ? $"; '{display}' still holds the last good build" : "";
        return Result(site, Diagnostic.Info(DiagnosticCodes.OutputNotWrittenBuildFailed, $"build failed: nothing written{kept}"));
    }

    public StageResult Run(Site site, StageContext context)
    {
        var output = Path.GetFullPath(context.Build.OutputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var display = context.Build.OutputDirectory;
        if (context.Failed)
        {
            return Failed(site, context, output, display);
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

                        cache.Set("write-listing", output, new HashSet<string>(files.Select(f => Target(output, f.Path)), StringComparer.Ordinal));
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
        // In preview, what the folder holds is what this session's last write left there: the preview owns its output
        // folder, so only its first build lists it (on 10,000 pages listing it took more time than the rest of a one-page
        // rebuild's write). A file deleted or edited by hand meanwhile is replaced when its page next changes.
        HashSet<string>? existing = null;
        if (cache is not null && !cache.TryGet("write-listing", output, out existing))
        {
            existing = new HashSet<string>(Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories), StringComparer.Ordinal);
        }

        foreach (var file in files)
        {
            var target = Target(output, file.Path);

            // In preview, the very output this process last wrote at this path needs neither reading nor writing.
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

        changed.AddRange(DeleteStale(output, wanted, existing));
        cache?.Set("write-listing", output, wanted);
        return [.. changed.Order(StringComparer.Ordinal)];
    }

    /// <summary>Deletes the files under <paramref name="output"/> that are not wanted, then any folder that left empty; returns the deleted paths.</summary>
    private static List<string> DeleteStale(string output, HashSet<string> wanted, HashSet<string>? existing)
    {
        var deleted = new List<string>();
        foreach (var stale in (existing ?? Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)).Where(f => !wanted.Contains(f)).ToList())
        {
            File.Delete(stale);
            deleted.Add(Path.GetRelativePath(output, stale).Replace(Path.DirectorySeparatorChar, '/'));
        }

        // Only deleting files can empty a folder; and a folder that holds a wanted file is not empty.
        if (deleted.Count == 0)
        {
            return deleted;
        }

        var folders = new HashSet<string>(wanted.Select(f => Path.GetDirectoryName(f)!), StringComparer.Ordinal);
        foreach (var directory in Directory.EnumerateDirectories(output, "*", SearchOption.AllDirectories).Where(d => !folders.Contains(d)).OrderByDescending(d => d.Length).ToList())
        {
            if (!Directory.EnumerateFileSystemEntries(directory).Any())
            {
                Directory.Delete(directory);
            }
        }

        return deleted;
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
