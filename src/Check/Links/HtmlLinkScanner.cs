using System.Text;

namespace Limber.Check.Links;

/// <summary>
/// Reads a page's ids and links by scanning its tags with the HTML5 tokenizer's rules, for the markup a generator
/// writes: tag and attribute names lower-cased (ASCII only), double-, single- and unquoted values, comments (including
/// <c>&lt;!--&gt;</c>), the doctype, end tags (read and passed over), a <c>&lt;</c> that opens no tag read as text,
/// and the raw-text bodies of script, style, xmp, iframe, noembed, noframes, title and textarea skipped up to their end
/// tag. Text between tags is jumped over with a vectorized search instead of being walked character by character.
/// <para>
/// It reads only what it can read exactly. Anything else (a NUL or carriage return anywhere, <c>&lt;?</c>, a
/// <c>&lt;!</c> that is neither a comment nor a doctype, an end tag that turns into a bogus comment, a tag cut off by
/// the end of the file, an attribute name with a quote or <c>&lt;</c> in it, the same link attribute twice in one tag, <c>&lt;!--</c> inside a script,
/// <c>--!</c> in a comment, a character reference other than amp, lt, gt, quot, apos or a numeric one closed by
/// <c>;</c> that maps to itself) makes <see cref="TryRead"/> return false, and the page is read by AngleSharp's
/// tokenizer instead.
/// </para>
/// </summary>
internal static class HtmlLinkScanner
{
    /// <summary>Adds the ids and links of <paramref name="html"/> to <paramref name="harvest"/>; false when the page needs the full tokenizer (the harvest is then partial).</summary>
    public static bool TryRead(string html, LinkHarvest harvest)
    {
        var text = html.AsSpan();
        if (text.IndexOfAny('\0', '\r') >= 0)
        {
            return false;
        }

        var i = 0;
        while (true)
        {
            var open = text[i..].IndexOf('<');
            if (open < 0)
            {
                return true;
            }

            i += open + 1;
            if (i == text.Length)
            {
                return true; // a '<' at the end is text
            }

            var c = text[i];
            if (char.IsAsciiLetter(c))
            {
                if (!TryReadTag(html, ref i, harvest, out var element))
                {
                    return false;
                }

                if (RawTextEnd(element) is { } name && !TrySkipRawText(text, ref i, name, element == HtmlLinks.Script))
                {
                    return false;
                }
            }
            else if (c == '/')
            {
                i++;
                if (i == text.Length)
                {
                    return false;
                }

                if (text[i] == '>')
                {
                    i++; // "</>" is dropped
                }
                else if (!char.IsAsciiLetter(text[i]) || !TryReadTag(html, ref i, harvest: null, out _))
                {
                    return false;
                }
            }
            else if (c == '!')
            {
                if (!TrySkipDeclaration(text, ref i))
                {
                    return false;
                }
            }
            else if (c == '?')
            {
                return false;
            }

            // Anything else: the '<' was text, and scanning goes on from the character after it.
        }
    }

    /// <summary>The element names whose bodies are raw text (not read as tags), as the tree builder switches the tokenizer.</summary>
    private static string? RawTextEnd(byte element) => element switch
    {
        HtmlLinks.Script or HtmlLinks.Style or HtmlLinks.Xmp or HtmlLinks.Iframe or HtmlLinks.Noembed or HtmlLinks.Noframes or HtmlLinks.Title or HtmlLinks.Textarea => HtmlLinks.Elements[element],
        _ => null,
    };

    /// <summary>
    /// Reads a tag from its name (at <paramref name="i"/>) to just past its '&gt;'. A start tag's kept attributes go to
    /// <paramref name="harvest"/>; an end tag (no harvest) is read the same way and its attributes are dropped.
    /// </summary>
    private static bool TryReadTag(string html, ref int i, LinkHarvest? harvest, out byte element)
    {
        var text = html.AsSpan();
        var start = i;
        while (i < text.Length && !IsTagNameEnd(text[i]))
        {
            i++;
        }

        element = harvest is null ? HtmlLinks.Other : ElementOf(text[start..i]);
        harvest?.StartTag(element);
        var seen = 0;
        while (true)
        {
            // Before an attribute name: whitespace and a '/' that does not close the tag are passed over.
            while (i < text.Length && (IsSpace(text[i]) || text[i] == '/'))
            {
                i++;
            }

            if (i == text.Length)
            {
                return false;
            }

            if (text[i] == '>')
            {
                i++;
                harvest?.EndTag();
                return true;
            }

            if (text[i] == '=')
            {
                return false;
            }

            var nameStart = i;
            while (i < text.Length && !IsAttributeNameEnd(text[i]))
            {
                if (text[i] is '"' or '\'' or '<')
                {
                    return false;
                }

                i++;
            }

            var attribute = AttributeOf(text[nameStart..i]);
            SkipSpaces(text, ref i);
            if (i == text.Length)
            {
                return false;
            }

            var value = ReadOnlyMemory<char>.Empty;
            if (text[i] == '=')
            {
                i++;
                SkipSpaces(text, ref i);
                if (i == text.Length)
                {
                    return false;
                }

                if (!TryReadValue(html, ref i, out value))
                {
                    return false;
                }
            }

            if (attribute != LinkAttribute.None)
            {
                var bit = 1 << (int)attribute;
                if ((seen & bit) != 0)
                {
                    return false; // the tokenizer keeps the first; not worth reading exactly
                }

                seen |= bit;
                harvest?.Attribute(attribute, value);
            }
        }
    }

