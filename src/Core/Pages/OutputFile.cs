namespace Limber.Pages;

/// <summary>A file the write stage puts in the output folder. <see cref="Path"/> uses '/' separators.</summary>
public sealed record OutputFile(string Path, ReadOnlyMemory<byte> Content)
{
    public static OutputFile FromText(string path, string text) => new(path, System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>True for the record a streamed build keeps of a file already written: its path and size, without its bytes.</summary>
    public bool IsReleased { get; private init; }

    private int _releasedLength;

    /// <summary>The file's size in bytes (also once released).</summary>
    public int Length => IsReleased ? _releasedLength : Content.Length;

    /// <summary>This file without its bytes: what a streamed build keeps once the file is on disk.</summary>
    public OutputFile Released() => IsReleased ? this : this with { Content = ReadOnlyMemory<byte>.Empty, IsReleased = true, _releasedLength = Content.Length };
}

/// <summary>An input file other than pages and sources, kept as text for the stage that needs it.</summary>
public sealed record InputFile(string Path, string Text);
