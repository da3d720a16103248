using Limber.Preview;

namespace Limber.Tests.Preview;

public class ScriptInjectorTests
{
    [Fact]
    public void InsertsTheScriptJustBeforeTheClosingBodyTag()
    {
        var html = ScriptInjector.Inject("<html><body><p>x</p></body></html>");

        Assert.Equal("<html><body><p>x</p>" + ScriptInjector.Script + "</body></html>", html);
    }

    [Fact]
    public void UsesTheLastClosingBodyTagAndAppendsWhenThereIsNone()
    {
        Assert.EndsWith(ScriptInjector.Script + "</BODY>", ScriptInjector.Inject("<p>&lt;/body&gt; </body> text</BODY>"));
        Assert.Equal("<p>fragment</p>" + ScriptInjector.Script, ScriptInjector.Inject("<p>fragment</p>"));
    }
}

public class DebouncerTests
{
    [Fact]
    public async Task ABurstOfSignalsRunsTheActionOnce()
    {
        var calls = 0;
        using var debouncer = new Debouncer(TimeSpan.FromMilliseconds(100), () => Interlocked.Increment(ref calls));

        for (var i = 0; i < 10; i++)
        {
            debouncer.Signal();
        }

        // Wait for the first call (the thread pool may be busy with other tests), then long enough for a second one.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (Volatile.Read(ref calls) == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        await Task.Delay(400);
        Assert.Equal(1, Volatile.Read(ref calls));
    }
}

public class InputWatcherTests
{
    [Theory]
    [InlineData("/in/content/.about.md.swp", true)]
    [InlineData("/in/content/4913", true)]
    [InlineData("/in/content/about.md~", true)]
    [InlineData("/in/content/.#about.md", true)]
    [InlineData("/in/content/about.md", false)]
    [InlineData("/in/theme/assets/site.css", false)]
    public void EditorScratchFilesAreIgnored(string path, bool ignored) => Assert.Equal(ignored, InputWatcher.IsScratch(path));
}
