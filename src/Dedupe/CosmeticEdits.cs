using System.Text;
using System.Text.RegularExpressions;

namespace Limber.Dedupe;

/// <summary>Names the cosmetic edits between two copies the verifier has accepted (for the report's reason).</summary>
public static partial class CosmeticEdits
{
    public static EditKinds Detect(string rawA, NormalizedText a, string rawB, NormalizedText b)
    {
        if (rawA == rawB)
        {
            return EditKinds.None;
        }

        var kinds = EditKinds.None;
        if ((rawA.Contains('&') || rawB.Contains('&')) && !Entities(rawA).SequenceEqual(Entities(rawB)))
        {
            kinds |= EditKinds.Entity;
        }

        if (IrregularWhitespace(rawA) != IrregularWhitespace(rawB))
        {
            kinds |= EditKinds.Whitespace;
        }

        if (a.HadBullet != b.HadBullet)
        {
            kinds |= EditKinds.Bullet;
        }

        if (a.HadReadMore != b.HadReadMore)
        {
            kinds |= EditKinds.ReadMore;
        }

        var da = Body(rawA, a);
        var db = Body(rawB, b);
        if (Compatibility(da) != Compatibility(db))
        {
            kinds |= EditKinds.Unicode;
        }

        kinds |= StyleDifference(Select(da, IsQuote), Select(db, IsQuote), EditKinds.Quotes);
        kinds |= StyleDifference(Select(da, IsDashOrEllipsis), Select(db, IsDashOrEllipsis), EditKinds.Dashes);
        if (Select(a.Text, IsOtherPunctuation) != Select(b.Text, IsOtherPunctuation))
        {
            kinds |= EditKinds.Punctuation;
        }

        if (CaseDiffers(a, b))
        {
            kinds |= EditKinds.Case;
        }

        return kinds;
    }

    private static EditKinds StyleDifference(string x, string y, EditKinds style)
    {
        if (x == y)
        {
            return EditKinds.None;
        }

        return Fold(x) == Fold(y) ? style : EditKinds.Punctuation;
    }

    private static string Fold(string s) => DashRun().Replace(new string(s.Replace("\u2026", "...").Select(TextNormalizer.FoldChar).ToArray()), "-");

    [GeneratedRegex("-{2,}")]
    private static partial Regex DashRun();

    /// <summary>The decoded text without a leading bullet or a trailing "Read more", whitespace collapsed, before NFKC and folding.</summary>
    private static string Body(string raw, NormalizedText n)
    {
        var s = WhitespaceRun().Replace(TextNormalizer.DecodeEntities(raw), " ").Trim();
        if (n.HadBullet && s.Length > 0 && TextNormalizer.LeadingBullet().Match(s) is { Success: true } m)
        {
            s = s[m.Length..];
        }

        if (n.HadReadMore && TextNormalizer.TrailingReadMore().Match(s) is { Success: true, Index: > 0 } r)
        {
            s = s[..r.Index];
        }

        return s;
    }

    private static List<string> Entities(string raw) => [.. EntityPattern().Matches(raw).Select(m => m.Value.ToLowerInvariant())];

    private static string IrregularWhitespace(string raw)
    {
        var sb = new StringBuilder();
        foreach (Match m in WhitespaceRun().Matches(raw))
        {
            var leadingOrTrailing = m.Index == 0 || m.Index + m.Length == raw.Length;
            if (leadingOrTrailing || m.Value != " ")
            {
                sb.Append(leadingOrTrailing ? (m.Index == 0 ? "^" : "$") : "").Append(m.Value).Append('|');
            }
        }

        return sb.ToString();
    }

    private static string Compatibility(string s)
    {
        var sb = new StringBuilder();
        foreach (var c in s)
        {
            if (c >= '\u0080' && c != '\u2026' && !char.IsWhiteSpace(c) && TextNormalizer.CompatibilityForm(c) is not null)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static string Select(string s, Func<char, bool> keep) => new([.. s.Where(keep)]);

    private static bool IsQuote(char c) => c is '\'' or '"' or '`' or '\u00B4' or '\u2018' or '\u2019' or '\u201A' or '\u201B'
        or '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2032' or '\u2033' or '\u00AB' or '\u00BB';

    private static bool IsDashOrEllipsis(char c) => c is '-' or '\u2026' or '.' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212';

    private static bool IsOtherPunctuation(char c) => !char.IsLetterOrDigit(c) && !char.IsWhiteSpace(c) && c is not ('\'' or '"' or '-');

    private static bool CaseDiffers(NormalizedText a, NormalizedText b)
    {
        var n = Math.Min(a.TokenCount, b.TokenCount);
        for (var i = 0; i < n && a.Hashes[i] == b.Hashes[i]; i++)
        {
            if (!a.Cased(i).SequenceEqual(b.Cased(i)))
            {
                return true;
            }
        }

        for (int i = a.TokenCount - 1, j = b.TokenCount - 1; i >= 0 && j >= 0 && a.Hashes[i] == b.Hashes[j]; i--, j--)
        {
            if (!a.Cased(i).SequenceEqual(b.Cased(j)))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")]
    private static partial Regex EntityPattern();

    [GeneratedRegex(@"[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+")]
    private static partial Regex WhitespaceRun();
}
