namespace Limber.Preview;

/// <summary>Watches the input folder (and the theme folder, when given) and raises one debounced change event per burst of edits.</summary>
public sealed class InputWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Debouncer _debouncer;

    public InputWatcher(IEnumerable<string> folders, TimeSpan quiet, Action changed)
    {
        _debouncer = new Debouncer(quiet, changed);
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
            watcher.Changed += (_, _) => _debouncer.Signal();
            watcher.Created += (_, _) => _debouncer.Signal();
            watcher.Deleted += (_, _) => _debouncer.Signal();
            watcher.Renamed += (_, _) => _debouncer.Signal();
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
}
