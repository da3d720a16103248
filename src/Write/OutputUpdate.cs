using Limber.Pages;

namespace Limber.Write;

/// <summary>
/// One all-or-nothing update of an output folder, new or existing. Files are first written where no reader sees
/// them: into a staging folder beside a new output folder (renamed into place at the end), or under a temporary name
/// beside their place in an existing one. Every check that can fail — each destination inside the folder and not
/// through a symbolic link, no two files on one path, no file where a folder must go — runs before the first old file
/// is replaced; only then are the temporary files renamed over the old ones and stale files swept. A failure before
/// that point discards the temporary files and leaves the previous site byte for byte as it was.
/// </summary>
internal sealed class OutputUpdate : IOutputUpdate
{
    private readonly string _output;
    private readonly string? _staging;
    private readonly HashSet<string> _folders = new(StringComparer.Ordinal);
    private readonly HashSet<string> _verified = new(StringComparer.Ordinal);
    private readonly List<(string Temporary, string Target, string Path)> _pending = [];
    private string? _view;

    /// <summary>Starts an update of <paramref name="output"/> (a full path); throws IOException when the folder cannot be prepared.</summary>
    public OutputUpdate(string output)
    {
        _output = output;
        OutputFolder.RemoveLeftovers(output);
        if (!Directory.Exists(output))
        {
            _staging = OutputFolder.StagingFor(output);
            OutputFolder.Delete(_staging);
            Directory.CreateDirectory(_staging);
            File.WriteAllBytes(Path.Combine(_staging, OutputFolder.MarkerName), OutputFolder.MarkerContent);
        }
    }

    /// <summary>True when the output folder is new (written whole into a staging folder).</summary>
    public bool IsNew => _staging is not null;

    /// <summary>The full path <paramref name="path"/> ends up at.</summary>
    public string Target(string path) => Path.Combine(_output, path.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>
    /// Writes one file where it cannot be seen yet, unless an existing folder already holds exactly these bytes (then it
    /// is left alone, timestamp and all). Returns whether it was written. Throws <see cref="OutputPathException"/> for a
    /// destination outside the folder or through a link, IOException when the disk refuses.
    /// </summary>
    public bool Stage(string path, ReadOnlySpan<byte> content)
    {
        if (OutputPath.Problem(path) is { } problem)
        {
            throw new OutputPathException($"refused to write a file outside the output folder: {problem}");
        }

        var target = Target(path);
        if (_staging is null && SameContent(target, content))
        {
            return false;
        }

        var written = _staging is null ? OutputFolder.TemporaryFor(target) : Path.Combine(_staging, path.Replace('/', Path.DirectorySeparatorChar));
        var folder = Path.GetDirectoryName(written)!;
        if (_folders.Add(folder))
        {
            if (_staging is null)
            {
                CheckNoLink(folder);
            }

            Directory.CreateDirectory(folder);
        }

        WriteNew(written, content);
        if (_staging is null)
        {
            _pending.Add((written, target, path));
        }

        return true;
    }

    /// <summary>
    /// Checks the whole new site before anything is replaced: no two files on one path, no file where another file's
    /// folder must go, no new file where the old site has a folder. Throws <see cref="OutputPathException"/>.
    /// </summary>
    public void Check(IEnumerable<OutputFile> outputs)
    {
        CheckPaths(outputs);
        foreach (var (_, target, path) in _pending)
        {
            if (Directory.Exists(target))
            {
                throw new OutputPathException($"'{OutputPath.Shown(path)}' is a folder in the existing output; the new site has a file there (delete the output folder to build it)");
            }
        }
    }

    /// <summary>No two files on one path and no file where another file's folder must go; throws <see cref="OutputPathException"/>.</summary>
    internal static void CheckPaths(IEnumerable<OutputFile> outputs)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in outputs)
        {
            if (!paths.Add(file.Path))
            {
                throw new OutputPathException($"two files would be written to '{OutputPath.Shown(file.Path)}' (for example a page and a static file); rename one");
            }
        }

