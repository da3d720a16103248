namespace Limber.References.Text;

/// <summary>A found span of text: where it starts, how long it is, and what it is.</summary>
public readonly record struct TextSpan(int Start, int Length, string Value)
{
    public int End => Start + Length;
}
