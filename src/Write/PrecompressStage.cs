using System.Collections.Immutable;
using System.IO.Compression;
using Limber.Pages;
using Limber.Pipeline;

namespace Limber.Write;

/// <summary>
/// With <c>precompress: true</c> in site.yml, adds a <c>.gz</c> and a <c>.br</c> copy of every text output of at least <see cref="MinimumBytes"/>, for hosts that
/// serve precompressed files (nginx <c>gzip_static</c>/<c>brotli_static</c>, Caddy <c>precompressed</c>, …). Pure: the
/// copies are more outputs, written by the write stage. Kept cheap for large sites: files compress in parallel, gzip at
/// zlib's default level and Brotli at quality 5 (a fraction of the cost of quality 11 for most of its gain on pages of a
/// few kilobytes); files smaller than a network packet are left alone. Deterministic: no names or timestamps in headers.
/// </summary>
public sealed class PrecompressStage : IOutputStage
{
    /// <summary>Smaller files gain nothing worth a request header's negotiation.</summary>
    public const int MinimumBytes = 1024;

    private const int BrotliQuality = 5;
    private const int BrotliWindow = 22;

    private static readonly string[] TextExtensions = [".html", ".css", ".js", ".json", ".xml", ".svg", ".txt", ".webmanifest"];

    public StageResult Run(Site site, StageContext context)
    {
        if (context.Failed || !site.Options.Precompress)
        {
            return StageResult.Unchanged(site);
        }

        var sources = site.Outputs.Where(Compressible).ToList();
        var cache = context.Cache;
        var copies = sources.AsParallel().AsOrdered().WithCancellation(context.CancellationToken)
            .SelectMany(f => cache is null ? Copies(f) : cache.GetOrAdd("precompress", f, Copies))
            .ToList();
        var outputs = site.Outputs.AddRange(copies).Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return StageResult.Unchanged(site with { Outputs = outputs });
    }

    /// <summary>Streamed: each file's copies are made as the file comes from render. (A build that fails later writes none of them.)</summary>
    public IOutputPass Begin(Site site, StageContext context) => new Pass(!context.Failed && site.Options.Precompress);

    private sealed class Pass(bool enabled) : IOutputPass
    {
        public bool Serial => false;

        public void Take(OutputFile file, List<OutputFile> next)
        {
            next.Add(file);
            if (enabled && Compressible(file))
            {
                next.AddRange(Copies(file));
            }
        }

        public StageResult End(Site site, StageContext context) => StageResult.Unchanged(site);
    }

    /// <summary>The gzip and Brotli copies of one file.</summary>
    private static OutputFile[] Copies(OutputFile f) => [new OutputFile(f.Path + ".gz", Gzip(f.Content.Span)), new OutputFile(f.Path + ".br", Brotli(f.Content.Span))];

    public static bool Compressible(OutputFile file) =>
        file.Content.Length >= MinimumBytes && TextExtensions.Any(e => file.Path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    public static byte[] Gzip(ReadOnlySpan<byte> content)
    {
        using var buffer = new MemoryStream(content.Length / 3 + 64);
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(content);
        }

        return buffer.ToArray();
    }

    public static byte[] Brotli(ReadOnlySpan<byte> content)
    {
        var output = new byte[BrotliEncoder.GetMaxCompressedLength(content.Length)];
        if (!BrotliEncoder.TryCompress(content, output, out var written, BrotliQuality, BrotliWindow))
        {
            throw new InvalidOperationException("Brotli compression failed");
        }

        return output[..written];
    }
}