        foreach (var path in paths)
        {
            for (var slash = path.IndexOf('/'); slash > 0; slash = path.IndexOf('/', slash + 1))
            {
                if (paths.Contains(path[..slash]))
                {
                    throw new OutputPathException($"'{OutputPath.Shown(path[..slash])}' would be both a file and the folder of '{OutputPath.Shown(path)}'; rename one");
                }
            }
        }
    }

    /// <summary>
    /// The new site as it will be, for a tool that reads a whole site: the staging folder of a new output folder, or
    /// for an existing one a scratch folder beside it (<see cref="OutputFolder.SiteViewFor"/>) holding a copy of each of
    /// <paramref name="paths"/>, from its temporary file when it changed, else from the output folder.
    /// </summary>
    public string? SiteFolder(IEnumerable<string> paths)
    {
        if (_staging is not null)
        {
            return _staging;
        }

        _view = OutputFolder.SiteViewFor(_output);
        OutputFolder.Delete(_view);
        Directory.CreateDirectory(_view);
        File.WriteAllBytes(Path.Combine(_view, OutputFolder.MarkerName), OutputFolder.MarkerContent);
        var staged = _pending.ToDictionary(p => p.Path, p => p.Temporary, StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var source = staged.TryGetValue(path, out var temporary) ? temporary : Target(path);
            if (OutputPath.Problem(path) is null && File.Exists(source) && new FileInfo(source).LinkTarget is null)
            {
                var copy = Path.Combine(_view, path.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
                File.Copy(source, copy);
            }
        }

        return _view;
    }

    /// <summary>Stages the files a tool wrote into <see cref="SiteFolder"/>: already in place in a staging folder; read from the scratch folder otherwise.</summary>
    public void Adopt(IEnumerable<string> paths)
    {
        if (_staging is not null || _view is null)
        {
            return;
        }

        foreach (var path in paths)
        {
            if (OutputPath.Problem(path) is { } problem)
            {
                throw new OutputPathException($"refused to write a file outside the output folder: {problem}");
            }

            Stage(path, File.ReadAllBytes(Path.Combine(_view, path.Replace('/', Path.DirectorySeparatorChar))));
        }
    }

    private void RemoveView()
    {
        if (_view is not null)
        {
            OutputFolder.Delete(_view);
            _view = null;
        }
    }

    /// <summary>
    /// Puts the checked files in place: the staging folder renamed into place, or each temporary file renamed over its
    /// target; then files no longer produced are deleted (never through a link). Returns the paths written or deleted.
    /// </summary>
    /// <param name="keep">A folder of the output (such as <c>pagefind</c>) whose files the sweep leaves in place.</param>
    public List<string> Commit(IEnumerable<OutputFile> outputs, HashSet<string>? existing, string? keep = null)
    {
        RemoveView();
        if (_staging is not null)
        {
            Directory.Move(_staging, _output);
            return [.. outputs.Select(f => f.Path)];
        }

        var changed = new List<string>(_pending.Count);
        foreach (var (temporary, target, path) in _pending)
        {
            File.Move(temporary, target, overwrite: true);
            changed.Add(path);
        }

        _pending.Clear();
        if (!OutputFolder.IsMarked(_output))
        {
            File.WriteAllBytes(Path.Combine(_output, OutputFolder.MarkerName), OutputFolder.MarkerContent);
        }

        var wanted = new HashSet<string>(outputs.Select(f => Target(f.Path)), StringComparer.Ordinal);
        if (keep is not null && Directory.Exists(Target(keep)) && new DirectoryInfo(Target(keep)).LinkTarget is null)
        {
            wanted.UnionWith(OutputFolder.Files(Target(keep)));
        }

        changed.AddRange(DeleteStale(wanted, existing));
        return changed;
    }

    /// <summary>Removes whatever was written and not committed.</summary>
    public void Discard()
    {
        RemoveView();
        if (_staging is not null)
        {
            OutputFolder.Delete(_staging);
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

        _pending.Clear();
    }

    /// <summary>Deletes the files under the output folder that are not wanted, then any folder that left empty; returns the deleted paths.</summary>
    private List<string> DeleteStale(HashSet<string> wanted, HashSet<string>? existing)
    {
        var deleted = new List<string>();
        foreach (var stale in (existing ?? (IEnumerable<string>)OutputFolder.Files(_output)).Where(f => !wanted.Contains(f)).ToList())
        {
            if (File.Exists(stale) && new FileInfo(stale).LinkTarget is null)
            {
                File.Delete(stale);
                deleted.Add(Path.GetRelativePath(_output, stale).Replace(Path.DirectorySeparatorChar, '/'));
            }
        }

        // Only deleting files can empty a folder; and a folder that holds a wanted file is not empty.
        if (deleted.Count == 0)
        {
            return deleted;
        }

        var folders = new HashSet<string>(wanted.Select(f => Path.GetDirectoryName(f)!), StringComparer.Ordinal);
        foreach (var directory in OutputFolder.Folders(_output).Where(d => !folders.Contains(d)))
        {
            if (!Directory.EnumerateFileSystemEntries(directory).Any())
            {
                Directory.Delete(directory);
            }
        }

        return deleted;
    }

    /// <summary>Refuses a folder of an existing output that is, or lies under, a symbolic link: writing there would write elsewhere.</summary>
    private void CheckNoLink(string folder)
    {
        var visited = new List<string>();
        for (var f = folder; f.Length > _output.Length && !_verified.Contains(f); f = Path.GetDirectoryName(f)!)
        {
            var info = new DirectoryInfo(f);
            if (info.LinkTarget is not null)
            {
                throw new OutputPathException($"'{Path.GetRelativePath(_output, f)}' in the output folder is a symbolic link; Limber does not write through links (remove it)");
            }

            if (!info.Exists && File.Exists(f))
            {
                throw new OutputPathException($"'{Path.GetRelativePath(_output, f)}' is a file in the existing output; the new site has a folder there (delete the output folder to build it)");
            }

            visited.Add(f);
        }

        _verified.UnionWith(visited);
    }

    private static void WriteNew(string path, ReadOnlySpan<byte> content)
    {
        using var handle = File.OpenHandle(path, FileMode.Create, FileAccess.Write, FileShare.None, FileOptions.None, preallocationSize: content.Length);
        RandomAccess.Write(handle, content, 0);
    }

    private static bool SameContent(string path, ReadOnlySpan<byte> content)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.Length != content.Length || info.LinkTarget is not null)
        {
            return false;
        }

        return File.ReadAllBytes(path).AsSpan().SequenceEqual(content);
    }
}

/// <summary>A destination the output folder cannot take: outside it, through a link, or in conflict with another file.</summary>
public sealed class OutputPathException(string message) : Exception(message);
