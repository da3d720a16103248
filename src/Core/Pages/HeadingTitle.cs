using System.Text.RegularExpressions;
using Limber.Markdown;

namespace Limber.Pages;

/// <summary>
/// The title a Markdown body gives itself when its front matter has none: the level-1 heading it opens with
/// (<c># Title</c> or <c>Title</c> over <c>===</c>), after blank lines and HTML comments, as MkDocs and GitHub take it.
/// The layout shows the title as the page's one <c>&lt;h1&gt;</c>, so the heading is taken out of the body; its lines
/// are left blank rather than removed, so every later line keeps its number for diagnostics.
/// </summary>
public static partial class HeadingTitle
{
    [GeneratedRegex(@"^ {0,3}#[ \t]+(?<text>.*?)(?:[ \t]+#+)?[ \t]*$")]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"^ {0,3}=+[ \t]*$")]
    private static partial Regex SetextUnderline();

    /// <summary>The opening heading's text as plain text and the body without it; null when the body does not open with one.</summary>
    public static (string Title, string Body)? Take(string body)
    {
        var lines = body.Split('\n');
        var i = 0;
        var inComment = false;
        for (; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r').Trim();
            if (inComment)
            {
                inComment = !line.Contains("-->", StringComparison.Ordinal);
                continue;
            }

            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith("<!--", StringComparison.Ordinal))
            {
                inComment = !line.Contains("-->", StringComparison.Ordinal);
                if (!inComment && !line.EndsWith("-->", StringComparison.Ordinal))
                {
                    return null; // a comment followed by text on the same line: the text opens the page
                }

                continue;
            }

            break;
        }

        if (i >= lines.Length)
        {
            return null;
        }

        var first = lines[i].TrimEnd('\r');
        string raw;
        int taken;
        if (AtxHeading().Match(first) is { Success: true } atx)
        {
            raw = atx.Groups["text"].Value;
            taken = 1;
        }
        else if (i + 1 < lines.Length && first.Length - first.TrimStart(' ').Length <= 3 && first.Trim().Length > 0 &&
                 !first.TrimStart().StartsWith('<') && SetextUnderline().IsMatch(lines[i + 1].TrimEnd('\r')))
        {
            raw = first.Trim();
            taken = 2;
        }
        else
        {
            return null;
        }

        var title = PlainText(raw);
        if (title.Length == 0)
        {
            return null;
        }

        for (var k = i; k < i + taken; k++)
        {
            lines[k] = "";
        }

        return (title, string.Join('\n', lines));
    }

    /// <summary>Inline Markdown (<c>The `mkdocs` command</c>, links, emphasis, a trailing <c>{#id}</c>) as the plain text a reader sees.</summary>
    private static string PlainText(string inline)
    {
        var text = Markdig.Markdown.ToPlainText("# " + inline, SiteMarkdown.Pipeline); // read as the heading it was
        return string.Join(' ', text.Split((char[])['\n', '\r', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
    }
}
