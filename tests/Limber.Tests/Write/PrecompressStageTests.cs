using System.Collections.Immutable;
using System.IO.Compression;
using Limber.Options;
using Limber.Pages;
using Limber.Pipeline;
using Limber.Write;

namespace Limber.Tests.Write;

public class PrecompressStageTests
{
    [Fact]
    public void AddsGzipAndBrotliCopiesThatDecompressToTheOriginalForTextFilesOfAtLeast1KB()
    {
        var page = OutputFile.FromText("a/index.html", "<p>" + string.Concat(Enumerable.Repeat("back and hip ", 200)) + "</p>");
        var small = OutputFile.FromText("robots.txt", "User-agent: *\n");
        var image = new OutputFile("img/x.png", new byte[4096]);
        var site = Site.Empty with { Outputs = [page, small, image], Options = SiteOptions.Default with { Precompress = true } };

        var result = new PrecompressStage().Run(site, new StageContext(new BuildOptions()));

        var paths = result.Site.Outputs.Select(o => o.Path).ToList();
        Assert.Equal(["a/index.html", "a/index.html.br", "a/index.html.gz", "img/x.png", "robots.txt"], paths);
        var gz = result.Site.Outputs.Single(o => o.Path.EndsWith(".gz", StringComparison.Ordinal));
        var br = result.Site.Outputs.Single(o => o.Path.EndsWith(".br", StringComparison.Ordinal));
        Assert.Equal(page.Content.ToArray(), Decompress(new GZipStream(new MemoryStream(gz.Content.ToArray()), CompressionMode.Decompress)));
        Assert.Equal(page.Content.ToArray(), Decompress(new BrotliStream(new MemoryStream(br.Content.ToArray()), CompressionMode.Decompress)));
        Assert.True(br.Content.Length < page.Content.Length / 4);
    }

    [Fact]
    public void WithoutTheSettingNothingIsAdded()
    {
        var site = Site.Empty with { Outputs = [OutputFile.FromText("a/index.html", new string('x', 4096))] };

        Assert.Single(new PrecompressStage().Run(site, new StageContext(new BuildOptions())).Site.Outputs);
    }

    [Fact]
    public void CompressionIsDeterministic()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 500).Select(i => $"<li>{i}</li>")));

        Assert.Equal(PrecompressStage.Gzip(bytes), PrecompressStage.Gzip(bytes));
        Assert.Equal(PrecompressStage.Brotli(bytes), PrecompressStage.Brotli(bytes));
    }

    private static byte[] Decompress(Stream stream)
    {
        using var output = new MemoryStream();
        stream.CopyTo(output);
        stream.Dispose();
        return output.ToArray();
    }
}
