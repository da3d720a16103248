using System.Text.RegularExpressions;

namespace Limber.Extract.Text;

/// <summary>Whether a sentence tells the reader to do something, and the words it is read in.</summary>
public static partial class Imperatives
{
    /// <summary>Words that may come before the verb of an instruction ("Then lift …", "Slowly lower …", "…, but keep …").</summary>
    private static readonly HashSet<string> LeadWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "then", "now", "next", "finally", "first", "second", "third", "also", "again", "and", "simply", "just", "once",
        "still", "from", "here", "there", "afterward", "afterwards", "lastly", "last", "to", "but",
    };

    /// <summary>First words of an opening clause that the instruction follows ("With your feet apart, lift …").</summary>
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "with", "from", "keeping", "holding", "using", "while", "as", "once", "when", "if", "without", "at",
        "for", "after", "before", "then", "standing", "lying", "sitting", "kneeling", "facing", "starting", "staying",
        "maintaining", "bracing", "engaging", "squeezing", "pressing", "exhaling", "inhaling", "into", "between",
        "resting", "leading", "but", "still", "next", "now", "slowly", "gently", "here", "hands", "arms", "ensuring",
        "making", "seated", "grasping", "gripping", "bending", "placing",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LeadWordLookup = LeadWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseOpenerLookup = ClauseOpeners.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when the sentence tells the reader to do something (after lead-in words or an opening clause).</summary>
    public static bool IsImperative(string sentence) => IsImperative(sentence.AsSpan());

    private static bool IsImperative(ReadOnlySpan<char> sentence)
    {
        Span<Range> buffer = stackalloc Range[48];
        var words = WordsOf(sentence, buffer);
        if (words.IsEmpty)
        {
            return false;
        }

        var i = 0;
        while (i < words.Length - 1 && (LeadWordLookup.Contains(sentence[words[i]]) || IsAdverb(sentence[words[i]])))
        {
            if (sentence[words[i]].Equals("from", StringComparison.OrdinalIgnoreCase) || sentence[words[i]].Equals("once", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }

            i++;
        }

        if (Vocabulary.ActionVerbLookup.Contains(sentence[words[i]]) && !NounUse(sentence, words, i))
        {
            return true;
        }

        // "In a chair, cross your ankle …", "With your feet hip-width apart, lift …", "Keeping your foot flexed, lower …"
        var comma = sentence.IndexOf(',');
        // A participle's clause may run longer ("Allowing you to load more weight than a regular skull crusher, lie …").
        if (comma > 0 && (ClauseOpenerLookup.Contains(sentence[words[0]]) ? CountWords(sentence[..comma]) <= 10 : IsParticiple(sentence[words[0]]) && CountWords(sentence[..comma]) <= 14))
        {
            var after = sentence[(comma + 1)..];
            Span<Range> restBuffer = stackalloc Range[48];
            var rest = WordsOf(after, restBuffer);
            var j = 0;
            while (j < rest.Length - 1 && (LeadWordLookup.Contains(after[rest[j]]) || (after[rest[j]].EndsWith("ly", StringComparison.OrdinalIgnoreCase) && after[rest[j]].Length > 3)))
            {
                j++;
            }

            if (rest.Length > 0 && Vocabulary.ActionVerbLookup.Contains(after[rest[j]]) && !NounUse(after, rest, j))
            {
                return true;
            }

            if (after.IndexOf(',') >= 0 && rest.Length > 0 && ClauseOpenerLookup.Contains(after[rest[0]]))
            {
                return IsImperative(after);
            }
        }

        return false;
    }

    /// <summary>"Allowing …, lie …", "Doubling …, keep …": a participle opening the clause the instruction follows.</summary>
    private static bool IsParticiple(ReadOnlySpan<char> word) =>
        word.Length > 5 && word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && char.IsUpper(word[0]);

    private static bool IsAdverb(ReadOnlySpan<char> word) =>
        word.EndsWith("ly", StringComparison.OrdinalIgnoreCase) && word.Length > 3 && !Vocabulary.ActionVerbLookup.Contains(word);

    /// <summary>"Lower back pain can …", "Rest is important": the verb-like word is a noun here.</summary>
    private static bool NounUse(ReadOnlySpan<char> sentence, ReadOnlySpan<Range> words, int i)
    {
        for (var k = i + 1; k <= i + 2 && k < words.Length; k++)
        {
            var word = sentence[words[k]];
            if (word is "is" or "are" or "can" or "will" or "may" or "might" or "could" or "was" or "were" or "has" or "have" or "helps" or "pain" or "of" or "does")
            {
                return true;
            }

            if (word is "your" or "the" or "a" or "an" or "one" or "both" or "it" or "this" or "that")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>True when any word of <paramref name="s"/> (as <see cref="Words"/> reads them) is in <paramref name="set"/>.</summary>
    public static bool AnyWordIn(ReadOnlySpan<char> s, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> set)
    {
        var i = 0;
        while (NextWord(s, ref i) is { } range)
        {
            if (set.Contains(s[range]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many words <paramref name="s"/> has, as <see cref="Words"/> reads them.</summary>
    public static int CountWords(ReadOnlySpan<char> s)
    {
        var count = 0;
        var i = 0;
        while (NextWord(s, ref i) is not null)
        {
            count++;
        }

        return count;
    }

    /// <summary>Where the words of <paramref name="s"/> are: in <paramref name="buffer"/> when they fit, else in a new array.</summary>
    private static ReadOnlySpan<Range> WordsOf(ReadOnlySpan<char> s, Span<Range> buffer)
    {
        var count = 0;
        var i = 0;
        while (NextWord(s, ref i) is { } range)
        {
            if (count == buffer.Length)
            {
                var larger = new Range[buffer.Length * 2];
                buffer.CopyTo(larger);
                buffer = larger;
            }

            buffer[count++] = range;
        }

        return buffer[..count];
    }

    /// <summary>The next word from <paramref name="i"/> on (see <see cref="Words"/>), or null at the end.</summary>
    internal static Range? NextWord(ReadOnlySpan<char> s, ref int i)
    {
        while (i < s.Length && !char.IsAsciiLetter(s[i]))
        {
            i++;
        }

        if (i >= s.Length)
        {
            return null;
        }

        var start = i;
        while (i < s.Length && (char.IsAsciiLetter(s[i]) || s[i] is '\'' or '’' or '-'))
        {
            i++;
        }

        var end = i;
        while (end > start && s[end - 1] is '\'' or '’')
        {
            end--;
        }

        return start..end;
    }

    /// <summary>
    /// The words of <paramref name="s"/>: runs of ASCII letters, apostrophes and hyphens that start with a letter, with
    /// apostrophes trimmed off both ends (what <see cref="WordPattern"/> matches), read without a regex because every
    /// sentence of every passage goes through here.
    /// </summary>
    public static List<string> Words(string s)
    {
        var words = new List<string>();
        var i = 0;
        while (NextWord(s, ref i) is { } range)
        {
            words.Add(s[range]);
        }

        return words;
    }

    /// <summary>What <see cref="Words"/> reads, kept as the reference its tests compare against.</summary>
    [GeneratedRegex(@"[A-Za-z][A-Za-z'’\-]*")]
    internal static partial Regex WordPattern();
}
