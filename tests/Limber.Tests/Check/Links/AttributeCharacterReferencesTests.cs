using Limber.Check.Links;

namespace Limber.Tests.Check.Links;

public class AttributeCharacterReferencesTests
{
    [Theory]
    [InlineData("/a?x=1&amp;y=2", "/a?x=1&y=2")]
    [InlineData("&lt;&gt;&quot;&apos;", "<>\"'")]
    [InlineData("&#65;&#x42;&#X43;&#x1F600;", "ABC😀")]
    [InlineData("a & b && &- &= &/", "a & b && &- &= &/")]
    [InlineData("ends with &", "ends with &")]
    public void DecodesTheReferencesItKnowsAndKeepsABareAmpersand(string raw, string expected)
    {
        Assert.True(AttributeCharacterReferences.TryDecode(raw, out var value));
        Assert.Equal(expected, value.ToString());
    }

    [Theory]
    [InlineData("&copy;")] // named, but not one of the five
    [InlineData("&amp")] // no ';'
    [InlineData("?a=1&b=2")] // could start a named reference
    [InlineData("&;")]
    [InlineData("&#;")]
    [InlineData("&#0;")]
    [InlineData("&#128;")] // mapped through windows-1252 by the tokenizer
    [InlineData("&#xD800;")]
    [InlineData("&#x110000;")]
    [InlineData("&#1234567;")]
    [InlineData("&#x1G;")]
    public void LeavesEverythingElseToTheTokenizer(string raw)
    {
        Assert.False(AttributeCharacterReferences.TryDecode(raw, out _));
    }
}
