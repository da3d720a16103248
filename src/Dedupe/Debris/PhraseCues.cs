namespace Limber.Dedupe;

/// <summary>Page-furniture phrases of notices, paywalls, consent banners, disclaimers and ads, counted once each, and a passage that refers to the page it is on.</summary>
internal static class PhraseCues
{
    /// <summary>Page-furniture phrases of notices, paywalls, consent banners, disclaimers and ads, each counted once.</summary>
    internal static void Terms(PassageWords w, DebrisScore score, bool addressing)
    {
        Span<double> sums = stackalloc double[DebrisCategories.All.Count];
        Span<int> counts = stackalloc int[DebrisCategories.All.Count];
        List<DebrisTerm>? seen = null;
        for (var i = 0; i < w.Count; i++)
        {
            if (!w.Has(i, WordClass.TermStart) || !DebrisLexicon.TermsByFirstWordLookup.TryGetValue(w[i], out var terms))
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

            score.Add(category, sum, $"phrases {string.Join(", ", seen.Where(t => t.Category == category).Select(t => $"'{t.Phrase}'"))}");
            if (addressed && addressing && counts[c] >= 1)
            {
                score.Add(category, 0.25 * density, "addresses the reader");
            }
        }
    }

    /// <summary>"Join 40,000 home cooks …", "Join over 2 million readers": a crowd counted to recruit the reader, the shape of a sign-up prompt.</summary>
    internal static void SocialProof(PassageWords w, DebrisScore score)
    {
        for (var i = 0; i + 1 < w.Count; i++)
        {
            if (!w.Words[i].SentenceStart || w[i] is not "join")
            {
                continue;
            }

            var next = i + 1;
            while (next < w.Count && next <= i + 3 && w[next] is "over" or "more" or "than" or "the")
            {
                next++;
            }

            if (next < w.Count && w.Words[next].HasDigit)
            {
                score.Add(DebrisCategory.Newsletter, 0.5, $"'join {w.Original(next)} …': a crowd counted to recruit the reader");
                return;
            }
        }
    }

    /// <summary>A passage about the page it is on ("this article", "this site") is about the page, not the subject: it strengthens a disclaimer or a subscription prompt already in view.</summary>
    internal static void SelfReference(PassageWords w, DebrisScore score)
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
}
