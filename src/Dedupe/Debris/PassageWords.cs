namespace Limber.Dedupe;

/// <summary>One word of a passage: where it is in the lower-cased text and what its shape was.</summary>
internal readonly record struct PassageWord(int Start, int Length, bool Capitalised, bool SentenceStart, bool HasDigit, bool HasInnerCapital, bool AllCapitals, WordClass Classes)
{
    public int End => Start + Length;
}

/// <summary>
/// A passage cut into words once, with the counts the debris cues share: function words, second person, sentences.
/// Words are letters and digits with inner apostrophes, hyphens, dots and plus signs ("it's", "e-book", "3.2", "FitNow+").
/// </summary>
internal sealed class PassageWords
{
    public PassageWords(string text)
    {
        Text = text;
        Lower = text.ToLowerInvariant();
        var words = new List<PassageWord>(Math.Min(256, (text.Length / 5) + 1));
        var sentenceStart = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (c is '.' or '!' or '?' or ':' or ';')
                {
                    sentenceStart = true;
                }

                if (c == '?')
                {
                    Questions++;
                }

                i++;
                continue;
            }

            var start = i;
            var hasDigit = false;
            var innerCapital = false;
            var upper = 0;
            var letters = 0;
            while (i < text.Length)
            {
                var ch = text[i];
                if (ch < 128)
                {
                    // ASCII, nearly every character: the same tests as below without the Unicode tables.
                    if ((uint)(ch - 'a') <= 'z' - 'a')
                    {
                        letters++;
                        i++;
                        continue;
                    }

                    if ((uint)(ch - 'A') <= 'Z' - 'A')
                    {
                        letters++;
                        upper++;
                        innerCapital |= i > start && char.IsLower(text[i - 1]);
                        i++;
                        continue;
                    }

                    if ((uint)(ch - '0') <= 9)
                    {
                        hasDigit = true;
                        i++;
                        continue;
                    }
                }

                if (ch >= 128 && char.IsLetterOrDigit(ch))
                {
                    hasDigit |= char.IsDigit(ch);
                    if (char.IsLetter(ch))
                    {
                        letters++;
                        if (char.IsUpper(ch))
                        {
                            upper++;
                            innerCapital |= i > start && char.IsLower(text[i - 1]);
                        }
                    }

                    i++;
                }
                else if ((ch is '\'' or '-' or '.') && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && i > start)
                {
                    i++;
                }
                else if (ch == '+' && (i + 1 >= text.Length || !char.IsLetterOrDigit(text[i + 1])))
                {
                    i++;
                    break;
                }
                else
                {
                    break;
                }
            }

            var classes = WordClass.None;
            if (i - start <= DebrisLexicon.LongestClassedWord)
            {
                DebrisLexicon.ClassLookup.TryGetValue(Lower.AsSpan(start, i - start), out classes);
            }

            var word = new PassageWord(start, i - start, char.IsUpper(text[start]), sentenceStart, hasDigit, innerCapital, letters >= 2 && upper == letters, classes);
            words.Add(word);
            if (word.Capitalised)
            {
                Capitalised++;
            }

            sentenceStart = false;
            if ((classes & WordClass.Function) != 0)
            {
                FunctionWords++;
            }

            if ((classes & WordClass.SecondPerson) != 0)
            {
                SecondPerson++;
            }
        }

        Words = [.. words];
        var trimmed = text.AsSpan().TrimEnd();
        EndsLikeASentence = trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?';
    }

    public string Text { get; }

    public string Lower { get; }

    public PassageWord[] Words { get; }

    public int Count => Words.Length;

    public int FunctionWords { get; }

    public int SecondPerson { get; }

    /// <summary>Words starting with a capital letter.</summary>
    public int Capitalised { get; }

    /// <summary>Most words capitalised: a title, a menu, or text in Title Case, where capitals say nothing about names.</summary>
    public bool TitleCase => Count >= 4 && Capitalised * 2 > Count;

    public int Questions { get; }

    public bool EndsLikeASentence { get; }

    public double FunctionShare => Count == 0 ? 0 : (double)FunctionWords / Count;

    public ReadOnlySpan<char> this[int index] => Lower.AsSpan(Words[index].Start, Words[index].Length);

    public string Original(int index) => Text.Substring(Words[index].Start, Words[index].Length);

    /// <summary>True when words <paramref name="index"/>… spell <paramref name="phrase"/>, separated by blanks only.</summary>
    public bool PhraseAt(int index, string[] phrase)
    {
        if (index + phrase.Length > Count)
        {
            return false;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            if (!this[index + k].SequenceEqual(phrase[k]))
            {
                return false;
            }

            if (k > 0 && !Between(index + k - 1).IsWhiteSpace())
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The characters between word <paramref name="index"/> and the next one (or the end).</summary>
    public ReadOnlySpan<char> Between(int index)
    {
        var from = Words[index].End;
        var to = index + 1 < Count ? Words[index + 1].Start : Text.Length;
        return Text.AsSpan(from, to - from);
    }

    /// <summary>True when word <paramref name="index"/> exists and belongs to one of <paramref name="classes"/>.</summary>
    public bool Has(int index, WordClass classes) => index < Count && (Words[index].Classes & classes) != 0;
}
