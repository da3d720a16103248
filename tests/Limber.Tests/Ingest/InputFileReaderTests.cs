using System.Collections.Immutable;
using Limber.Diagnostics;
using Limber.Ingest;
using Limber.Options;
using Limber.Tests.Testing;

namespace Limber.Tests.Ingest;

public class InputFileReaderTests
{
    private static (string? Text, ImmutableArray<Diagnostic> Diagnostics) Read(byte[] bytes, int maxFileSizeMb = 16)
    {
        var reader = new InputFileReader(new InMemoryInputStore(new Dictionary<string, byte[]> { ["content/a.md"] = bytes }));
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var text = reader.ReadText("content/a.md", new SiteOptions { MaxFileSizeMb = maxFileSizeMb }, diagnostics);
        return (text, diagnostics.ToImmutable());
    }

    [Fact]
    public void Utf8TextIsReadAndAByteOrderMarkIsDropped()
    {
        Assert.Equal("Beds and paths", Read([0xEF, 0xBB, 0xBF, .. "Beds and paths"u8.ToArray()]).Text);
        Assert.Empty(Read("Loam \u00e9"u8.ToArray()).Diagnostics);
    }

    [Fact]
    public void ABadByteIsAnErrorAtItsLineAndColumnAndNoText()
    {
        var (text, diagnostics) = Read([.. "one\ntwo "u8.ToArray(), 0xE9, .. "x"u8.ToArray()]);

        Assert.Null(text);
        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.FileNotUtf8, d.Code);
        Assert.Equal((2, 5), (d.Line, d.Column));
        Assert.Contains("0xE9", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileOverTheLimitIsRefusedBeforeItIsDecoded()
    {
        var (text, diagnostics) = Read(new byte[(1024 * 1024) + 1], maxFileSizeMb: 1);

        Assert.Null(text);
        Assert.Equal(DiagnosticCodes.FileTooLarge, Assert.Single(diagnostics).Code);
    }
}
