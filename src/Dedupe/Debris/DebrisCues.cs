using System.Text.RegularExpressions;

namespace Limber.Dedupe;

/// <summary>
/// The features a passage is scored on. Each cue adds weighted evidence to one kind of debris; none decides alone
/// unless it is unambiguous (a label such as "Advertisement" standing alone, no words at all). What generalizes:
/// how much of the text is function words, whether it addresses the reader, calls to action, prices and brand-like names,
/// separators between short title-like items, credentials and "X is a … who …" shapes, page-furniture vocabulary.
/// What speaks against: a first-person story about the body, a quoted expert ("says Dr. …"), length.
/// </summary>
internal static partial class DebrisCues
{
    // Built-in patterns are anchored or bounded and run on passages of at most MaxWords words, so they carry no timeout
    // (a timeout can fire on the first call's compilation on a loaded machine). Patterns over the lower-cased text
    // (LowerCase) need no case folding, which keeps their search vectorized.
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private const RegexOptions LowerCase = RegexOptions.CultureInvariant;

    /// <summary>Passages longer than this are content: page furniture is short.</summary>
    public const int MaxWords = 160;

    public static void Score(PassageWords w, DebrisScore score)
    {
        if (w.Count == 0)
        {
            score.Add(DebrisCategory.Symbols, 1.0, "no letters or digits");
            return;
        }

        if (w.Count > MaxWords)
        {
            return;
        }

        var addressing = AddressesTheReader(w);
        BackLink(w, score);
        Label(w, score);
        SeparatedItems(w, score);
        InterfaceLine(w, score);
        ShareBar(w, score);
        Terms(w, score, addressing);
        SelfReference(w, score);
        Advertising(w, score);
        Biography(w, score);
        Byline(w, score);
        Copyright(w, score);
    }

    /// <summary>Second person, a question, thanks, "please", or an imperative opening.</summary>
    private static bool AddressesTheReader(PassageWords w) =>
        w.SecondPerson > 0 || w.Questions > 0 || DebrisLexicon.ImperativeOpenerLookup.Contains(w[0])
        || DebrisLexicon.CallsToActionLookup.Contains(w[0]) || DebrisLexicon.InterfaceLookup.ContainsKey(w[0]);

    /// <summary>"Back to top", "Return to the article", "Go back to all recipes": a link back to a part of the site, not a movement.</summary>
    private static void BackLink(PassageWords w, DebrisScore score)
    {
        if (w.Count > 6)
        {
            return;
        }

        var from = w.PhraseAt(0, ["back", "to"]) || w.PhraseAt(0, ["return", "to"]) ? 2 : w.PhraseAt(0, ["go", "back", "to"]) ? 3 : w.PhraseAt(0, ["top", "of"]) ? 2 : -1;
        if (from < 0)
        {
            return;
        }

        for (var i = from; i < w.Count; i++)
        {
            if (DebrisLexicon.InterfaceLookup.ContainsKey(w[i]) || w[i] is "contents" or "index" or "list" or "results" or "homepage" or "category")
            {
                score.Add(DebrisCategory.BackLink, 1.0, $"a short link back to '{w.Original(i)}'");
                return;
            }

            if (!DebrisLexicon.FunctionWordLookup.Contains(w[i]))
            {
                return;
            }
        }
    }

