namespace Limber.Render.Search;

/// <summary>
/// The words of one page with their counts and fixed weights, for <see cref="SearchIndex.Entry"/>, kept by one render
/// thread page after page: an open-addressing table over a character arena that remembers every word the thread has
/// met, with its site-wide id once asked for. A new page (<see cref="Clear"/>) only moves a page stamp: a word's count
/// starts again the first time the page meets it, and the site-wide word table is asked for an id once per word per
/// thread instead of once per word per page. A thread that has met more than <see cref="MaxWords"/> words starts afresh.
/// </summary>
internal sealed class PageWordCounts
{
    /// <summary>Words a thread remembers before it forgets them all at the next page.</summary>
    public const int MaxWords = 1 << 20;

    private char[] _chars = new char[16 * 1024];
    private int _charCount;
    private int[] _slots = new int[1024]; // vocabulary index + 1; 0 is an empty slot
    private Entry[] _vocabulary = new Entry[512];
    private int _words;
    private int[] _page = new int[512]; // vocabulary indexes of this page's words, in the order first seen
    private int _stamp = 1;

    /// <summary>The number of distinct words of the page.</summary>
    public int Count { get; private set; }

    /// <summary>Starts a new page.</summary>
    public void Clear()
    {
        Count = 0;
        _stamp++;
        if (_words > MaxWords || _stamp == int.MaxValue)
        {
            Array.Clear(_slots);
            _words = 0;
            _charCount = 0;
            _stamp = 1;
        }
    }

    /// <summary>The <paramref name="index"/>th distinct word of the page, in the order first seen.</summary>
    public ReadOnlySpan<char> Word(int index) => Chars(in _vocabulary[_page[index]]);

    /// <summary>The highest fixed weight given to the word (title, description), 0 when none.</summary>
    public byte Fixed(int index) => _vocabulary[_page[index]].Fixed;

    /// <summary>How many times the word occurs in the page's text.</summary>
    public int Occurrences(int index) => _vocabulary[_page[index]].Occurrences;

    /// <summary>The word's site-wide id: asked of <paramref name="idOf"/> the first time this table meets the word, then remembered.</summary>
    public int Id(int index, Func<string, int> idOf)
    {
        ref var entry = ref _vocabulary[_page[index]];
        if (entry.Id < 0)
        {
            entry.Id = idOf(Chars(in entry).ToString());
        }

        return entry.Id;
    }

    /// <summary>Counts <paramref name="word"/> <paramref name="occurrences"/> more times and raises its fixed weight to at least <paramref name="fixedWeight"/>.</summary>
    public void Add(ReadOnlySpan<char> word, byte fixedWeight, int occurrences) => Add(word, SearchWords.Hash(word), fixedWeight, occurrences);

    /// <summary>The same, with the word's <see cref="SearchWords.Hash"/> already known.</summary>
    public void Add(ReadOnlySpan<char> word, int hash, byte fixedWeight, int occurrences)
    {
        var mask = _slots.Length - 1;
        var slot = hash & mask;
        while (_slots[slot] != 0)
        {
            var index = _slots[slot] - 1;
            ref var entry = ref _vocabulary[index];
            if (entry.Hash == hash && Chars(in entry).SequenceEqual(word))
            {
                if (entry.Stamp != _stamp)
                {
                    entry.Stamp = _stamp;
                    entry.Fixed = 0;
                    entry.Occurrences = 0;
                    OnPage(index);
                }

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
        if (_words == _vocabulary.Length)
        {
            Array.Resize(ref _vocabulary, _vocabulary.Length * 2);
        }

        _vocabulary[_words] = new Entry { Start = _charCount, Length = word.Length, Hash = hash, Id = -1, Stamp = _stamp, Fixed = fixedWeight, Occurrences = occurrences };
        _charCount += word.Length;
        OnPage(_words);
        _slots[slot] = ++_words;
        if (_words * 2 > _slots.Length)
        {
            Grow();
        }
    }

    private ReadOnlySpan<char> Chars(in Entry entry) => _chars.AsSpan(entry.Start, entry.Length);

    private void OnPage(int index)
    {
        if (Count == _page.Length)
        {
            Array.Resize(ref _page, _page.Length * 2);
        }

        _page[Count++] = index;
    }

    private void Grow()
    {
        _slots = new int[_slots.Length * 2];
        var mask = _slots.Length - 1;
        for (var i = 0; i < _words; i++)
        {
            var slot = _vocabulary[i].Hash & mask;
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
        public int Id;
        public int Stamp;
        public int Occurrences;
        public byte Fixed;
    }
}
