using System.IO.Compression;
using System.Text;

namespace Limber.Pages;

/// <summary>
/// A file the write stage puts in the output folder. <see cref="Path"/> uses '/' separators.
/// A text file made with <see cref="Compressible"/> is held gzip-compressed: that is the copy written beside it
/// (<c>page.html.gz</c>, for hosts that serve precompressed files), and it keeps a 10,000-page site's output at a
/// fifth of its size in memory. <see cref="Content"/> always returns the plain bytes.
/// </summary>
public sealed record OutputFile
{
    /// <summary>Text files smaller than this are not worth a compressed copy.</summary>
    public const int CompressFrom = 1024;

    private static readonly string[] TextTypes = [".html", ".css", ".js", ".json", ".xml", ".svg", ".txt", ".webmanifest"];

    private readonly ReadOnlyMemory<byte> content;

    public OutputFile(string path, ReadOnlyMemory<byte> content)
    {
        Path = path;
        this.content = content;
        Length = content.Length;
    }

    private OutputFile(string path, byte[] gzip, int length)
    {
        Path = path;
        Gzip = gzip;
        Length = length;
    }

    public string Path { get; init; }

    /// <summary>The file's bytes (decompressed on each read when the file is held compressed).</summary>
    public ReadOnlyMemory<byte> Content => Gzip is null ? content : Inflate(Gzip, Length);

    /// <summary>The gzip copy written as <c>Path + ".gz"</c>, or null for files written without one.</summary>
    public byte[]? Gzip { get; }

    /// <summary>Length of <see cref="Content"/> in bytes.</summary>
    public int Length { get; }

    public static OutputFile FromText(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));

    /// <summary>A text file; held compressed (and written with a .gz copy) when it is of a text type and not tiny.</summary>
    public static OutputFile Compressible(string path, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return Compressible(path, bytes);
    }

    /// <inheritdoc cref="Compressible(string, string)"/>
    public static OutputFile Compressible(string path, byte[] bytes)
    {
        if (bytes.Length < CompressFrom || !TextTypes.Any(t => path.EndsWith(t, StringComparison.OrdinalIgnoreCase)))
        {
            return new OutputFile(path, bytes);
        }

        using var buffer = new MemoryStream(bytes.Length / 4);
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return new OutputFile(path, buffer.ToArray(), bytes.Length);
    }

    private static byte[] Inflate(byte[] gzip, int length)
    {
        var bytes = new byte[length];
        using var stream = new GZipStream(new MemoryStream(gzip), CompressionMode.Decompress);
        stream.ReadExactly(bytes);
        return bytes;
    }

    public bool Equals(OutputFile? other) =>
        ReferenceEquals(this, other) || other is not null && Path == other.Path && Length == other.Length && Content.Span.SequenceEqual(other.Content.Span);

    public override int GetHashCode() => HashCode.Combine(Path, Length);
}

/// <summary>An input file other than pages and sources, kept as text for the stage that needs it.</summary>
public sealed record InputFile(string Path, string Text);