    /// <summary>A page-furniture label at the start ("Related:", "Tags:", "Sponsored", "Last updated: …").</summary>
    private static void Label(PassageWords w, DebrisScore score)
    {
        if (!DebrisLexicon.LabelsByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(w[0], out var labels))
        {
            return;
        }

        foreach (var (words, category) in labels)
        {
            if (!w.PhraseAt(0, words))
            {
                continue;
            }

            var last = words.Length - 1;
            var rest = w.Count - words.Length;
            var after = w.Between(last).Trim();
            var next = rest > 0 ? w.Words[words.Length] : default;
            var alone = rest == 0;
            var colon = after.Length > 0 && after[0] is ':' or '|' or '·' or '›' or '»' or '>' or '→' or '[' or '-' or '"' or '•';
            var what = $"'{string.Join(' ', words)}' label";
            double weight = 0;
            switch (category)
            {
                case DebrisCategory.Navigation:
                    if (alone || colon || (rest > 0 && next.HasDigit) || (w.Count <= 5 && !w.EndsLikeASentence && next.Capitalised))
                    {
                        var restWords = rest;
                        weight = alone || restWords <= 14 || ListLike(w, words.Length) || w.Text.AsSpan(w.Words[last].End).IndexOfAny(Separators) >= 0 ? 1.0 : 0.5;
                    }

                    break;
                case DebrisCategory.Byline:
                    if (alone || colon || (words.Length > 1 && w.Count <= 15) || (rest > 0 && (next.Capitalised || next.HasDigit) && words.Length > 1) || (rest > 0 && next.HasDigit))
                    {
                        weight = w.Count <= 30 ? 1.0 : 0.5;
                    }
                    else if (w.Count <= 20 && HasDate(w))
                    {
                        weight = 1.0;
                    }

                    break;
                case DebrisCategory.Ad or DebrisCategory.Bio:
                    if (alone || colon || words.Length > 1)
                    {
                        weight = 1.0;
                    }

                    break;
                default:
                    if (alone || colon)
                    {
                        weight = 1.0;
                    }

                    break;
            }

            score.Add(category, weight, what);
            return;
        }
    }

    /// <summary>Few function words from word <paramref name="from"/> on: a list of names or titles, not a sentence.</summary>
    private static bool ListLike(PassageWords w, int from)
    {
        var function = 0;
        for (var i = from; i < w.Count; i++)
        {
            if (DebrisLexicon.FunctionWordLookup.Contains(w[i]))
            {
                function++;
            }
        }

        return w.Count - from > 0 && (double)function / (w.Count - from) < 0.3;
    }

