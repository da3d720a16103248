namespace Limber.Dedupe;

/// <summary>A page-furniture label opening the passage ("Related:", "Tags:", "Sponsored", "Last updated: …") and what follows it.</summary>
internal static class LabelCues
{
    /// <summary>A page-furniture label at the start ("Related:", "Tags:", "Sponsored", "Last updated: …").</summary>
    internal static void Label(PassageWords w, DebrisScore score)
    {
        if (!w.Has(0, WordClass.LabelStart) || !DebrisLexicon.LabelsByFirstWordLookup.TryGetValue(w[0], out var labels))
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
            var colon = (after.Length > 0 && after[0] is ':' or '|' or '·' or '›' or '»' or '>' or '→' or '[' or '-' or '"' or '•')
                || (category == DebrisCategory.Navigation && ColonWithin(w, last, 3));
            double weight = 0;
            switch (category)
            {
                case DebrisCategory.Navigation:
                    if (alone || colon || (rest > 0 && next.HasDigit) || (w.Count <= 5 && !w.EndsLikeASentence && next.Capitalised))
                    {
                        var restWords = rest;
                        weight = alone || restWords <= 14 || ListLike(w, words.Length) || NumberedItems(w, words.Length) >= 3 || CapitalisedItems(w, words.Length) || w.Text.AsSpan(w.Words[last].End).IndexOfAny(NavigationCues.Separators) >= 0 ? 1.0 : 0.5;
                    }

                    break;
                case DebrisCategory.Byline:
                    if (alone || colon || (words.Length > 1 && w.Count <= 15) || (rest > 0 && (next.Capitalised || next.HasDigit) && words.Length > 1) || (rest > 0 && next.HasDigit))
                    {
                        weight = w.Count <= 30 ? 1.0 : 0.5;
                    }
                    else if (w.Count <= 20 && BylineCues.HasDate(w) && rest > 0 && (next.Capitalised || w[words.Length] is "on" or "at" or "in"))
                    {
                        weight = 1.0;
                    }

                    break;
                case DebrisCategory.Ad or DebrisCategory.Bio:
                    // "Our reviewer: …" and "Our reviewer, Dr. Lee, …" label; "Our reviewer, a GP, pointed out …" tells what
                    // the reviewer did.
                    if (alone || colon || (words.Length > 1 && (!after.StartsWith(',') || next.Capitalised)))
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

            score.Add(category, weight, $"'{string.Join(' ', words)}' label");
            return;
        }
    }

    /// <summary>How many items from word <paramref name="from"/> on are numbered in sequence ("1. …  2. …  3. …"): a numbered list of links.</summary>
    internal static int NumberedItems(PassageWords w, int from)
    {
        var expected = 1;
        for (var i = from; i < w.Count; i++)
        {
            var word = w[i];
            if (word.Length <= 2 && int.TryParse(word, out var n) && n == expected && w.Between(i) is [ '.' or ')', ..])
            {
                expected++;
            }
        }

        return expected - 1;
    }

    /// <summary>Few function words from word <paramref name="from"/> on: a list of names or titles, not a sentence.</summary>
    /// <summary>"More from this author:", "More in Health:": the label's colon comes up to three words after it.</summary>
    private static bool ColonWithin(PassageWords w, int last, int words)
    {
        for (var i = last + 1; i <= last + words && i < w.Count - 1; i++)
        {
            if (w.Between(i).TrimStart().StartsWith(':'))
            {
                return true;
            }

            if (!w.Between(i).SequenceEqual(" "))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "Related reading: How to choose a shoe; Why calves cramp; A guide to trails": three or more short items after the
    /// label, each opening with a capital, between semicolons or commas, none a sentence of its own: titles of links, however
    /// many small words they have.
    /// </summary>
    private static bool CapitalisedItems(PassageWords w, int from)
    {
        if (from >= w.Count)
        {
            return false;
        }

        var rest = w.Text.AsSpan(w.Words[from].Start);
        var colon = rest[..Math.Min(rest.Length, 40)].IndexOf(':');
        if (colon >= 0)
        {
            rest = rest[(colon + 1)..];
        }

        var items = 0;
        foreach (var range in rest.SplitAny(";,"))
        {
            var item = rest[range].Trim();
            if (item.IsEmpty || !char.IsUpper(item[0]) || item.Count(' ') >= 8 || (item[^1] is '.' or '!' or '?' && item.Count(' ') >= 4))
            {
                return false;
            }

            items++;
        }

        return items >= 3;
    }

    private static bool ListLike(PassageWords w, int from)
    {
        var function = 0;
        for (var i = from; i < w.Count; i++)
        {
            if (w.Has(i, WordClass.Function))
            {
                function++;
            }
        }

        return w.Count - from > 0 && (double)function / (w.Count - from) < 0.3;
    }
}