    /// <summary>An attribute value from its first character; a '&gt;' there is an empty value and is left for the tag to end on.</summary>
    private static bool TryReadValue(string html, ref int i, out ReadOnlyMemory<char> value)
    {
        var text = html.AsSpan();
        int start, end;
        var quote = text[i];
        if (quote is '"' or '\'')
        {
            start = i + 1;
            var close = text[start..].IndexOf(quote);
            if (close < 0)
            {
                value = default;
                return false;
            }

            end = start + close;
            i = end + 1;
        }
        else
        {
            start = i;
            while (i < text.Length && !IsSpace(text[i]) && text[i] != '>')
            {
                i++; // quotes, '<', '=' and '`' are errors the tokenizer keeps in the value
            }

            if (i == text.Length)
            {
                value = default;
                return false;
            }

            end = i;
        }

        var raw = html.AsMemory(start, end - start);
        if (!raw.Span.Contains('&'))
        {
            value = raw;
            return true;
        }

        return AttributeCharacterReferences.TryDecode(raw.Span, out value);
    }

    /// <summary>Passes over a comment or a doctype from the '!' at <paramref name="i"/>.</summary>
    private static bool TrySkipDeclaration(ReadOnlySpan<char> text, ref int i)
    {
        var rest = text[(i + 1)..];
        if (rest.StartsWith("--"))
        {
            // "<!-->" and "<!--->" end at once, so the end is looked for from the opening dashes.
            var body = text[(i + 1)..];
            var close = body.IndexOf("-->");
            if (close < 0)
            {
                return false;
            }

            if (body[..close].Contains("--!", StringComparison.Ordinal))
            {
                return false;
            }

            i += 1 + close + 3;
            return true;
        }

        if (rest.Length >= 7 && Ascii.EqualsIgnoreCase(rest[..7], "doctype"))
        {
            var close = rest.IndexOf('>');
            if (close < 0)
            {
                return false;
            }

            i += 1 + close + 1;
            return true;
        }

        return false;
    }

    /// <summary>
    /// Passes over a raw-text body from just after its start tag to the '&lt;' of its end tag (<c>&lt;/name</c> followed
    /// by whitespace, '/' or '&gt;', any case), or to the end of the file when there is none.
    /// </summary>
    private static bool TrySkipRawText(ReadOnlySpan<char> text, ref int i, string name, bool isScript)
    {
        var from = i;
        var at = i;
        while (true)
        {
            var close = text[at..].IndexOf("</");
            if (close < 0)
            {
                at = text.Length;
                break;
            }

            at += close;
            var after = at + 2 + name.Length;
            if (after < text.Length && Ascii.EqualsIgnoreCase(text.Slice(at + 2, name.Length), name) && (IsSpace(text[after]) || text[after] is '/' or '>'))
            {
                break;
            }

            at += 2;
        }

        if (isScript && text[from..at].Contains("<!--", StringComparison.Ordinal))
        {
            return false; // script's escaped states are the tokenizer's to read
        }

        i = at;
        return true;
    }

    private static byte ElementOf(ReadOnlySpan<char> name)
    {
        if (name.Length > 8)
        {
            return HtmlLinks.Other;
        }

        Span<char> lower = stackalloc char[name.Length];
        for (var i = 0; i < name.Length; i++)
        {
            lower[i] = char.IsAsciiLetterUpper(name[i]) ? (char)(name[i] | 0x20) : name[i];
        }

        return HtmlLinks.ElementIndex(lower);
    }

    private static LinkAttribute AttributeOf(ReadOnlySpan<char> name)
    {
        if (name.Length is < 2 or > 6)
        {
            return LinkAttribute.None;
        }

        Span<char> lower = stackalloc char[name.Length];
        for (var i = 0; i < name.Length; i++)
        {
            lower[i] = char.IsAsciiLetterUpper(name[i]) ? (char)(name[i] | 0x20) : name[i];
        }

        return HtmlLinks.AttributeIndex(lower);
    }

    private static void SkipSpaces(ReadOnlySpan<char> text, ref int i)
    {
        while (i < text.Length && IsSpace(text[i]))
        {
            i++;
        }
    }

    private static bool IsSpace(char c) => c is ' ' or '\n' or '\t' or '\f';

    private static bool IsTagNameEnd(char c) => c is ' ' or '\n' or '\t' or '\f' or '/' or '>';

    private static bool IsAttributeNameEnd(char c) => c is ' ' or '\n' or '\t' or '\f' or '/' or '>' or '=';
}