    private static bool HasDate(PassageWords w)
    {
        for (var i = 0; i < w.Count; i++)
        {
            if (DebrisLexicon.MonthLookup.Contains(w[i]) && ((i + 1 < w.Count && w.Words[i + 1].HasDigit) || (i > 0 && w.Words[i - 1].HasDigit)))
            {
                return true;
            }

            if (w.Words[i].Length == 4 && w[i] is ['1' or '2', '0' or '9', >= '0' and <= '9', >= '0' and <= '9'])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Short title-like items between separators: breadcrumbs, menus, share bars, link lists, tables of contents.</summary>
    private static void SeparatedItems(PassageWords w, DebrisScore score)
    {
        // « and » are folded to '"'; between blanks they are separators, not quotes.
        var text = w.Text.Contains(" \" ", StringComparison.Ordinal) ? w.Text.Replace(" \" ", " › ", StringComparison.Ordinal).AsSpan() : w.Text.AsSpan();
        if (text.IndexOfAny(Separators) < 0)
        {
            return;
        }

        // Strip a leading label ("Related:", "In this article:") so its colon does not hide the first item.
        var colon = text.IndexOf(':');
        if (colon > 0 && colon < 40 && text[..colon].IndexOfAny(Separators) < 0)
        {
            text = text[(colon + 1)..];
        }

        var items = 0;
        var titleLike = 0;
        foreach (var range in text.SplitAny(Separators))
        {
            var item = text[range].Trim().Trim("\"'");
            if (item.IsEmpty)
            {
                continue;
            }

            items++;
            if (TitleLike(item))
            {
                titleLike++;
            }
        }

        if (items >= 3 && titleLike >= items - (items >= 5 ? 1 : 0) && titleLike >= 3)
        {
            score.Add(DebrisCategory.Navigation, 1.0, $"{items} short title-like items between separators");
        }
        else if (items == 2 && titleLike == 2 && w.Count <= 8)
        {
            score.Add(DebrisCategory.Navigation, 0.5, "two short items between a separator");
        }
    }

    private static ReadOnlySpan<char> Separators => "|·›»→←>/•";

    /// <summary>A menu item or headline: 1–8 words, starting with a capital or a number, no sentence end, few function words.</summary>
    private static bool TitleLike(ReadOnlySpan<char> item)
    {
        if (item.Length > 70 || item[^1] is '.' or ',' or ';')
        {
            return false;
        }

        var words = 0;
        var function = 0;
        Span<char> buffer = stackalloc char[32];
        foreach (var range in item.Split(' '))
        {
            var word = item[range];
            if (word.IsEmpty)
            {
                continue;
            }

            words++;
            var lower = buffer[..Math.Min(word.Length, 32)];
            var n = word[..lower.Length].ToLowerInvariant(lower);
            if (DebrisLexicon.FunctionWordLookup.Contains(lower[..n]))
            {
                function++;
            }
        }

        if (words is 0 or > 8)
        {
            return false;
        }

        var first = item[0];
        var capital = char.IsUpper(first) || (char.IsDigit(first) && words <= 6) || char.IsSymbol(first);
        return capital && (words <= 2 || (double)function / words <= 0.5);
    }

    /// <summary>A short line made of interface words ("Skip to main content", "Print Email Save", "See all articles").</summary>
    private static void InterfaceLine(PassageWords w, DebrisScore score)
    {
        // A line ending in a full stop or a colon is a sentence or a heading ("Jump up.", "Return:"); an ellipsis is a status ("Loading…").
        var end = w.Text.AsSpan().TrimEnd();
        if (w.Count > 8 || end.EndsWith(":") || (end.EndsWith(".") && !end.EndsWith("...")))
        {
            return;
        }

        var content = 0;
        var ui = 0;
        Span<int> byCategory = stackalloc int[DebrisCategories.All.Count];
        for (var i = 0; i < w.Count; i++)
        {
            if (w.Words[i].HasDigit && w.Words[i].Length <= 3)
            {
                continue;
            }

            if (DebrisLexicon.FunctionWordLookup.Contains(w[i]) && !DebrisLexicon.InterfaceLookup.ContainsKey(w[i]))
            {
                continue;
            }

            content++;
            if (DebrisLexicon.InterfaceLookup.TryGetValue(w[i], out var category))
            {
                ui++;
                byCategory[(int)category]++;
            }
        }

        if (content == 0 || ui == 0 || (double)ui / content < 0.6)
        {
            return;
        }

        var best = 0;
        for (var c = 1; c < byCategory.Length; c++)
        {
            if (byCategory[c] > byCategory[best])
            {
                best = c;
            }
        }

        score.Add((DebrisCategory)best, 1.0, $"a short line of interface words ({ui} of {content})");
    }

    /// <summary>Social network names with share/follow words and little else.</summary>
    private static void ShareBar(PassageWords w, DebrisScore score)
    {
        if (w.Count > 16)
        {
            return;
        }

        var networks = 0;
        var furniture = 0;
        for (var i = 0; i < w.Count; i++)
        {
            if (DebrisLexicon.SocialNetworkLookup.Contains(w[i]))
            {
                networks++;
            }
            else if (DebrisLexicon.InterfaceLookup.ContainsKey(w[i]) || DebrisLexicon.FunctionWordLookup.Contains(w[i]))
            {
                furniture++;
            }
        }

        if (networks >= 2 && networks + furniture >= w.Count - 1)
        {
            score.Add(DebrisCategory.Navigation, 1.0, $"share bar ({networks} networks)");
        }
    }

    /// <summary>Page-furniture phrases of notices, paywalls, consent banners, disclaimers and ads, each counted once.</summary>
    private static void Terms(PassageWords w, DebrisScore score, bool addressing)
    {
        Span<double> sums = stackalloc double[DebrisCategories.All.Count];
        Span<int> counts = stackalloc int[DebrisCategories.All.Count];
        List<DebrisTerm>? seen = null;
        var lookup = DebrisLexicon.TermsByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < w.Count; i++)
        {
            if (!lookup.TryGetValue(w[i], out var terms))
            {
                continue;
            }

            foreach (var term in terms)
            {
                if (!w.PhraseAt(i, term.Words))
                {
                    continue;
                }

                seen ??= [];
                if (!seen.Contains(term))
                {
                    seen.Add(term);
                    sums[(int)term.Category] += term.Weight;
                    counts[(int)term.Category]++;
                }

                break;
            }
        }

        if (seen is null)
        {
            return;
        }

        var shortLine = w.Count <= 8;
        var density = w.Count <= 50 ? 1.0 : 50.0 / w.Count;
        foreach (var category in DebrisCategories.All)
        {
            var c = (int)category;
            if (counts[c] == 0)
            {
                continue;
            }

            var sum = Math.Min(sums[c], 1.6) * density;
            var addressed = category is DebrisCategory.Newsletter or DebrisCategory.Cookie or DebrisCategory.Notice;
            if (addressed && !addressing && !shortLine && counts[c] == 1)
            {
                sum *= 0.6;
            }

            if (shortLine && counts[c] >= 2)
            {
                sum += 0.25;
            }

            var phrases = string.Join(", ", seen.Where(t => t.Category == category).Select(t => $"'{t.Phrase}'"));
            score.Add(category, sum, $"phrases {phrases}");
            if (addressed && addressing && counts[c] >= 1)
            {
                score.Add(category, 0.25 * density, "addresses the reader");
            }
        }
    }

    /// <summary>A first-person story about the body or the family ("my back", "I had"): testimonials are content.</summary>
    private static bool PersonalStory(PassageWords w) => w.Count >= 6 && PersonalStoryPhrase().IsMatch(w.Lower);

    /// <summary>A quoted or reported source: "says Dr. …", "according to …", "her team found that …", or an opening quotation.</summary>
    private static bool Quoted(PassageWords w) => w.Text.StartsWith('"') || QuoteAttribution().IsMatch(w.Lower);

    /// <summary>A passage about the page it is on ("this article", "this site") is about the page, not the subject: it strengthens a disclaimer or a subscription prompt already in view.</summary>
    private static void SelfReference(PassageWords w, DebrisScore score)
    {
        var category = score[DebrisCategory.Disclaimer] > 0 ? DebrisCategory.Disclaimer : score[DebrisCategory.Newsletter] > 0 ? DebrisCategory.Newsletter : (DebrisCategory?)null;
        if (category is null)
        {
            return;
        }

        for (var i = 0; i + 1 < w.Count; i++)
        {
            if (w[i] is "this" or "our" && w[i + 1] is "article" or "page" or "site" or "website" or "post" or "blog" or "information" or "content" or "video" or "channel")
            {
                score.Add(category.Value, 0.3, $"refers to the page itself ('{w.Original(i)} {w.Original(i + 1)}')");
                return;
            }
        }
    }

    private static void Advertising(PassageWords w, DebrisScore score)
    {
        var calls = 0;
        var brands = 0;
        string? brand = null;
        for (var i = 0; i < w.Count; i++)
        {
            var word = w.Words[i];
            var clauseStart = word.SentenceStart || (i > 0 && (w[i - 1] is "and" or "or" || w.Between(i - 1).Contains('-')));
            if (clauseStart && DebrisLexicon.CallsToActionLookup.Contains(w[i]) && (i + 1 >= w.Count || !DebrisLexicon.FunctionWordLookup.Contains(w[i + 1]) || w[i + 1] is "the" or "a" or "our" or "your" or "it" or "free" or "up" or "in" or "on" or "to" or "yours"))
            {
                calls++;
            }

            if (BrandLike(w, i))
            {
                brands++;
                brand ??= w.Original(i);
            }
        }

        if (calls > 0)
        {
            score.Add(DebrisCategory.Ad, 0.35 * Math.Min(calls, 2), $"{calls} call(s) to action");
        }

        if (brands > 0)
        {
            score.Add(DebrisCategory.Ad, 0.35, $"brand-like name '{brand}'");
            if (w.SecondPerson > 0 && calls > 0)
            {
                score.Add(DebrisCategory.Ad, 0.3, "a named product offered to the reader");
            }
        }

        var text = w.Text;
        var lower = w.Lower;
        if (text.AsSpan().IndexOfAny("$€£¥%") >= 0 || lower.Contains("code", StringComparison.Ordinal) || lower.Contains("free for", StringComparison.Ordinal))
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
                score.Add(DebrisCategory.Ad, recurring ? 0.5 : 0.35, recurring ? $"subscription price '{price.Value}'" : $"price '{price.Value}'");
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
            if (PersonalStory(w))
            {
                score.Add(DebrisCategory.Ad, -1.0, "a personal story");
            }

            if (Quoted(w))
            {
                score.Add(DebrisCategory.Ad, -0.5, "a quoted source");
            }
        }
    }

