namespace Limber.Dedupe;

/// <summary>Page furniture made of short items: links back, separated title-like items (breadcrumbs, menus, link lists, tables of contents), lines of interface words, share bars.</summary>
internal static class NavigationCues
{
    /// <summary>"Back to top", "Return to the article", "Go back to all recipes": a link back to a part of the site, not a movement.</summary>
    internal static void BackLink(PassageWords w, DebrisScore score)
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
            if (w.Has(i, WordClass.Interface) || w[i] is "contents" or "index" or "list" or "results" or "homepage" or "category")
            {
                score.Add(DebrisCategory.BackLink, 1.0, $"a short link back to '{w.Original(i)}'");
                return;
            }

            if (!w.Has(i, WordClass.Function))
            {
                return;
            }
        }
    }

    /// <summary>Short title-like items between separators: breadcrumbs, menus, share bars, link lists, tables of contents.</summary>
    internal static void SeparatedItems(PassageWords w, DebrisScore score)
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

    internal static readonly System.Buffers.SearchValues<char> Separators = System.Buffers.SearchValues.Create("|·›»→←>/•");

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
    internal static void InterfaceLine(PassageWords w, DebrisScore score)
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

            if (w.Has(i, WordClass.Function) && !w.Has(i, WordClass.Interface))
            {
                continue;
            }

            content++;
            if (w.Has(i, WordClass.Interface) && DebrisLexicon.InterfaceLookup.TryGetValue(w[i], out var category))
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
    internal static void ShareBar(PassageWords w, DebrisScore score)
    {
        if (w.Count > 16)
        {
            return;
        }

        var networks = 0;
        var furniture = 0;
        for (var i = 0; i < w.Count; i++)
        {
            if (w.Has(i, WordClass.SocialNetwork))
            {
                networks++;
            }
            else if (w.Has(i, WordClass.Interface | WordClass.Function))
            {
                furniture++;
            }
        }

        if (networks >= 2 && networks + furniture >= w.Count - 1)
        {
            score.Add(DebrisCategory.Navigation, 1.0, $"share bar ({networks} networks)");
        }
    }
}
