using System.Collections.Concurrent;

namespace Limber.Pipeline;

/// <summary>
/// What earlier builds in the same process computed, so a rebuild redoes only what its changes affect
/// (<c>limber preview</c> keeps one cache for its whole session). Stages ask it for results by key: a key is
/// everything a result depends on (a page record and the site-wide facts its rendering reads, a file's size and
/// time, a passage's text), so an equal key means an equal result and the dependency graph is the keys themselves.
/// A result not asked for in the latest build is dropped when that build ends, so the cache holds one site's worth.
/// Stages must give the same result with or without a cache; the tests build both ways and compare.
/// </summary>
public sealed class BuildCache
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<object, Entry>> areas = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Counter> counters = new(StringComparer.Ordinal);
    private int generation;

    /// <summary>Hits and misses of each area in the latest build (e.g. <c>render: 10,512 hit, 3 miss</c>).</summary>
    public IReadOnlyDictionary<string, (int Hits, int Misses)> LastBuild { get; private set; } = new Dictionary<string, (int, int)>();

    /// <summary>The result for <paramref name="key"/> in <paramref name="area"/>, made by <paramref name="make"/> if no build made it yet.</summary>
    public T GetOrAdd<TKey, T>(string area, TKey key, Func<TKey, T> make)
        where TKey : notnull
    {
        var entries = areas.GetOrAdd(area, _ => new ConcurrentDictionary<object, Entry>());
        var counter = counters.GetOrAdd(area, _ => new Counter());
        if (entries.TryGetValue(key, out var found))
        {
            found.Generation = generation;
            Interlocked.Increment(ref counter.Hits);
            return (T)found.Value!;
        }

        Interlocked.Increment(ref counter.Misses);
        var value = make(key);
        entries[key] = new Entry(value) { Generation = generation };
        return value;
    }

    /// <summary>The value remembered for <paramref name="key"/>, if any (for facts a stage records itself, like what it wrote).</summary>
    public bool TryGet<TKey, T>(string area, TKey key, out T value)
        where TKey : notnull
    {
        if (areas.TryGetValue(area, out var entries) && entries.TryGetValue(key, out var found) && found.Value is T typed)
        {
            found.Generation = generation;
            value = typed;
            return true;
        }

        value = default!;
        return false;
    }

    /// <summary>Remembers <paramref name="value"/> for <paramref name="key"/>, replacing what was there.</summary>
    public void Set<TKey, T>(string area, TKey key, T value)
        where TKey : notnull =>
        areas.GetOrAdd(area, _ => new ConcurrentDictionary<object, Entry>())[key] = new Entry(value) { Generation = generation };

    /// <summary>Forgets every result of <paramref name="area"/> (when a stage cannot vouch for them, e.g. after template errors).</summary>
    public void Clear(string area)
    {
        if (areas.TryGetValue(area, out var entries))
        {
            entries.Clear();
        }
    }

    /// <summary>Called by the pipeline before a build.</summary>
    public void BeginBuild()
    {
        generation++;
        counters.Clear();
    }

    /// <summary>Called by the pipeline after a build: drops what it did not use.</summary>
    public void EndBuild()
    {
        foreach (var entries in areas.Values)
        {
            foreach (var (key, entry) in entries)
            {
                if (entry.Generation != generation)
                {
                    entries.TryRemove(key, out _);
                }
            }
        }

        LastBuild = counters.ToDictionary(c => c.Key, c => (c.Value.Hits, c.Value.Misses), StringComparer.Ordinal);
    }

    private sealed class Entry(object? value)
    {
        public object? Value { get; } = value;

        public int Generation { get; set; }
    }

    private sealed class Counter
    {
        public int Hits;
        public int Misses;
    }
}
