using Limber.Pages;

namespace Limber.Write;

/// <summary>
/// A site kept in memory, for tests and benchmarks that need the write stage's behaviour (what is written, replaced and
/// swept, all or nothing) without a disk. The same checks as on disk refuse a destination outside the site and two
/// files on one path; there are no links, no marker and no folder for a search indexer.
/// </summary>
public sealed class MemoryOutputStore(string root = "(memory)") : IOutputStore
{
    private Dictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private bool _exists;

    public string Root => root;

    public bool Exists => _exists;

    /// <summary>The committed site: site path to bytes.</summary>
    public IReadOnlyDictionary<string, byte[]> Contents => _files;

    public string? Refusal(string inputDirectory) => null;

    public IOutputUpdate Begin() => new Update(this);

    public IEnumerable<string> Files() => _files.Keys;

    public bool RemoveSite(string inputDirectory)
    {
        _files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        _exists = false;
        return true;
    }

    private sealed class Update(MemoryOutputStore store) : IOutputUpdate
    {
        private readonly Dictionary<string, byte[]> _staged = new(StringComparer.Ordinal);

        public bool IsNew { get; } = !store._exists;

        public string Target(string path) => path;

        public bool Stage(string path, ReadOnlySpan<byte> content)
        {
            if (OutputPath.Problem(path) is { } problem)
            {
                throw new OutputPathException($"refused to write a file outside the output folder: {problem}");
            }

            if (store._files.TryGetValue(path, out var old) && old.AsSpan().SequenceEqual(content))
            {
                return false;
            }

            _staged[path] = content.ToArray();
            return true;
        }

        public void Check(IEnumerable<OutputFile> outputs) => OutputUpdate.CheckPaths(outputs);

        public string? SiteFolder(IEnumerable<string> paths) => null;

        public void Adopt(IEnumerable<string> paths)
        {
        }

        public List<string> Commit(IEnumerable<OutputFile> outputs, HashSet<string>? existing, string? keep = null)
        {
            var next = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var file in outputs)
            {
                next[file.Path] = _staged.TryGetValue(file.Path, out var bytes) ? bytes : store._files.GetValueOrDefault(file.Path, []);
            }

            var kept = keep is null ? [] : store._files.Where(f => f.Key.StartsWith(keep + "/", StringComparison.Ordinal) && !next.ContainsKey(f.Key)).ToList();
            foreach (var (path, bytes) in kept)
            {
                next[path] = bytes;
            }

            var changed = _staged.Keys.Where(next.ContainsKey).Concat(store._files.Keys.Where(p => !next.ContainsKey(p))).Order(StringComparer.Ordinal).ToList();
            store._files = next;
            store._exists = true;
            _staged.Clear();
            return changed;
        }

        public void Discard() => _staged.Clear();
    }
}
