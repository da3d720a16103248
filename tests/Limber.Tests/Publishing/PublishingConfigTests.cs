using System.Text.RegularExpressions;
using Limber.Tests.Testing;
using Tomlyn;
using Tomlyn.Model;
using YamlDotNet.RepresentationModel;

namespace Limber.Tests.Publishing;

/// <summary>
/// netlify.toml, the Netlify build script and the GitHub workflow agree with each other and with the README: the same
/// build command, the same publish folder, the headers and redirects the site needs. (.ci/run also runs actionlint.)
/// </summary>
public class PublishingConfigTests
{
    private static readonly TomlTable Netlify = TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(Repo.PathTo("netlify.toml")))!;
    private static readonly string Readme = File.ReadAllText(Repo.PathTo("README.md"));

    [Fact]
    public void NetlifyPublishesTheFolderTheReadmesBuildWritesWithThatBuild()
    {
        var build = (TomlTable)Netlify["build"];
        var publish = (string)build["publish"];
        var command = (string)build["command"];

        Assert.Equal("output", publish);
        Assert.Contains("dotnet run --project src/Cli -- build", Readme);
        Assert.Contains("builds the site from input/ into output/", Readme);
        Assert.Equal("bash .ci/netlify-build", command);
        var script = File.ReadAllText(Repo.PathTo(".ci", "netlify-build"));
        Assert.Matches(@"dotnet run -c Release --project src/Cli -- build --input input --output " + Regex.Escape(publish) + @"\b", script);
    }

    [Fact]
    public void HeadersCacheFingerprintedAssetsForeverAndSendSecurityHeadersWithoutUnsafeInline()
    {
        var rules = ((TomlTableArray)Netlify["headers"]).ToDictionary(t => (string)t["for"], t => (TomlTable)t["values"]);

        Assert.Equal("public, max-age=31536000, immutable", rules["/assets/*"]["Cache-Control"]);
        var all = rules["/*"];
        Assert.False(all.ContainsKey("Cache-Control"), "a Cache-Control on /* would be combined with the assets' one");
        var csp = (string)all["Content-Security-Policy"];
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("'unsafe-eval'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("style-src 'self'", csp);
        Assert.Equal("nosniff", all["X-Content-Type-Options"]);
        Assert.NotNull(all["Referrer-Policy"]);
        Assert.Contains("camera=()", (string)all["Permissions-Policy"]);
    }

    [Fact]
    public void MissingPagesGetThe404PageWithA404Status()
    {
        var redirect = Assert.Single((TomlTableArray)Netlify["redirects"]);

        Assert.Equal("/*", redirect["from"]);
        Assert.Equal("/404.html", redirect["to"]);
        Assert.Equal(404L, redirect["status"]);
    }

    [Fact]
    public void TheWorkflowTestsBuildsStrictlyUploadsAndDeploysAPreviewForPullRequestsAndProductionForMain()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Repo.PathTo(".github", "workflows", "site.yml"))));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var on = (YamlMappingNode)root["on"];
        Assert.True(on.Children.ContainsKey("pull_request"));
        Assert.Equal("main", ((YamlSequenceNode)((YamlMappingNode)on["push"])["branches"]).Children.Single().ToString());

        var jobs = (YamlMappingNode)root["jobs"];
        var build = Steps(jobs, "build");
        Assert.Contains(build, s => Uses(s) == "actions/checkout@v4");
        Assert.Contains(build, s => Uses(s) == "actions/setup-dotnet@v4" && With(s, "global-json-file") == "global.json");
        Assert.Contains(build, s => Uses(s) == "actions/cache@v4" && With(s, "path").Contains("NUGET_PACKAGES", StringComparison.Ordinal));
        Assert.Contains(build, s => Run(s).Contains("dotnet test Statiq.sln", StringComparison.Ordinal));
        var buildRun = build.Select(Run).Single(r => r.Contains("--strict", StringComparison.Ordinal));
        Assert.Contains("--project src/Cli -- \"${args[@]}\"", buildRun);
        Assert.Contains("--output output", buildRun);
        Assert.Contains("--sarif limber.sarif", buildRun);
        Assert.Contains(build, s => Uses(s).StartsWith("github/codeql-action/upload-sarif", StringComparison.Ordinal) && With(s, "sarif_file") == "limber.sarif");
        Assert.Contains(build, s => Uses(s) == "actions/upload-artifact@v4" && With(s, "path") == (string)((TomlTable)Netlify["build"])["publish"]);

        var deploy = Steps(jobs, "deploy");
        Assert.Equal("build", ((YamlScalarNode)((YamlMappingNode)jobs["deploy"])["needs"]).Value);
        var env = (YamlMappingNode)((YamlMappingNode)jobs["deploy"])["env"];
        Assert.Equal("${{ secrets.NETLIFY_AUTH_TOKEN }}", env["NETLIFY_AUTH_TOKEN"].ToString());
        Assert.Equal("${{ secrets.NETLIFY_SITE_ID }}", env["NETLIFY_SITE_ID"].ToString());
        Assert.Contains(deploy, s => Run(s).Contains("npm install --global netlify-cli", StringComparison.Ordinal));
        var preview = deploy.Single(s => Run(s).Contains("--alias", StringComparison.Ordinal));
        Assert.Contains("pull_request", preview["if"].ToString());
        Assert.Contains("netlify deploy --dir output", Run(preview));
        var production = deploy.Single(s => Run(s).Contains("--prod", StringComparison.Ordinal));
        Assert.Contains("push", production["if"].ToString());
        Assert.Contains("netlify deploy --dir output", Run(production));
    }

    private static List<YamlMappingNode> Steps(YamlMappingNode jobs, string job) =>
        [.. ((YamlSequenceNode)((YamlMappingNode)jobs[job])["steps"]).Children.Cast<YamlMappingNode>()];

    private static string Uses(YamlMappingNode step) => step.Children.TryGetValue("uses", out var u) ? u.ToString() : "";

    private static string Run(YamlMappingNode step) => step.Children.TryGetValue("run", out var r) ? r.ToString() : "";

    private static string With(YamlMappingNode step, string key) =>
        step.Children.TryGetValue("with", out var w) && ((YamlMappingNode)w).Children.TryGetValue(key, out var v) ? v.ToString() : "";
}
