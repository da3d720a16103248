namespace Limber.Render.Search;

/// <summary>
/// A page's words for the search index, each once with its weight (1–15), packed: word ids in ascending order, each
/// stored as one variable-length number, (id − previous id) × 16 + weight, seven bits a byte. A page's few hundred ids
/// are close together, so most words take two bytes instead of the five of an id and a weight apart; on a
/// 10,000-page site the entries held until the index is made shrink from about 16 MB to about 7.
/// </summary>
public sealed class WeightedTerms : IReadOnlyCollection<(int Id, byte Weight)>
{
    private readonly byte[] _packed;

    private WeightedTerms(byte[] packed, int count)
    {
        _packed = packed;
        Count = count;
    }

    public static WeightedTerms Empty { get; } = new([], 0);

    /// <summary>How many words.</summary>
    public int Count { get; }

    /// <summary>The bytes the words are packed in.</summary>
    public int Bytes => _packed.Length;

    /// <summary>A word as <see cref="From"/> takes it: its id and its weight in one number.</summary>
    public static uint Word(int id, byte weight) => ((uint)id << 4) | (uint)(weight & 15);

    /// <summary>Packs <paramref name="words"/> (made with <see cref="Word"/>, each id once), sorting them in place.</summary>
    public static WeightedTerms From(Span<uint> words)
    {
        if (words.IsEmpty)
        {
            return Empty;
        }

        // Sorted by id (the weight is in the low bits): one sort of plain numbers, the gaps between ids kept small.
        words.Sort();
        var length = 0;
        var previous = 0u;
        foreach (var word in words)
        {
            length += VarintLength(word - (previous & ~15u));
            previous = word;
        }

        var packed = new byte[length];
        var at = 0;
        previous = 0;
        foreach (var word in words)
        {
            at += WriteVarint(packed.AsSpan(at), word - (previous & ~15u));
            previous = word;
        }

        return new WeightedTerms(packed, words.Length);
    }

    public Enumerator GetEnumerator() => new(_packed);

    IEnumerator<(int Id, byte Weight)> IEnumerable<(int Id, byte Weight)>.GetEnumerator()
    {
        foreach (var term in this)
        {
            yield return term;
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => ((IEnumerable<(int Id, byte Weight)>)this).GetEnumerator();

    /// <summary>Bytes that <paramref name="value"/> takes as a variable-length number.</summary>
    public static int VarintLength(uint value) => value < 1u << 7 ? 1 : value < 1u << 14 ? 2 : value < 1u << 21 ? 3 : value < 1u << 28 ? 4 : 5;

    /// <summary>Writes <paramref name="value"/> seven bits a byte, low bits first, the high bit set on all but the last; returns the bytes written.</summary>
    public static int WriteVarint(Span<byte> to, uint value)
    {
        var i = 0;
        while (value >= 0x80)
        {
            to[i++] = (byte)(value | 0x80);
            value >>= 7;
        }

        to[i++] = (byte)value;
        return i;
    }

    /// <summary>Reads a number written by <see cref="WriteVarint"/> at <paramref name="at"/>, moving past it.</summary>
    public static uint ReadVarint(ReadOnlySpan<byte> from, ref int at)
    {
        uint value = 0;
        var shift = 0;
        byte b;
        do
        {
            b = from[at++];
            value |= (uint)(b & 0x7F) << shift;
            shift += 7;
        }
        while (b >= 0x80);
        return value;
    }

    /// <summary>The words in ascending id order.</summary>
    public struct Enumerator(byte[] packed)
    {
        private int _at;
        private int _id;

        public (int Id, byte Weight) Current { get; private set; }

        public bool MoveNext()
        {
            if (_at >= packed.Length)
            {
                return false;
            }

            var code = ReadVarint(packed, ref _at);
            _id += (int)(code >> 4);
            Current = (_id, (byte)(code & 15));
            return true;
        }
    }
}
