using Limber.Diagnostics;
using Limber.Pages;

namespace Limber.Tests.Core.Pages;

public class UnknownFieldMessagesTests
{
    private static string Warning(string text, UnknownFieldMessages? messages) =>
        Assert.Single(FrontMatterParser.Parse(text, "content/a.md", messages).Diagnostics, d => d.Code == DiagnosticCodes.FrontMatterUnknownField).Message;

    [Fact]
    public void PagesParsedWithOneTableShareOneMessagePerField()
    {
        var messages = new UnknownFieldMessages();
        var first = Warning("---\ntitle: a\nauthor: me\n---\n", messages);
        var second = Warning("---\ntitle: b\nauthor: you\n---\n", messages);
        Assert.Same(first, second);
        Assert.NotSame(first, Warning("---\ntitle: c\nauthor: them\n---\n", new UnknownFieldMessages()));
    }

    [Fact]
    public void WithoutATableTheTextIsTheSame()
    {
        var shared = Warning("---\nauthor: me\n---\n", new UnknownFieldMessages());
        var alone = Warning("---\nauthor: me\n---\n", null);
        Assert.Equal(shared, alone);
        Assert.StartsWith("unknown front matter field 'author' is ignored (known: title, description", alone);
    }
}
