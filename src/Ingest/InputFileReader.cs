using System.Collections.Immutable;
using System.Text;
using Limber.Diagnostics;
using Limber.Options;

namespace Limber.Ingest;

/// <summary>
/// Reads one input file through the store, as bytes or as strict UTF-8 text, refusing a file over the size limit
/// (<c>maxFileSizeMb</c>) and reporting one that cannot be read or is not UTF-8 (at its first bad byte's line and column).
/// </summary>
internal sealed class InputFileReader(IInputStore store)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public byte[]? ReadBytes(string file, SiteOptions options, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        try
        {
            var limit = (long)options.MaxFileSizeMb * 1024 * 1024;
            var length = store.Length(file);
            if (length > limit)
            {
                diagnostics.Add(Diagnostic.Error(
                    DiagnosticCodes.FileTooLarge,
                    $"file is {length / (1024.0 * 1024.0):0.0} MB, over the {options.MaxFileSizeMb} MB limit (maxFileSizeMb in site.yml); skipped",
                    file));
                return null;
            }

            return store.ReadAllBytes(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FileUnreadable, $"cannot read file: {ex.Message}", file));
            return null;
        }
    }

    public string? ReadText(string file, SiteOptions options, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var bytes = ReadBytes(file, options, diagnostics);
        if (bytes is null)
        {
            return null;
        }

        var (text, badOffset) = DecodeUtf8(bytes);
        if (text is null)
        {
            var (line, column) = LineAndColumn(bytes, badOffset);
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.FileNotUtf8,
                $"file is not valid UTF-8 (byte 0x{bytes[badOffset]:X2} at offset {badOffset}); save it as UTF-8",
                file,
                line,
                column));
            return null;
        }

        return text;
    }

    /// <summary>Decodes strict UTF-8 (a BOM is allowed); on failure returns the offset of the first bad byte.</summary>
    internal static (string? Text, int BadOffset) DecodeUtf8(byte[] bytes)
    {
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return (StrictUtf8.GetString(bytes, start, bytes.Length - start), -1);
        }
        catch (DecoderFallbackException ex)
        {
            return (null, Math.Clamp(start + ex.Index, 0, Math.Max(0, bytes.Length - 1)));
        }
    }

    private static (int Line, int Column) LineAndColumn(byte[] bytes, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }
}
