using System.Text;

namespace Limber.Render.Theme;

/// <summary>
/// The theme's stylesheet written into each page's <c>&lt;style&gt;</c> instead of linked, when it is small: a linked
/// stylesheet blocks the first paint for one more request, which Lighthouse's simulated phone connection (150 ms round
/// trips) counts on every page. Above <see cref="MaxBytes"/> (a theme override that grew) it stays a linked file, whose
/// cost is then paid once per visit instead of on every page. The file is written either way.
/// </summary>
public static class InlineStylesheet
{
    /// <summary>Largest minified stylesheet that is inlined: a few kilobytes per page once compressed.</summary>
    public const int MaxBytes = 20 * 1024;

    public const string Path = "assets/site.css";

    /// <summary>The minified stylesheet to inline, or null to link it.</summary>
    public static string? For(ThemeFiles theme)
    {
        if (!theme.TryGet(Path, out var css, out _))
        {
            return null;
        }

        var minified = Minify(css);
        return Encoding.UTF8.GetByteCount(minified) <= MaxBytes && !minified.Contains("</style", StringComparison.OrdinalIgnoreCase) ? minified : null;
    }

    /// <summary>
    /// Comments out, white space collapsed and dropped beside <c>{ } ; , : &gt;</c>, the last <c>;</c> of a block dropped;
    /// strings are copied as they are. A space before <c>:</c> is kept (<c>.a :first-child</c> is not <c>.a:first-child</c>).
    /// </summary>
    public static string Minify(string css)
    {
        var output = new StringBuilder(css.Length);
        var pendingSpace = false;
        for (var i = 0; i < css.Length; i++)
        {
            var c = css[i];
            if (c == '/' && i + 1 < css.Length && css[i + 1] == '*')
            {
                var end = css.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? css.Length : end + 1;
                pendingSpace = true;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }

            if (c == '}' && output.Length > 0 && output[^1] == ';')
            {
                output.Length--;
            }

            if (pendingSpace && output.Length > 0 && !IsTight(output[^1], after: true) && !IsTight(c, after: false))
            {
                output.Append(' ');
            }

            pendingSpace = false;
            if (c is '"' or '\'')
            {
                var close = i + 1;
                while (close < css.Length && css[close] != c)
                {
                    close += css[close] == '\\' ? 2 : 1;
                }

                close = Math.Min(close, css.Length - 1);
                output.Append(css, i, close - i + 1);
                i = close;
                continue;
            }

            output.Append(c);
        }

        return output.ToString();
    }

    /// <summary>Whether no space is needed beside <paramref name="c"/>: after it (<paramref name="after"/>) or before it.</summary>
    private static bool IsTight(char c, bool after) => c is '{' or '}' or ';' or ',' or '>' || (after && c == ':');
}
