namespace Limber.Render.Search;

/// <summary>Collects text with white space collapsed and trimmed, up to a length (extra text is ignored).</summary>
public sealed class ExcerptText(int limit) : ITextSink
{
    private readonly System.Text.StringBuilder _text = new(Math.Min(limit, 4096) + 16);
    private bool _space;

    public bool Full => _text.Length >= limit;

    public void Add(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (Full)
            {
                return;
            }

            if (char.IsWhiteSpace(c))
            {
                _space = _text.Length > 0; // leading white space is trimmed
            }
            else
            {
                if (_space)
                {
                    _text.Append(' ');
                    _space = false;
                }

                _text.Append(c);
            }
        }
    }

    public override string ToString() => _text.Length > limit ? _text.ToString(0, limit) : _text.ToString();
}
