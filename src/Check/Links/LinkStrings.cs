namespace Limber.Check.Links;

/// <summary>
/// Numbers the strings link checking keeps (URLs and ids) across a run: each is stored once, and a page keeps only
/// numbers (<see cref="PageLinks"/>). Numbering is thread-safe; reading a number back (<see cref="this[int]"/>,
/// <see cref="TryGetNumber"/>) is safe from any thread once every page has been numbered.
/// </summary>
public sealed class LinkStrings
{
    private readonly Dictionary<string, int> _numbers;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _byChars;
    private readonly List<string> _strings;
    private readonly Lock _gate = new();

    /// <param name="capacity">How many distinct strings to expect (a few per page); the tables grow past it.</param>
    public LinkStrings(int capacity = 0)
    {
        _numbers = new Dictionary<string, int>(capacity, StringComparer.Ordinal);
        _byChars = _numbers.GetAlternateLookup<ReadOnlySpan<char>>();
        _strings = new List<string>(capacity);
    }

    /// <summary>How many distinct strings have been numbered.</summary>
    public int Count => _strings.Count;

    /// <summary>The string numbered <paramref name="number"/>.</summary>
    public string this[int number] => _strings[number];

    /// <summary>The number of <paramref name="chars"/>, given the next free one if they are new (copied once).</summary>
    public int Number(ReadOnlySpan<char> chars)
    {
        lock (_gate)
        {
            return NumberHeld(chars);
        }
    }

    /// <summary>
    /// The numbers of two lists of strings (a page's ids and its URLs) into <paramref name="firstNumbers"/> and
    /// <paramref name="secondNumbers"/>, under one lock for the lot.
    /// </summary>
    public void Number(ReadOnlySpan<ReadOnlyMemory<char>> first, Span<int> firstNumbers, ReadOnlySpan<ReadOnlyMemory<char>> second, Span<int> secondNumbers)
    {
        lock (_gate)
        {
            for (var i = 0; i < first.Length; i++)
            {
                firstNumbers[i] = NumberHeld(first[i].Span);
            }

            for (var i = 0; i < second.Length; i++)
            {
                secondNumbers[i] = NumberHeld(second[i].Span);
            }
        }
    }

    private int NumberHeld(ReadOnlySpan<char> chars)
    {
        if (_byChars.TryGetValue(chars, out var known))
        {
            return known;
        }

        var text = chars.ToString();
        var number = _strings.Count;
        _strings.Add(text);
        _numbers.Add(text, number);
        return number;
    }

    /// <summary>The number of <paramref name="text"/> if some page has it; false when none does.</summary>
    public bool TryGetNumber(string text, out int number) => _numbers.TryGetValue(text, out number);
}
