using System.Text.RegularExpressions;

namespace Limber.Dedupe;

/// <summary>Ads: calls to action, brand-like names, prices, discounts and promo codes, "our course/app", product introductions, questions to the reader, urgency.</summary>
internal static partial class AdCues
{
    internal static void Advertising(PassageWords w, DebrisScore score)
    {
        var calls = 0;
        var brands = 0;
        var brand = -1;
        var heading = NamedHeading(w);
        for (var i = 0; i < w.Count; i++)
        {
            var word = w.Words[i];
            if (w.Has(i, WordClass.CallToAction) && (word.SentenceStart || (i > 0 && (w[i - 1] is "and" or "or" || w.Between(i - 1).Contains('-')))) && (i + 1 >= w.Count || !w.Has(i + 1, WordClass.Function) || w[i + 1] is "the" or "a" or "our" or "your" or "it" or "free" or "up" or "in" or "on" or "to" or "yours"))
            {
                calls++;
            }

            if (BrandLike(w, i, heading))
            {
                brands++;
                if (brand < 0)
                {
                    brand = i;
                }
            }
        }

        if (calls > 0)
        {
            score.Add(DebrisCategory.Ad, 0.35 * Math.Min(calls, 2), $"{calls} call(s) to action");
        }

        if (brands > 0)
        {
            score.Add(DebrisCategory.Ad, 0.35, $"brand-like name '{w.Original(brand)}'");
            if (w.SecondPerson > 0 && calls > 0)
            {
                score.Add(DebrisCategory.Ad, 0.3, "a named product offered to the reader");
            }
        }

        var text = w.Text;
        var lower = w.Lower;
        if (text.AsSpan().IndexOfAny(MoneySigns) >= 0 || lower.Contains("code", StringComparison.Ordinal) || lower.Contains("free for", StringComparison.Ordinal))
        {
            if (PromoCode().Match(text) is { Success: true } code)
            {
                score.Add(DebrisCategory.Ad, 1.0, $"promo code '{code.Value}'");
            }
            else if (Discount().Match(text) is { Success: true } discount)
            {
                score.Add(DebrisCategory.Ad, 0.6, $"discount '{discount.Value}'");
            }
            else if (Price().Match(text) is { Success: true } price)
            {
                var recurring = price.Value.Contains('/') || lower.Contains("billed", StringComparison.Ordinal) || lower.Contains("a month", StringComparison.Ordinal);
                if (recurring)
                {
                    score.Add(DebrisCategory.Ad, 0.5, $"subscription price '{price.Value}'");
                }
                else
                {
                    score.Add(DebrisCategory.Ad, 0.35, $"price '{price.Value}'");
                }
            }
        }

        if ((lower.Contains("our ", StringComparison.Ordinal) || lower.Contains("my ", StringComparison.Ordinal)) && OurOffer().Match(lower) is { Success: true } offer)
        {
            score.Add(DebrisCategory.Ad, 0.35, $"'{offer.Value}'");
        }

        if (w[0] is "introducing" or "meet" or "announcing" or "new" && w.Count > 1 && (w.Words[1].Capitalised || w[1] is "the" or "our"))
        {
            score.Add(DebrisCategory.Ad, 0.35, $"introduces a product ('{w.Original(0)} …')");
        }

        if (w.Questions > 0 && ReaderQuestion().IsMatch(text))
        {
            score.Add(DebrisCategory.Ad, 0.35, "opens with a question to the reader");
        }

        if (score[DebrisCategory.Ad] > 0 && Urgency().Match(lower) is { Success: true } urgency)
        {
            score.Add(DebrisCategory.Ad, 0.25, $"urgency '{urgency.Value}'");
        }

        if (score[DebrisCategory.Ad] >= 0.5)
        {
            if (ContentCues.PersonalStory(w))
            {
                score.Add(DebrisCategory.Ad, -1.0, "a personal story");
            }

            if (ContentCues.Quoted(w))
            {
                score.Add(DebrisCategory.Ad, -0.5, "a quoted source");
            }
        }
    }

