using System.Net.Sockets;
using System.Text;
using Limber.Cli.Commands;
using Limber.Options;
using Limber.Preview;
using Limber.Tests.Testing;

namespace Limber.Tests.Preview;

public class SafePathTests
{
    [Fact]
    public void ResolvesFilesAndFolderIndexesInsideTheRoot()
    {
        using var temp = new TempDirectory();
        temp.Write("site/index.html", "home");
        temp.Write("site/about/index.html", "about");
        temp.Write("site/assets/site.css", "css");
        var root = temp.Combine("site");

        Assert.Equal(Path.Combine(root, "index.html"), SafePath.Resolve(root, "/"));
        Assert.Equal(Path.Combine(root, "about", "index.html"), SafePath.Resolve(root, "/about/"));
        Assert.Equal(Path.Combine(root, "assets", "site.css"), SafePath.Resolve(root, "/assets/site.css"));
        Assert.Null(SafePath.Resolve(root, "/nothing.html"));
    }

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/about/../../secret.txt")]
    [InlineData("/./index.html")]
    [InlineData("/..\\secret.txt")]
    [InlineData("/C:/secret.txt")]
    [InlineData("/index.html\0")]
    public void RefusesPathsThatCouldLeaveTheRoot(string path)
    {
        using var temp = new TempDirectory();
        temp.Write("site/index.html", "home");
        temp.Write("site/about/index.html", "about");
        temp.Write("secret.txt", "secret");

        Assert.Null(SafePath.Resolve(temp.Combine("site"), path));
    }

    [Fact]
    public void AnAbsolutePathIsReadBelowTheRootNotFromTheDiskRoot()
    {
        using var temp = new TempDirectory();
        temp.Write("site/index.html", "home");
        temp.Write("secret.txt", "secret");

        Assert.Null(SafePath.Resolve(temp.Combine("site"), temp.Combine("secret.txt")));
    }

    [Fact]
    public void RefusesSymbolicLinksThatLeadOutOfTheRootButFollowOnesThatStayInside()
    {
        using var temp = new TempDirectory();
        temp.Write("site/index.html", "home");
        temp.Write("site/real/page.html", "inside");
        temp.Write("outside/secret.txt", "secret");
        var root = temp.Combine("site");
        File.CreateSymbolicLink(Path.Combine(root, "leak.txt"), temp.Combine("outside", "secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(root, "leakdir"), temp.Combine("outside"));
        Directory.CreateSymbolicLink(Path.Combine(root, "alias"), Path.Combine(root, "real"));

        Assert.Null(SafePath.Resolve(root, "/leak.txt"));
        Assert.Null(SafePath.Resolve(root, "/leakdir/secret.txt"));
        Assert.NotNull(SafePath.Resolve(root, "/alias/page.html"));
    }

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/%2E%2E%2Fsecret.txt")]
    [InlineData("/assets/..%2f..%2fsecret.txt")]
    [InlineData("/..%5csecret.txt")]
    [InlineData("/leak.txt")]
    public async Task TheServerNeverAnswersWithAFileOutsideTheOutputFolder(string target)
    {
        using var temp = new TempDirectory();
        temp.Write("in/content/index.md", "# Home\n");
        temp.Write("secret.txt", "TOP-SECRET");
        var options = new BuildOptions { InputDirectory = temp.Combine("in"), OutputDirectory = temp.Combine("out") };
        await using var session = await PreviewSession.StartAsync(options, new PreviewOptions { Port = 0, Watch = false }, TextWriter.Null, TextWriter.Null);
        File.CreateSymbolicLink(temp.Combine("out", "leak.txt"), temp.Combine("secret.txt"));

        // A raw request line: HttpClient would normalise the dots away before sending.
        var uri = new Uri(session.Url);
        using var client = new TcpClient();
        await client.ConnectAsync(uri.Host, uri.Port);
        using var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: {uri.Authority}\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream);
        var response = await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.DoesNotContain("TOP-SECRET", response);
        Assert.Matches("^HTTP/1.1 (400|404)", response);
    }
}
