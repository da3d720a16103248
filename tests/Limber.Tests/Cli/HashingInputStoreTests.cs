using System.Security.Cryptography;
using Limber.Cli.Incremental;
using Limber.Ingest;
using Limber.Options;
using Limber.Tests.Testing;

namespace Limber.Tests.Cli;

public class HashingInputStoreTests
{
    [Fact]
    public void NotesTheHashOfEveryFileReadAndPassesTheBytesThrough()
    {
        using var temp = new TempDirectory();
        temp.Write("in/sources/a.txt", "First passage.\n");
        temp.Write("in/content/b.md", "---\ntitle: B\n---\nBody.\n");
        var store = new HashingInputStore(new DiskInputStore(temp.Combine("in")));

        var bytes = store.ReadAllBytes("sources/a.txt");

        Assert.Equal(File.ReadAllBytes(temp.Combine("in", "sources", "a.txt")), bytes);
        Assert.Equal(SHA256.HashData(bytes), store.Hashes["sources/a.txt"]);
        Assert.False(store.Hashes.ContainsKey("content/b.md"));
        Assert.Equal(["content/b.md", "sources/a.txt"], store.EnumerateFiles());
    }

    [Fact]
    public void TheFingerprintFromHashesNotedDuringABuildEqualsOneFromReadingTheFolder()
    {
        // A full build fingerprints from what ingest read; the next build, to decide whether to skip, reads the folder.
        // The two must agree, or no build would ever be skipped.
        using var temp = new TempDirectory();
        temp.Write("in/sources/a.txt", "First passage.\n\nSecond passage.\n");
        temp.Write("in/content/b.md", "---\ntitle: B\n---\nBody.\n");
        var options = new BuildOptions { InputDirectory = temp.Combine("in"), OutputDirectory = temp.Combine("out") };
        var check = new UpToDateCheck(options, temp.Combine("cache"));
        var store = new HashingInputStore(new DiskInputStore(options.InputDirectory));
        Limber.Cli.SiteStages.Create(options, store).Run(Limber.Pipeline.Site.Empty, new Limber.Pipeline.StageContext(options));

        Assert.Equal(2, store.Hashes.Count);
        Assert.Equal(check.Fingerprint("x"), check.Fingerprint("x", store.Hashes));
        Assert.NotEqual(check.Fingerprint("x"), check.Fingerprint("y", store.Hashes));
    }
}
