using Limber.Options;
using Limber.Pipeline;
using Limber.Tests.Testing;
using Limber.Write;

namespace Limber.Tests.Cli;

/// <summary><c>--base-url</c>, <c>redirectFrom</c> front matter, and the list of changed files the write stage returns.</summary>
public class BaseUrlAndRedirectTests
{
    [Fact]
    public void BaseUrlOverridesSiteYmlForCanonicalLinksAndTheSitemap()
    {
        using var temp = new TempDirectory();
        temp.Write("in/site.yml", "baseUrl: https://example.org/\n");
        temp.Write("in/content/about.md", "# About\n");

        var run = Testing.Cli.Invoke("build", "-i", temp.Combine("in"), "-o", temp.Combine("out"), "--base-url", "https://deploy-preview-7--limber.netlify.app/");

        Assert.Equal(0, run.ExitCode);
        var about = File.ReadAllText(temp.Combine("out", "about", "index.html"));
        Assert.Contains("href=\"https://deploy-preview-7--limber.netlify.app/about/\"", about);
        Assert.DoesNotContain("example.org", about);
        Assert.Contains("<loc>https://deploy-preview-7--limber.netlify.app/about/</loc>", File.ReadAllText(temp.Combine("out", "sitemap.xml")));
    }

    [Fact]
    public void RedirectFromWritesNetlifyRulesAndARedirectPageAtEachOldAddress()
    {
        using var temp = new TempDirectory();
        temp.Write("in/content/guides/stretching.md", "---\ntitle: Stretching\nredirectFrom: [/stretches/, /old/stretching.html]\n---\nText.\n");

        var run = Testing.Cli.Invoke("build", "-i", temp.Combine("in"), "-o", temp.Combine("out"));

        Assert.Equal(0, run.ExitCode);
        var rules = File.ReadAllLines(temp.Combine("out", "_redirects"));
        Assert.Contains("/old/stretching.html /guides/stretching/ 301", rules);
        Assert.Contains("/stretches/ /guides/stretching/ 301", rules);
        var page = File.ReadAllText(temp.Combine("out", "stretches", "index.html"));
        Assert.Contains("<meta http-equiv=\"refresh\" content=\"0; url=/guides/stretching/\">", page);
        Assert.Contains("<link rel=\"canonical\" href=\"/guides/stretching/\">", page);
        Assert.True(File.Exists(temp.Combine("out", "old", "stretching.html")));
    }

    [Fact]
    public void RedirectFromMustListSitePaths()
    {
        using var temp = new TempDirectory();
        temp.Write("in/content/a.md", "---\nredirectFrom: [https://elsewhere.example/a]\n---\nText.\n");

        var run = Testing.Cli.Invoke("build", "-i", temp.Combine("in"), "-o", temp.Combine("out"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("a.md(2,15): error LMB1012: front matter field 'redirectFrom' must list site paths starting with '/'", run.Stderr);
    }

    [Fact]
    public void TheWriteStageReturnsTheFilesItWroteOrDeleted()
    {
        using var temp = new TempDirectory();
        var context = new StageContext(new BuildOptions { OutputDirectory = temp.Combine("out") });
        Site With(params (string Path, string Text)[] files) => Site.Empty with { Outputs = [.. files.Select(f => Limber.Pages.OutputFile.FromText(f.Path, f.Text))] };

        var first = new WriteStage().Run(With(("a.html", "1"), ("b.css", "1")), context);
        var second = new WriteStage().Run(With(("a.html", "1"), ("b.css", "2"), ("c.html", "new")), context);
        var third = new WriteStage().Run(With(("a.html", "1"), ("c.html", "new")), context);
        var fourth = new WriteStage().Run(With(("a.html", "1"), ("c.html", "new")), context);

        Assert.Equal(["a.html", "b.css"], first.Site.Changed.ToArray());
        Assert.Equal(["b.css", "c.html"], second.Site.Changed.ToArray());
        Assert.Equal(["b.css"], third.Site.Changed.ToArray());
        Assert.Empty(fourth.Site.Changed);
    }
}
