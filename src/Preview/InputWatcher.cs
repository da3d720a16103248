namespace Limber.Preview;

/// <summary>
/// Watches folders (the input folder, which holds <c>theme/</c> overrides too) and, after a quiet period, reports the full
/// paths that changed in that burst of edits: one call per burst.
/// </summary>
public sealed class InputWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Debouncer _debouncer;
    private readonly Lock _gate = new();
    private HashSet<string> _changed = new(StringComparer.Ordinal);

    public InputWatcher(IEnumerable<string> folders, TimeSpan quiet, Action<IReadOnlyCollection<string>> changed)
    {
        _debouncer = new Debouncer(quiet, () =>
        {
            HashSet<string> burst;
            lock (_gate)
            {
                burst = _changed;
                _changed = new HashSet<string>(StringComparer.Ordinal);
            }

            if (burst.Count > 0)
            {
                changed(burst);
            }
        });
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, InternalBufferSize = 64 * 1024 };
            watcher.Changed += (_, e) => Signal(e.FullPath);
            watcher.Created += (_, e) => Signal(e.FullPath);
            watcher.Deleted += (_, e) => Signal(e.FullPath);
            watcher.Renamed += (_, e) => Signal(e.OldFullPath, e.FullPath);
            watcher.Error += (_, _) => Signal(folder);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _debouncer.Dispose();
    }

    /// <summary>Editors' scratch files (vim's <c>.swp</c> and <c>4913</c>, Emacs' <c>.#name</c>, backups ending in <c>~</c>) trigger nothing.</summary>
    public static bool IsScratch(string path)
    {
        var name = Path.GetFileName(path);
        return name.EndsWith('~') || name.StartsWith(".#", StringComparison.Ordinal) || name == "4913" ||
               name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".swx", StringComparison.Ordinal);
    }

    private void Signal(params string[] paths)
    {
        var real = paths.Where(p => !IsScratch(p)).ToList();
        if (real.Count == 0)
        {
            return;
        }

        lock (_gate)
        {
            _changed.UnionWith(real);
        }

        _debouncer.Signal();
    }
}
