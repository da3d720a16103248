namespace Limber.Pages;

/// <summary>A file the write stage puts in the output folder. <see cref="Path"/> uses '/' separators.</summary>
public sealed record OutputFile(string Path, ReadOnlyMemory<byte> Content)
{
    public static OutputFile FromText(string path, string text)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        return new(path, bytes) { _text = new TextOf(bytes, text) };
    }

    /// <summary>The text a file was made from, kept so that a later pass (link check) need not decode it again.</summary>
    private sealed record TextOf(ReadOnlyMemory<byte> Bytes, string Text);

    private TextOf? _text;

    /// <summary>
    /// The content as UTF-8 text: the string it was made from when it was made with <see cref="FromText"/> and its
    /// bytes have not been replaced since (a <c>with { Content = … }</c> copy decodes its own).
    /// </summary>
    public string Text() => _text is { } t && t.Bytes.Equals(Content) ? t.Text : System.Text.Encoding.UTF8.GetString(Content.Span);

    /// <summary>This file without the text it was made from, for files kept for long (a build cache).</summary>
    public OutputFile WithoutText() => _text is null ? this : this with { _text = null };

    public bool Equals(OutputFile? other) =>
        other is not null && Path == other.Path && Content.Equals(other.Content) && IsReleased == other.IsReleased && _releasedLength == other._releasedLength;

    public override int GetHashCode() => HashCode.Combine(Path, Content, IsReleased, _releasedLength);

    /// <summary>True for the record a streamed build keeps of a file already written: its path and size, without its bytes.</summary>
    public bool IsReleased { get; private init; }

    private int _releasedLength;

    /// <summary>The file's size in bytes (also once released).</summary>
    public int Length => IsReleased ? _releasedLength : Content.Length;

    /// <summary>This file without its bytes: what a streamed build keeps once the file is on disk.</summary>
    public OutputFile Released() => IsReleased ? this : this with { Content = ReadOnlyMemory<byte>.Empty, IsReleased = true, _releasedLength = Content.Length, _text = null };
}

/// <summary>An input file other than pages and sources, kept as text for the stage that needs it.</summary>
public sealed record InputFile(string Path, string Text);
