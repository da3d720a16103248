using Limber.Cli;
using Limber.Options;
using Limber.Pipeline;
using Limber.Tests.Testing;

namespace Limber.Tests.Core.Pipeline;

/// <summary>
/// Rebuilding with a <see cref="BuildCache"/> (as preview does) must give exactly what a fresh build gives, after any
/// edit; and it must redo only what the edit affects.
/// </summary>
public class BuildCacheTests
{
    private static void CopyRealInput(TempDirectory temp)
    {
        var source = Repo.PathTo("input");
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            temp.Write(Path.Combine("in", Path.GetRelativePath(source, file)), File.ReadAllBytes(file));
        }
    }

    private static BuildResult Build(TempDirectory temp, string output, BuildCache? cache)
    {
        var options = new BuildOptions { InputDirectory = temp.Combine("in"), OutputDirectory = temp.Combine(output) };
        return SiteStages.Create(options).Run(Site.Empty, new StageContext(options) { Cache = cache });
    }

    private static void AssertSameSite(TempDirectory temp, BuildResult cached, string cachedOutput)
    {
        var fresh = Build(temp, "fresh-" + Guid.NewGuid().ToString("N"), cache: null);
        var freshOutput = Directory.GetDirectories(temp.Path, "fresh-*").Single();
        Assert.Equal(fresh.Diagnostics.Select(d => d.Format()).Order(), cached.Diagnostics.Select(d => d.Format()).Order());
        var a = Directory.GetFiles(freshOutput, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(freshOutput, f)).Order().ToList();
        var b = Directory.GetFiles(temp.Combine(cachedOutput), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(temp.Combine(cachedOutput), f)).Order().ToList();
        Assert.Equal(a, b);
        Assert.All(a, f => Assert.True(
            File.ReadAllBytes(Path.Combine(freshOutput, f)).AsSpan().SequenceEqual(File.ReadAllBytes(temp.Combine(cachedOutput, f))),
            $"{f} differs between the cached and the fresh build"));
        Directory.Delete(freshOutput, recursive: true);
    }

    [Fact]
    public void RebuildsWithACacheMatchAFreshBuildAfterEachKindOfEdit()
    {
        using var temp = new TempDirectory();
        CopyRealInput(temp);
        var cache = new BuildCache();
        Build(temp, "out", cache);

        // An authored page's body.
        var about = temp.Combine("in", "content", "about.md");
        File.AppendAllText(about, "\nOne more sentence, added while previewing.\n");
        AssertSameSite(temp, Build(temp, "out", cache), "out");

        // A raw source passage (dedupe, extract, topic pages and indexes depend on it).
        var source = Directory.GetFiles(temp.Combine("in", "sources"), "*.txt").First();
        File.WriteAllText(source, File.ReadAllText(source).Replace("Lie on your back", "Lie flat on your back", StringComparison.Ordinal));
        AssertSameSite(temp, Build(temp, "out", cache), "out");

        // A page title (navigation, cross-links and listings read every page's title).
        File.WriteAllText(about, File.ReadAllText(about).Replace("title: ", "title: Renamed ", StringComparison.Ordinal));
        AssertSameSite(temp, Build(temp, "out", cache), "out");
    }

    [Fact]
    public void ABodyEditRendersAndChecksOnlyThatPage()
    {
        using var temp = new TempDirectory();
        CopyRealInput(temp);
        var cache = new BuildCache();
        Build(temp, "out", cache);
        var before = Directory.GetFiles(temp.Combine("out"), "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);

        File.AppendAllText(temp.Combine("in", "content", "about.md"), "\nA new closing sentence.\n");
        Build(temp, "out", cache);

        Assert.True(cache.LastBuild["render"].Misses == 1, string.Join("; ", cache.LastBuild.Select(kv => $"{kv.Key} {kv.Value}")));
        Assert.Equal(1, cache.LastBuild["check"].Misses);
        Assert.True(cache.LastBuild["render"].Hits > 40);
        Assert.Equal(0, cache.LastBuild.GetValueOrDefault("extract").Misses);
        var rewritten = before.Where(f => File.GetLastWriteTimeUtc(f.Key) != f.Value).Select(f => Path.GetRelativePath(temp.Combine("out"), f.Key)).Order().ToList();
        // The page itself and its Markdown copy (under 1 KB: not precompressed); the search index only where the page's
        // words or excerpt changed.
        Assert.Equal(["about/index.html", "about/index.html.br", "about/index.html.gz", "about/index.md"], rewritten.Where(f => !f.StartsWith("search-index/", StringComparison.Ordinal)));
    }
}
