using System.Collections.Frozen;
using System.Text;

namespace Limber.Render.Html;

/// <summary>
/// A cheap, safe HTML minifier: one pass, O(length). Whitespace is collapsed (a run that holds a line break becomes one
/// line break, any other run one space) and dropped next to block-level tags, where browsers ignore it, except that one
/// line break always follows the end of a definition, table cell, caption and the like (see <see cref="Separated"/>). The content of
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

    /// <summary>
    /// Block-level elements that search indexers such as Pagefind do not end a sentence at: after one of these closes,
    /// a line break is kept (or added) before whatever follows, so that their text is not glued to the next
    /// ("How much to doReps", "Bulging discA disc"). Pagefind separates p, h1–h6, td, div, ul, li, article and section itself.
    /// </summary>
    private static readonly HashSet<string> Separated = new(StringComparer.OrdinalIgnoreCase)
    {
        "dt", "dd", "dl", "th", "tr", "thead", "tbody", "tfoot", "table", "caption", "ol", "blockquote", "pre", "figure", "figcaption",
        "details", "summary", "fieldset", "legend", "form", "header", "footer", "nav", "main", "aside",
    };

    /// <summary>What ends a stretch of text and single spaces: a tag or white space other than a space.</summary>
    private static readonly System.Buffers.SearchValues<char> StretchStops = System.Buffers.SearchValues.Create("<\t\r\n\f");

    private static readonly string[] Raw = ["pre", "textarea", "script", "style"];

    /// <summary>Every tag name the minifier treats specially, with what it is: one look-up per tag.</summary>
    private static readonly FrozenDictionary<string, TagKind>.AlternateLookup<ReadOnlySpan<char>> Kinds =
        Block.Union(Separated, StringComparer.OrdinalIgnoreCase).Union(Raw, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(n => n, n => (Block.Contains(n) ? TagKind.Block : 0) | (Separated.Contains(n) ? TagKind.Separated : 0) | (Raw.Contains(n, StringComparer.OrdinalIgnoreCase) ? TagKind.Raw : 0), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    [Flags]
    private enum TagKind : byte
    {
        None = 0,
        Block = 1,
        Separated = 2,
        Raw = 4,
    }

    private static TagKind KindOf(ReadOnlySpan<char> name) => Kinds.TryGetValue(name, out var kind) ? kind : TagKind.None;

    // One builder per render thread, reused page after page: a page's worth of chars is allocated once per thread instead
    // of once per page (about 110 MB less garbage on the 10,000-page bench site). Very large pages do not keep theirs.
    [ThreadStatic]
    private static StringBuilder? _builder;

    private const int KeptCapacity = 1 << 20;

    public static string Minify(string html) => Minify(html.AsSpan());

    /// <summary>The minified copy of <paramref name="html"/>, which may be a layout's output still in its buffer (no string of it made first).</summary>
    public static string Minify(ReadOnlySpan<char> html)
    {
        var sb = _builder ?? new StringBuilder(Math.Max(html.Length, 16 * 1024));
        _builder = null;
        sb.Clear();
        try
        {
            return Minify(html, sb);
        }
        finally
        {
            if (sb.Capacity <= KeptCapacity)
            {
                _builder = sb;
            }
        }
    }

    private static string Minify(ReadOnlySpan<char> html, StringBuilder sb)
    {
        var afterBlockTag = false; // the last thing written is a block-level tag
        var separate = false; // the last thing written closes an element whose text must not touch what follows
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '<')
            {
                var end = html[i..].IndexOf('>');
                if (end < 0)
                {
                    sb.Append(html[i..]);
                    break;
                }

                end += i;

                var closing = i + 1 < html.Length && html[i + 1] == '/';
                if (separate && !closing)
                {
                    sb.Append('\n');
                }

                sb.Append(html[i..(end + 1)]);
                var name = TagName(html, i);
                var kind = KindOf(name);
                afterBlockTag = (kind & TagKind.Block) != 0;
                separate = closing && (kind & TagKind.Separated) != 0;
                var raw = closing || (kind & TagKind.Raw) == 0 ? null : RawElement(name);
                i = end + 1;
                if (raw is not null)
                {
                    var close = html[i..].IndexOf("</" + raw, StringComparison.OrdinalIgnoreCase);
                    close = close < 0 ? html.Length : close + i;
                    sb.Append(html[i..close]);
                    i = close;
                }

                continue;
            }

            if (!IsHtmlSpace(c))
            {
                // Copy the run of text up to the next tag or whitespace in one go.
                if (separate)
                {
                    sb.Append('\n');
                    separate = false;
                }

                var length = TextRun(html[i..]);
                sb.Append(html.Slice(i, length));
                afterBlockTag = false;
                i += length;
                continue;
            }

            var start = i;
            var newline = false;
            while (i < html.Length && IsHtmlSpace(html[i]))
            {
                newline |= html[i] == '\n';
                i++;
            }

            var beforeBlockTag = i < html.Length && html[i] == '<' && (KindOf(TagName(html, i)) & TagKind.Block) != 0;
            if (afterBlockTag || beforeBlockTag || start == 0 || i == html.Length)
            {
                continue;
            }

            sb.Append(newline ? '\n' : ' ');
            separate = false;
        }

        return sb.ToString();
    }

    /// <summary>
    /// How much of <paramref name="text"/> (which starts with a character that is not white space) is copied as it is:
    /// the words up to the next tag or white space, and with them every single space between two words, which the
    /// white-space rule would write back unchanged (it is not next to a tag, nor the end). Copying the stretch in one
    /// go instead of word by word is what keeps the minifier cheap on pages of prose.
    /// </summary>
    private static int TextRun(ReadOnlySpan<char> text)
    {
        var stop = text.IndexOfAny(StretchStops);
        var stretch = stop < 0 ? text : text[..stop];
        var end = stretch.TrimEnd(' ').Length; // a space before the stop is the white-space rule's to write or drop
        var doubled = stretch[..end].IndexOf("  ", StringComparison.Ordinal);
        // Two spaces or more collapse: copy up to the first space of the run, the white-space rule does the rest. The
        // stretch starts with a character that is not a space, so the length is never 0.
        return doubled >= 0 ? doubled : end;
    }

    /// <summary>HTML's ASCII whitespace only: a no-break space (U+00A0) and other Unicode spaces are content.</summary>
    private static bool IsHtmlSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    private static string? RawElement(ReadOnlySpan<char> name)
    {
        foreach (var r in Raw)
        {
            if (name.Equals(r, StringComparison.OrdinalIgnoreCase))
            {
                return r;
            }
        }

        return null;
    }

    /// <summary>The name of the tag starting at <paramref name="lt"/> ('&lt;'), without a leading '/'.</summary>
    private static ReadOnlySpan<char> TagName(ReadOnlySpan<char> html, int lt)
    {
        var s = lt + 1;
        if (s < html.Length && html[s] == '/')
        {
            s++;
        }

        var e = s;
        while (e < html.Length && (char.IsAsciiLetterOrDigit(html[e]) || html[e] == '!'))
        {
            e++;
        }

        return html[s..e];
    }
}
