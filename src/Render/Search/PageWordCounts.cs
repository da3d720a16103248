namespace Limber.Render.Search;

/// <summary>
/// The words of one page with their counts and fixed weights, for <see cref="SearchIndex.Entry"/>: a small
/// open-addressing table over a character arena, cleared and reused page after page by one render thread. A page's
/// few hundred distinct words stay in the processor's cache, so each of its words is counted without touching the
/// site-wide word table, which is then asked once per distinct word instead of once per word.
/// </summary>
internal sealed class PageWordCounts
{
    private char[] _chars = new char[16 * 1024];
    private int _charCount;
    private int[] _slots = new int[1024]; // entry index + 1; 0 is an empty slot
    private Entry[] _entries = new Entry[512];

    /// <summary>The number of distinct words.</summary>
    public int Count { get; private set; }

    public void Clear()
    {
        Array.Clear(_slots);
        Count = 0;
        _charCount = 0;
    }

    /// <summary>The <paramref name="index"/>th distinct word, in the order first seen.</summary>
    public ReadOnlySpan<char> Word(int index) => _chars.AsSpan(_entries[index].Start, _entries[index].Length);

    /// <summary>The highest fixed weight given to the word (title, description), 0 when none.</summary>
    public byte Fixed(int index) => _entries[index].Fixed;

    /// <summary>How many times the word occurs in the page's text.</summary>
    public int Occurrences(int index) => _entries[index].Occurrences;

    /// <summary>Counts <paramref name="word"/> <paramref name="occurrences"/> more times and raises its fixed weight to at least <paramref name="fixedWeight"/>.</summary>
    public void Add(ReadOnlySpan<char> word, byte fixedWeight, int occurrences) => Add(word, SearchWords.Hash(word), fixedWeight, occurrences);

    /// <summary>The same, with the word's <see cref="SearchWords.Hash"/> already known.</summary>
    public void Add(ReadOnlySpan<char> word, int hash, byte fixedWeight, int occurrences)
    {
        var mask = _slots.Length - 1;
        var slot = hash & mask;
        while (_slots[slot] != 0)
        {
            ref var entry = ref _entries[_slots[slot] - 1];
            if (entry.Hash == hash && _chars.AsSpan(entry.Start, entry.Length).SequenceEqual(word))
            {
                entry.Occurrences += occurrences;
                entry.Fixed = Math.Max(entry.Fixed, fixedWeight);
                return;
            }

            slot = (slot + 1) & mask;
        }

        if (_charCount + word.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + word.Length));
        }

        word.CopyTo(_chars.AsSpan(_charCount));
        if (Count == _entries.Length)
        {
            Array.Resize(ref _entries, _entries.Length * 2);
        }

        _entries[Count] = new Entry { Start = _charCount, Length = word.Length, Hash = hash, Fixed = fixedWeight, Occurrences = occurrences };
        _charCount += word.Length;
        _slots[slot] = ++Count;
        if (Count * 2 > _slots.Length)
        {
            Grow();
        }
    }

    private void Grow()
    {
        _slots = new int[_slots.Length * 2];
        var mask = _slots.Length - 1;
        for (var i = 0; i < Count; i++)
        {
            var slot = _entries[i].Hash & mask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = i + 1;
        }
    }

    private struct Entry
    {
        public int Start;
        public int Length;
        public int Hash;
        public byte Fixed;
        public int Occurrences;
    }
}
