using System.Collections.Immutable;

namespace Limber.Pages;

/// <summary>
/// One field of a front matter block: its key and where it is, and its value when that is a single value
/// (<see cref="IsScalar"/>) or a list of single values (<see cref="Items"/>; a null item is a nested mapping or list).
/// Lines and columns are 1-based and count from the top of the Markdown file.
/// </summary>
internal sealed record FrontMatterEntry(string Key, int KeyLine, int KeyColumn, int ValueLine, int ValueColumn, bool IsScalar, string? Scalar, ImmutableArray<string?>? Items)
{
    /// <summary>The fields of a nested mapping (<c>sidebar: {order: 2}</c>, a TOML <c>[sidebar]</c> table); null for other values.</summary>
    public ImmutableArray<FrontMatterEntry>? Children { get; init; }
}

/// <summary>
/// Reads the plain front matter nearly every page has — <c>key: value</c> lines, <c>- item</c> lists and one-line
/// <c>[a, b]</c> lists, values bare,
/// <c>"double"</c> or <c>'single'</c> quoted without escapes — without building a YAML document. Anything else
/// (escapes, comments after a value, flow lists, block scalars, nesting, tabs, anchors, a repeated key, an empty value)
/// returns null and the caller reads the block with YamlDotNet, so the result is always what a YAML parser gives.
/// Reading the 10,000-page benchmark's front matter this way costs a tenth of what YamlDotNet did.
/// </summary>
internal static class SimpleYaml
{
    /// <summary>Reads <paramref name="lines"/>[<paramref name="from"/>..<paramref name="to"/>) of a file, or null when they are not plain.</summary>
    public static List<FrontMatterEntry>? TryRead(string[] lines, int from, int to)
    {
        var entries = new List<FrontMatterEntry>(to - from);
        string? listKey = null; // the last key, when its value was empty and list items may follow
        int listKeyLine = 0, listLine = 0, listColumn = 0, listIndent = -1;
        List<string?>? items = null;

        bool EndList()
        {
            if (listKey is null)
            {
                return true;
            }

            if (items is null)
            {
                return false; // "key:" with nothing after it: let YamlDotNet say where its empty value is
            }

            entries.Add(new FrontMatterEntry(listKey, listKeyLine, 1, listLine, listColumn, false, null, [.. items]));
            listKey = null;
            items = null;
            listIndent = -1;
            return true;
        }

        for (var i = from; i < to; i++)
        {
            var line = lines[i].AsSpan().TrimEnd('\r');
            if (!IsPlainText(line))
            {
                return null;
            }

            var content = line.TrimStart(' ');
            if (content.IsEmpty || content[0] == '#')
            {
                continue;
            }

            var indent = line.Length - content.Length;
            var fileLine = i + 1;
            if (content[0] == '-' && (content.Length == 1 || content[1] == ' '))
            {
                if (listKey is null || (listIndent >= 0 && indent != listIndent))
                {
                    return null;
                }

                if (ScalarValue(content[1..].Trim(' ')) is not { } item)
                {
                    return null;
                }

                if (items is null)
                {
                    items = [];
                    listIndent = indent;
                    listLine = fileLine;
                    listColumn = indent + 1;
                }

                items.Add(item);
                continue;
            }

            if (indent > 0 || !EndList())
            {
                return null;
            }

            var colon = content.IndexOf(':');
            if (colon <= 0 || !IsKey(content[..colon]) || (colon + 1 < content.Length && content[colon + 1] != ' '))
            {
                return null;
            }

            var key = content[..colon].ToString();
            if (entries.Exists(e => e.Key == key) || key == listKey)
            {
                return null; // YamlDotNet reports the repeated key
            }

            var rest = content[(colon + 1)..];
            var valueText = rest.Trim(' ');
            if (valueText.IsEmpty)
            {
                listKey = key;
                listKeyLine = fileLine;
                continue;
            }

            var valueColumn = colon + 2 + (rest.Length - rest.TrimStart(' ').Length);
            if (valueText[0] == '[')
            {
                if (FlowList(valueText) is not { } list)
                {
                    return null;
                }

                entries.Add(new FrontMatterEntry(key, fileLine, 1, fileLine, valueColumn, false, null, list));
                continue;
            }

            if (ScalarValue(valueText) is not { } scalar)
            {
                return null;
            }

            entries.Add(new FrontMatterEntry(key, fileLine, 1, fileLine, valueColumn, true, scalar, null));
        }

        return EndList() ? entries : null;
    }

    /// <summary>A one-line <c>[a, "b c", 'd']</c> list of bare or simply quoted values, or null when it holds anything else.</summary>
    private static ImmutableArray<string?>? FlowList(ReadOnlySpan<char> text)
    {
        if (text.Length < 2 || text[^1] != ']')
        {
            return null;
        }

        var inner = text[1..^1];
        if (inner.Trim(' ').IsEmpty)
        {
            return [];
        }

        var items = ImmutableArray.CreateBuilder<string?>();
        while (true)
        {
            inner = inner.TrimStart(' ');
            int length;
            if (inner.Length > 0 && inner[0] is '"' or '\'')
            {
                var close = inner[1..].IndexOf(inner[0]);
                length = close < 0 ? -1 : close + 2;
            }
            else
            {
                length = inner.IndexOf(',') is var comma and >= 0 ? comma : inner.Length;
            }

            if (length < 0)
            {
                return null;
            }

            var item = inner[..length].TrimEnd(' ');
            if (item.IsEmpty || (item[0] is not '"' and not '\'' && item.ContainsAny("[]{}:\"'")) || ScalarValue(item) is not { } value)
            {
                return null;
            }

            items.Add(value);
            inner = inner[length..].TrimStart(' ');
            if (inner.IsEmpty)
            {
                return items.ToImmutable();
            }

            if (inner[0] != ',')
            {
                return null;
            }

            inner = inner[1..];
        }
    }

    /// <summary>The value of a bare or simply quoted scalar, or null when YAML could read it some other way.</summary>
    private static string? ScalarValue(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return null;
        }

        var quote = text[0];
        if (quote is '"' or '\'')
        {
            if (text.Length < 2 || text[^1] != quote)
            {
                return null;
            }

            var inner = text[1..^1];
            return inner.Contains(quote) || (quote == '"' && inner.Contains('\\')) ? null : inner.ToString();
        }

        // Characters that start something other than a bare value (flow lists, anchors, tags, block scalars, …),
        // and the sequences that end or comment one ("a: b", "a #b", a trailing colon).
        if ("-?:,[]{}#&*!|>%@`".Contains(quote) || text.Contains(": ", StringComparison.Ordinal) ||
            text.Contains(" #", StringComparison.Ordinal) || text[^1] == ':')
        {
            return null;
        }

        return text.ToString();
    }

    private static bool IsKey(ReadOnlySpan<char> key)
    {
        if (!char.IsAsciiLetter(key[0]))
        {
            return false;
        }

        foreach (var c in key)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not '_' and not '-')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>No tabs, control characters, byte-order marks or non-characters, which YAML treats specially.</summary>
    private static bool IsPlainText(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (c < ' ' || c is >= '\u007f' and <= '\u009f' || c is '\ufeff' or '\ufffe' or '\uffff')
            {
                return false;
            }
        }

        return true;
    }
}
