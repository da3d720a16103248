using System.Text;

namespace Limber.Check.Links;

/// <summary>
/// Character references in an attribute value, for <see cref="HtmlLinkScanner"/>: the five XML ones (amp, lt, gt, quot,
/// apos) and numeric ones, each closed by ';', and a '&amp;' that starts no reference (followed by white space or a
/// character other than a letter, digit, '#' or ';'), kept as it is. Anything else (the other named references, a
/// reference without ';', one the tokenizer replaces or maps, "&amp;;") is not decoded here: the page is then read by the
/// full tokenizer, which knows the whole table and the error cases.
/// </summary>
internal static class AttributeCharacterReferences
{
    /// <summary>A value with character references in it, decoded, when each is one read exactly here.</summary>
    public static bool TryDecode(ReadOnlySpan<char> raw, out ReadOnlyMemory<char> value)
    {
        value = default;
        var decoded = new StringBuilder(raw.Length);
        var i = 0;
        while (i < raw.Length)
        {
            var amp = raw[i..].IndexOf('&');
            if (amp < 0)
            {
                decoded.Append(raw[i..]);
                break;
            }

            decoded.Append(raw.Slice(i, amp));
            i += amp + 1;
            if (i == raw.Length || !(char.IsAsciiLetterOrDigit(raw[i]) || raw[i] is '#' or ';'))
            {
                decoded.Append('&'); // not a character reference
                continue;
            }

            // "&;" too is left to the tokenizer, which reads it as "&" where a browser keeps both.
            var semicolon = raw[i..].IndexOf(';');
            if (semicolon < 1)
            {
                return false;
            }

            var reference = raw.Slice(i, semicolon);
            if (!TryDecodeReference(reference, decoded))
            {
                return false;
            }

            i += semicolon + 1;
        }

        value = decoded.ToString().AsMemory();
        return true;
    }

    private static bool TryDecodeReference(ReadOnlySpan<char> reference, StringBuilder decoded)
    {
        switch (reference)
        {
            case "amp":
                decoded.Append('&');
                return true;
            case "lt":
                decoded.Append('<');
                return true;
            case "gt":
                decoded.Append('>');
                return true;
            case "quot":
                decoded.Append('"');
                return true;
            case "apos":
                decoded.Append('\'');
                return true;
        }

        if (reference[0] != '#' || reference.Length < 2)
        {
            return false;
        }

        var hex = reference[1] is 'x' or 'X';
        var digits = reference[(hex ? 2 : 1)..];
        if (digits.Length is 0 or > 6)
        {
            return false;
        }

        var code = 0;
        foreach (var d in digits)
        {
            int digit;
            if (char.IsAsciiDigit(d))
            {
                digit = d - '0';
            }
            else if (hex && char.IsAsciiHexDigit(d))
            {
                digit = (d | 0x20) - 'a' + 10;
            }
            else
            {
                return false;
            }

            code = (code * (hex ? 16 : 10)) + digit;
        }

        // Those the tokenizer replaces or maps (NUL, controls, the windows-1252 range, surrogates, out of range) are left to it.
        if (code < 0x20 || code is >= 0x7F and <= 0x9F || code is >= 0xD800 and <= 0xDFFF || code > 0x10FFFF)
        {
            return false;
        }

        decoded.Append(char.ConvertFromUtf32(code));
        return true;
    }
}
