using System.Globalization;
using System.Text;

namespace Limber.Text;

/// <summary>URL slugs: lower-case ASCII letters and digits joined by single hyphens.</summary>
public static class Slug
{
    public static string From(string text)
    {
        var slug = Lower(text, keepPunctuation: false);
        return slug.Length == 0 ? "page" : slug;
    }

    /// <summary>
    /// One segment of a page's address made from a file or folder name, as Hugo, Zola and MkDocs make it: lower case,
    /// accents dropped, letters, digits, '_', '-' and '.' kept (<c>hugo_build</c>, <c>v1.2</c>), any other run of
    /// characters one hyphen. Unlike <see cref="From"/> it keeps the underscores and dots that links written for those
    /// generators spell out.
    /// </summary>
    public static string FromPathSegment(string name)
    {
        var segment = Lower(name, keepPunctuation: true).Trim('.');
        return segment.Length == 0 ? "page" : segment;
    }

    /// <param name="keepPunctuation">Keep '_', '-' and '.' as they are instead of reading them as separators.</param>
    private static string Lower(string text, bool keepPunctuation)
    {
        var sb = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var ch in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var c = char.ToLowerInvariant(ch);
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || (keepPunctuation && c is '_' or '.' or '-'))
            {
                if (pendingHyphen && sb.Length > 0 && c != '-')
                {
                    sb.Append('-');
                }

                sb.Append(c);
                pendingHyphen = false;
            }
            else if (c != '\'' && c != '\u2019')
            {
                pendingHyphen = true;
            }
        }

        return sb.ToString();
    }
}