    /// <summary>
    /// How many words open the passage as a heading that ends in a capitalised name ("Dumbbell Floor Press. Grab …",
    /// "How to do a Cable Crossover: 1. …"): at most 8 words before the first sentence break, the last capitalised.
    /// The capitals there name what the passage is about, not a product it sells; 0 when there is no such heading.
    /// </summary>
    /// <remarks>A "How to do …:" heading names its subject whatever its case and up to 14 words: "How to do a Seated
    /// Cable chest fly: 1. …".</remarks>
    private static int NamedHeading(PassageWords w)
    {
        var howTo = w.Count > 2 && w[0] is "how" && w[1] is "to";
        for (var k = 1; k < w.Count && k <= (howTo ? 14 : 8); k++)
        {
            if (w.Words[k].SentenceStart)
            {
                return howTo || w.Words[k - 1].Capitalised ? k : 0;
            }
        }

        return 0;
    }

    /// <summary>A product-like name: CamelCase, a name with a model number or "+"/™, or capitalised words mid-sentence (not in a <see cref="NamedHeading"/>).</summary>
    private static bool BrandLike(PassageWords w, int i, int heading)
    {
        var word = w.Words[i];
        if (word.HasInnerCapital && !word.AllCapitals && word.Length >= 5)
        {
            return true;
        }

        var end = word.End;
        if (word.Capitalised && end < w.Text.Length && w.Text[end] is '™' or '®' or '+')
        {
            return true;
        }

        // Two or more capitalised words in a row, not at a sentence start: "the Back Freedom System", "Google Play".
        return i >= heading && !w.TitleCase && !word.SentenceStart && word.Capitalised && !word.AllCapitals && i + 1 < w.Count && w.Words[i + 1].Capitalised && !w.Words[i + 1].AllCapitals
            && w.Between(i).SequenceEqual(" ") && (i == 0 || !w.Words[i - 1].Capitalised || w.Words[i - 1].SentenceStart);
    }

    private static readonly System.Buffers.SearchValues<char> MoneySigns = System.Buffers.SearchValues.Create("$€£¥%");

    [GeneratedRegex(@"\b\d+ ?% off\b|\bfree for \d+ (?:days|weeks|months)\b|\bsave (?:up to )?\d+ ?%|\b(?:was|reg\.?|regularly) [$€£]\d", DebrisCues.Options)]
    private static partial Regex Discount();

    [GeneratedRegex(@"\b(?:promo|coupon|discount|voucher|offer) code:? (?-i:[A-Z][A-Z0-9]{3,})\b|\bwith (?:the )?code:? (?-i:[A-Z][A-Z0-9]{3,})\b|\bcode:? (?-i:[A-Z]+\d+)\b", DebrisCues.Options)]
    private static partial Regex PromoCode();

    [GeneratedRegex(@"[$€£¥] ?\d[\d,.]*(?: ?/ ?(?:mo|month|year|yr|week))?", DebrisCues.Options)]
    private static partial Regex Price();

    [GeneratedRegex(@"\b(?:our|my) (?:\w+ ){0,2}(?:course|courses|program|programme|app|plan|plans|clinic|products?|supplements?|membership|coaches|coaching|store|shop|e-?book|class|classes|services?|team of experts)\b", DebrisCues.LowerCase)]
    private static partial Regex OurOffer();

    [GeneratedRegex(@"^(?:tired of|sick of|looking for|struggling with|suffering from|ready to|want|need|wish|ever wish|do you|are you|can't)\b[^.!?]{0,80}\?", DebrisCues.Options)]
    private static partial Regex ReaderQuestion();

    [GeneratedRegex(@"\b(?:today|now|tonight|this week only|limited stock|back in stock|in stock|pre-?order|sold out|only \d+ left|ends (?:friday|monday|sunday|soon|tonight|today)|limited time|hurry|while stocks last|don't miss out)\b", DebrisCues.LowerCase)]
    private static partial Regex Urgency();
}
