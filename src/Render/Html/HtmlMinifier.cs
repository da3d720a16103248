using System.Text;

namespace Limber.Render.Html;

/// <summary>
/// A cheap, safe HTML minifier: one pass, O(length). Whitespace is collapsed (a run that holds a line break becomes one
/// line break, any other run one space) and dropped next to block-level tags, where browsers ignore it. The content of
/// <c>pre</c>, <c>textarea</c>, <c>script</c> and <c>style</c> is copied unchanged, and so is whitespace between inline
/// elements, where it is visible. Comments are kept (they are rare in layouts and may be conditional).
/// </summary>
public static class HtmlMinifier
{
    private static readonly HashSet<string> Block = new(StringComparer.OrdinalIgnoreCase)
    {
        "html", "head", "body", "meta", "link", "title", "script", "style", "header", "footer", "main", "nav", "article", "section",
        "aside", "div", "p", "ul", "ol", "li", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "table", "caption", "thead",
        "tbody", "tfoot", "tr", "td", "th", "form", "fieldset", "legend", "blockquote", "hr", "br", "figure", "figcaption",
        "details", "summary", "pre", "noscript", "!doctype",
    };

    private static readonly string[] Raw = ["pre", "textarea", "script", "style"];

    public static string Minify(string html)
    {
        var sb = new StringBuilder(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '<')
            {
                var end = html.IndexOf('>', i);
                if (end < 0)
                {
                    sb.Append(html, i, html.Length - i);
                    break;
                }

                sb.Append(html, i, end - i + 1);
                var name = TagName(html, i);
                var raw = !html.AsSpan(i + 1).StartsWith("/") ? Array.Find(Raw, r => r.Equals(name, StringComparison.OrdinalIgnoreCase)) : null;
                i = end + 1;
                if (raw is not null)
                {
                    var close = html.IndexOf("</" + raw, i, StringComparison.OrdinalIgnoreCase);
                    close = close < 0 ? html.Length : close;
                    sb.Append(html, i, close - i);
                    i = close;
                }

                continue;
            }

            if (!char.IsWhiteSpace(c))
            {
                sb.Append(c);
                i++;
                continue;
            }

            var start = i;
            var newline = false;
            while (i < html.Length && char.IsWhiteSpace(html[i]))
            {
                newline |= html[i] == '\n';
                i++;
            }

            var afterBlock = start > 0 && html[start - 1] == '>' && IsBlockTagEndingAt(sb);
            var beforeBlock = i < html.Length && html[i] == '<' && Block.Contains(TagName(html, i));
            if (afterBlock || beforeBlock || start == 0 || i == html.Length)
            {
                continue;
            }

            sb.Append(newline ? '\n' : ' ');
        }

        return sb.ToString();
    }

    /// <summary>The name of the tag starting at <paramref name="lt"/> ('&lt;'), without a leading '/'.</summary>
    private static string TagName(string html, int lt)
    {
        var s = lt + 1;
        if (s < html.Length && html[s] == '/')
        {
            s++;
        }

        var e = s;
        while (e < html.Length && (char.IsLetterOrDigit(html[e]) || html[e] == '!'))
        {
            e++;
        }

        return html[s..e];
    }

    /// <summary>Whether the text written so far ends with a block-level tag.</summary>
    private static bool IsBlockTagEndingAt(StringBuilder sb)
    {
        var j = sb.Length - 1;
        while (j >= 0 && sb[j] != '<')
        {
            j--;
        }

        if (j < 0)
        {
            return false;
        }

        var s = j + 1;
        if (s < sb.Length && sb[s] == '/')
        {
            s++;
        }

        var e = s;
        while (e < sb.Length && (char.IsLetterOrDigit(sb[e]) || sb[e] == '!'))
        {
            e++;
        }

        return Block.Contains(sb.ToString(s, e - s));
    }
}
