using System.Collections.Immutable;

namespace Limber.Pipeline;

/// <summary>A <see cref="BuildCache"/> key made of a whole sequence, equal when every item is (an ImmutableArray alone compares by reference).</summary>
public sealed class SequenceKey<T>(ImmutableArray<T> items, object? extra = null) : IEquatable<SequenceKey<T>>
{
    private readonly int hash = Hash(items, extra);

    public ImmutableArray<T> Items { get; } = items;

    public object? Extra { get; } = extra;

    public bool Equals(SequenceKey<T>? other) =>
        other is not null && hash == other.hash && Equals(Extra, other.Extra) && Items.AsSpan().SequenceEqual(other.Items.AsSpan());

    public override bool Equals(object? obj) => Equals(obj as SequenceKey<T>);

    public override int GetHashCode() => hash;

    private static int Hash(ImmutableArray<T> items, object? extra)
    {
        var hash = default(HashCode);
        hash.Add(items.Length);
        hash.Add(extra);
        foreach (var item in items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }
}
