using Limber.Tests.Testing;

namespace Limber.Tests.Golden;

/// <summary>Builds a small fixture site and compares every output file with the committed <c>basic.verified/</c> snapshot.</summary>
public class GoldenSiteTests
{
    [Fact]
    public void BasicFixtureBuildsToTheVerifiedSite()
    {
        using var temp = new TempDirectory();
        var input = Repo.PathTo("tests", "Limber.Tests", "Golden", "basic", "input");

        var run = Testing.Cli.Invoke("build", "--input", input, "--output", temp.Combine("out"));

        Assert.True(run.ExitCode == 0, run.Stderr + run.Stdout);
        DirectorySnapshot.Verify(temp.Combine("out"), Repo.PathTo("tests", "Limber.Tests", "Golden", "basic"));
    }

    [Fact]
    public void TheSameInputGivesByteIdenticalOutput()
    {
        using var temp = new TempDirectory();
        var input = Repo.PathTo("tests", "Limber.Tests", "Golden", "basic", "input");

        Testing.Cli.Invoke("build", "--input", input, "--output", temp.Combine("a"));
        Testing.Cli.Invoke("build", "--input", input, "--output", temp.Combine("b"));

        var a = Directory.GetFiles(temp.Combine("a"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(temp.Combine("a"), f)).Order().ToList();
        var b = Directory.GetFiles(temp.Combine("b"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(temp.Combine("b"), f)).Order().ToList();
        Assert.Equal(a, b);
        Assert.All(a, f => Assert.Equal(File.ReadAllBytes(temp.Combine("a", f)), File.ReadAllBytes(temp.Combine("b", f))));
    }
}
