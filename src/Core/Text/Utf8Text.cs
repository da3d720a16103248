using System.Text;

namespace Limber.Text;

/// <summary>
/// An immutable string kept as UTF-8 bytes: half the size of a .NET string for mostly-ASCII text. Compares by content,
/// so records holding it keep value equality.
/// </summary>
public sealed class Utf8Text : IEquatable<Utf8Text>
{
    private readonly byte[] bytes;
    private int hash;

    private Utf8Text(byte[] bytes) => this.bytes = bytes;

    public static Utf8Text Empty { get; } = new([]);

    public bool IsEmpty => bytes.Length == 0;

    /// <summary>Length of the text in UTF-8 bytes.</summary>
    public int ByteCount => bytes.Length;

    public static Utf8Text From(string? text) => From(text.AsSpan());

    /// <summary>Encodes <paramref name="text"/> in place (a string's or a slice of one).</summary>
    public static Utf8Text From(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return Empty;
        }

        var bytes = new byte[Encoding.UTF8.GetByteCount(text)];
        Encoding.UTF8.GetBytes(text, bytes);
        return new(bytes);
    }

    /// <summary>Encodes <paramref name="text"/> (see <see cref="From"/>), so a string assigns to a <see cref="Utf8Text"/> member.</summary>
    public static implicit operator Utf8Text(string? text) => From(text);

    /// <summary>
    /// The text's UTF-8 bytes, read in place (for writers that take UTF-8, such as a JSON writer). A method, not a
    /// property: records holding the text are serialized for the build cache's keys, and a span cannot be.
    /// </summary>
    public ReadOnlySpan<byte> AsUtf8() => bytes;

    /// <summary>Whether the text holds <paramref name="value"/> (UTF-8 bytes), without decoding it.</summary>
    public bool Contains(ReadOnlySpan<byte> value) => bytes.AsSpan().IndexOf(value) >= 0;

    /// <summary>Decodes the text: a fresh string each call.</summary>

    public override string ToString() => bytes.Length == 0 ? "" : Encoding.UTF8.GetString(bytes);

    public bool Equals(Utf8Text? other) => other is not null && bytes.AsSpan().SequenceEqual(other.bytes);

    public override bool Equals(object? obj) => Equals(obj as Utf8Text);

    /// <summary>Hash of the content, computed once (pages are cache keys in preview rebuilds).</summary>
    public override int GetHashCode()
    {
        if (hash == 0)
        {
            var h = default(HashCode);
            h.AddBytes(bytes);
            hash = h.ToHashCode() | 1;
        }

        return hash;
    }
}