    /// <summary>A product-like name: CamelCase, a name with a model number or "+"/™, or capitalised words mid-sentence.</summary>
    private static bool BrandLike(PassageWords w, int i)
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
        return !w.TitleCase && !word.SentenceStart && word.Capitalised && !word.AllCapitals && i + 1 < w.Count && w.Words[i + 1].Capitalised && !w.Words[i + 1].AllCapitals
            && w.Between(i).SequenceEqual(" ") && (i == 0 || !w.Words[i - 1].Capitalised || w.Words[i - 1].SentenceStart);
    }

    private static void Biography(PassageWords w, DebrisScore score)
    {
        // "Our expert: Dr. X is a …", "About the author — X is …": the shape is read after a short label.
        var text = w.Text;
        var colon = text.AsSpan(0, Math.Min(text.Length, 40)).IndexOfAny(':', '-');
        if (colon > 0 && colon + 2 < text.Length && text.AsSpan(0, colon).Count(' ') <= 3)
        {
            text = text[(colon + 1)..].TrimStart(' ', '-');
        }

        var opening = ThirdPersonBioOpening().Match(text);
        var appositive = opening.Success ? Match.Empty : AppositiveBioOpening().Match(text);
        var firstPerson = opening.Success || appositive.Success ? Match.Empty : FirstPersonBioOpening().Match(text);
        var shaped = opening.Success || appositive.Success || firstPerson.Success;
        if (shaped)
        {
            var role = RoleNear(w, opening.Success ? opening : appositive.Success ? appositive : firstPerson);
            var shape = opening.Success ? "'Name is …' opening" : appositive.Success ? "'Name, a …,' opening" : "'I'm a …' opening";
            score.Add(DebrisCategory.Bio, role is null ? 0.4 : 0.65, role is null ? shape : $"{shape} with role '{role}'");
        }

        var roles = Roles(w);
        if (roles >= 2)
        {
            score.Add(DebrisCategory.Bio, 0.4, $"{roles} roles named");
        }

        var credentials = Credentials(w);
        if (credentials is not null)
        {
            score.Add(DebrisCategory.Bio, 0.4, $"credentials {credentials}");
        }

        if (!shaped && credentials is null && roles < 2 && score[DebrisCategory.Bio] == 0)
        {
            return;
        }

        var career = 0;
        string? first = null;
        foreach (Match m in CareerPhrase().Matches(w.Lower))
        {
            career++;
            first ??= m.Value;
            if (career == 3)
            {
                break;
            }
        }

        if (career > 0)
        {
            score.Add(DebrisCategory.Bio, 0.4 * career, $"{career} career phrase(s) such as '{first}'");
        }

        if (score[DebrisCategory.Bio] < 0.5)
        {
            return;
        }

        if (PersonalStory(w))
        {
            score.Add(DebrisCategory.Bio, -1.5, "a personal story about the body");
        }

        if (Quoted(w))
        {
            score.Add(DebrisCategory.Bio, -1.0, "a quoted source (says, according to)");
        }
    }

    private static string? RoleNear(PassageWords w, Match opening)
    {
        var from = opening.Index + opening.Length;
        var seen = 0;
        for (var i = 0; i < w.Count && seen < 10; i++)
        {
            if (w.Words[i].Start < opening.Index)
            {
                continue;
            }

            if (w.Words[i].Start >= from)
            {
                seen++;
            }

            var word = w[i];
            if (DebrisLexicon.RoleLookup.Contains(word) || (word.Length > 5 && (word.EndsWith("ist") || word.EndsWith("ician"))))
            {
                return word.ToString();
            }
        }

        return null;
    }

    /// <summary>How many different role words ("writer", "therapist", "founder") the passage names.</summary>
    private static int Roles(PassageWords w)
    {
        var roles = 0;
        string? last = null;
        for (var i = 0; i < w.Count; i++)
        {
            if (DebrisLexicon.RoleLookup.Contains(w[i]) && (last is null || !w[i].SequenceEqual(last)))
            {
                roles++;
                last = w[i].ToString();
            }
        }

        return roles;
    }

    /// <summary>Letters after a name: ", PhD", ", DPT, OCS", "(NASM-CPT)".</summary>
    private static string? Credentials(PassageWords w)
    {
        List<string>? found = null;
        for (var i = 1; i < w.Count; i++)
        {
            var before = w.Text[w.Words[i].Start - 1];
            if (before is not (' ' or '(' or ','))
            {
                continue;
            }

            var prev = w.Between(i - 1);
            if (!(prev.Contains(',') || prev.Contains('(')))
            {
                continue;
            }

            var word = w.Words[i];
            if ((DebrisLexicon.CredentialLookup.Contains(w[i]) && (word.AllCapitals || word.HasInnerCapital || word.Capitalised)) || (word.AllCapitals && word.Length is >= 2 and <= 5 && w.Words[i - 1].Capitalised))
            {
                (found ??= []).Add(w.Original(i));
            }
        }

        return found is null ? null : string.Join(", ", found.Distinct());
    }

    private static void Byline(PassageWords w, DebrisScore score)
    {
        if (w.Count <= 40 && w.Lower.Contains(" by ", StringComparison.Ordinal) && CreditedPerson().Match(w.Text) is { Success: true } credited)
        {
            score.Add(DebrisCategory.Byline, 1.0, $"'{credited.Value}'");
        }
        else if (w.Count <= 30 && w.Count >= 3 && w[0] is "by" && w.Words[1].Capitalised && w.Words[2].Capitalised)
        {
            score.Add(DebrisCategory.Byline, 1.0, "'By Name' line");
        }
        else if (w.Count <= 12 && HasDate(w) && w.FunctionShare < 0.3 && !w.EndsLikeASentence)
        {
            score.Add(DebrisCategory.Byline, 0.5, "a short dated line");
        }
    }

    private static void Copyright(PassageWords w, DebrisScore score)
    {
        var text = w.Text.AsSpan().TrimStart();
        if (text.StartsWith("©") || text.StartsWith("(c)", StringComparison.OrdinalIgnoreCase) || (w[0] is "copyright" && w.Count <= 40))
        {
            score.Add(DebrisCategory.Copyright, 1.0, "copyright line");
        }
    }

    [GeneratedRegex(@"^(?:(?:dr|prof)\.? )?(?!(?:the|this|that|these|it|he|she|they|we|you|our|my|your|his|her|there|most|many|some|each|every|all|any|what|how|why)\b)(?>(?-i:[A-Z][\p{L}'-]+)(?: (?-i:[A-Z][\p{L}.'-]*)){0,3})(?>(?:, ?\(?(?-i:[A-Z][A-Za-z0-9-]{1,8})\)?(?: \((?-i:[A-Z][a-z]+)\))?){0,5}),? (?:is|was|has been|has|holds|covers|writes|serves|spent|joined|teaches|develops|leads|runs|oversees|specializes|specialises)\b", Options)]
    private static partial Regex ThirdPersonBioOpening();

    [GeneratedRegex(@"^(?:(?:dr|prof)\.? )?(?>(?-i:[A-Z][\p{L}'-]+)(?: (?-i:[A-Z][\p{L}.'-]*)){1,3}), (?:a|an|the) [^,]{3,80}, (?-i:[a-z]+s)\b", Options)]
    private static partial Regex AppositiveBioOpening();

    [GeneratedRegex(@"^(?:hi,? |hello,? )?(?:(?:i'm|i am) (?-i:[A-Z]\w+)[,.!]? )?(?:i'm|i am|i've been|i have been|i was) (?:a |an |the )", Options)]
    private static partial Regex FirstPersonBioOpening();

    [GeneratedRegex(@"\b(?:(?:has|have|i've|she's|he's) (?:written|covered|practi[cs]ed|published|worked|trained|treated|taught|helped|edited|reported|contributed|appeared|been (?:writing|covering|practi[cs]ing|a|an|in practice|helping|teaching))|writes about|covers (?:\w+ ){1,4}for\b|bylines?|(?:his|her|their|my) work has|appeared in|holds? a|(?:a |her |his )?(?:master's|bachelor's|doctorate|degree) (?:in|from)|years of (?:\w+ )?experience|(?:over|more than) \d+ years|for (?:over |more than )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty) (?:years|decades)|years as an? |since (?:19|20)\d\d|based in|lives in|speciali[sz](?:es|ing) in|special interest in|author of|founder of|creator of|(?:editor|writer|reporter|fellow|professor|lecturer) (?:at|of|for)|teaches at|is known for|known for|follow (?:him|her|them|me) on|previously worked|before joining|graduated|in practice since|board-certified|\b(?:this|our) (?:site|blog|magazine|publication|website|newsletter|podcast|channel)\b|certified (?:\w+ ){0,2}(?:trainer|coach|teacher|specialist|instructor))", LowerCase)]
    private static partial Regex CareerPhrase();

    [GeneratedRegex(@"\b(?:my (?:lower |low |upper |left |right |bad )?(?:back|hip|hips|knee|knees|neck|leg|legs|foot|feet|pain|pelvis|shoulder|shoulders|spine|sciatica|symptoms|doctor|physio|physiotherapist|surgeon|husband|wife|son|daughter)|i (?:had|have had|couldn't|could not|can't|hurt|injured|was diagnosed|tried|tested|noticed|started|sit|stand)|i've had|we tried|after my)\b", LowerCase)]
    private static partial Regex PersonalStoryPhrase();

    [GeneratedRegex(@"(?:^|[.|·•:;]\s*|\b(?:this|the) (?:article|page|post|story|recipe|video|guide|content) (?:was|is|has been) )(?:medically |clinically |expert )?(?:reviewed|written|fact[- ]checked|edited|illustrated|photographed|produced|words|photography|photos?|illustrations?|images?|video|reporting|additional reporting|styling|food styling|recipe|design) by:? (?:dr\.? )?(?-i:[A-Z][\p{L}'-]+)", Options)]
    private static partial Regex CreditedPerson();

    [GeneratedRegex(@"\b(?:says|said|according to|told|explains|explained|recommends|notes|adds|found that|showed that|shows that|suggests that|reported that|concluded)\b", LowerCase)]
    private static partial Regex QuoteAttribution();

    [GeneratedRegex(@"\b\d+ ?% off\b|\bfree for \d+ (?:days|weeks|months)\b|\bsave (?:up to )?\d+ ?%|\b(?:was|reg\.?|regularly) [$€£]\d", Options)]
    private static partial Regex Discount();

    [GeneratedRegex(@"\b(?:promo|coupon|discount|voucher|offer) code:? (?-i:[A-Z][A-Z0-9]{3,})\b|\bwith (?:the )?code:? (?-i:[A-Z][A-Z0-9]{3,})\b|\bcode:? (?-i:[A-Z]+\d+)\b", Options)]
    private static partial Regex PromoCode();

    [GeneratedRegex(@"[$€£¥] ?\d[\d,.]*(?: ?/ ?(?:mo|month|year|yr|week))?", Options)]
    private static partial Regex Price();

    [GeneratedRegex(@"\b(?:our|my) (?:\w+ ){0,2}(?:course|courses|program|programme|app|plan|plans|clinic|products?|supplements?|membership|coaches|coaching|store|shop|e-?book|class|classes|services?|team of experts)\b", LowerCase)]
    private static partial Regex OurOffer();

    [GeneratedRegex(@"^(?:tired of|sick of|looking for|struggling with|suffering from|ready to|want|need|wish|ever wish|do you|are you|can't)\b[^.!?]{0,80}\?", Options)]
    private static partial Regex ReaderQuestion();

    [GeneratedRegex(@"\b(?:today|now|tonight|this week only|limited stock|back in stock|in stock|pre-?order|sold out|only \d+ left|ends (?:friday|monday|sunday|soon|tonight|today)|limited time|hurry|while stocks last|don't miss out)\b", LowerCase)]
    private static partial Regex Urgency();
}
