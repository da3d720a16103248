using System.Net;

namespace Limber.Render.Search;

/// <summary>HTML as text: each tag is a space, entities are decoded, the content of <c>script</c> and <c>style</c> is skipped.</summary>
public static class HtmlText
{
    /// <summary>Feeds the text of <paramref name="html"/> to every sink, one run between tags at a time.</summary>
    public static void Feed(string html, params ReadOnlySpan<ITextSink> sinks)
    {
        var at = 0;
        while (at < html.Length)
        {
            var open = html.IndexOf('<', at);
            var close = open < 0 ? -1 : html.IndexOf('>', open + 1);
            while (open >= 0 && close == open + 1)
            {
                // "<>" is not a tag: look for the next '<'.
                open = html.IndexOf('<', open + 1);
                close = open < 0 ? -1 : html.IndexOf('>', open + 1);
            }

            var end = open < 0 || close < 0 ? html.Length : open;
            if (end > at)
            {
                var run = html.AsSpan(at, end - at);
                ReadOnlySpan<char> text = run.Contains('&') ? WebUtility.HtmlDecode(run.ToString()) : run;
                foreach (var sink in sinks)
                {
                    sink.Add(text);
                }
            }

            if (end == html.Length)
            {
                return;
            }

            foreach (var sink in sinks)
            {
                sink.Add(" ");
            }

            at = close + 1;
            var tag = html.AsSpan(open + 1, close - open - 1);
            foreach (var raw in (ReadOnlySpan<string>)["script", "style"])
            {
                if (tag.StartsWith(raw, StringComparison.OrdinalIgnoreCase) && (tag.Length == raw.Length || !char.IsAsciiLetterOrDigit(tag[raw.Length])))
                {
                    var skip = html.IndexOf("</" + raw, at, StringComparison.OrdinalIgnoreCase);
                    at = skip < 0 ? html.Length : skip;
                }
            }
        }
    }
}
