namespace Limber.References.Text;

/// <summary>Maps character offsets in a text to 1-based line and column, offset by the line the text starts on.</summary>
public sealed class TextMap
{
    private readonly int[] _lineStarts;
    private readonly int _firstLine;

    public TextMap(string text, int firstLine = 1)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = [.. starts];
        _firstLine = firstLine;
    }

    public (int Line, int Column) At(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return (_firstLine + index, offset - _lineStarts[index] + 1);
    }
}
