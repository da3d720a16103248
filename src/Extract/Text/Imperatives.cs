using System.Text.RegularExpressions;

namespace Limber.Extract.Text;

/// <summary>Whether a sentence tells the reader to do something, and the words it is read in.</summary>
public static partial class Imperatives
{
    /// <summary>Words that may come before the verb of an instruction ("Then lift …", "Slowly lower …").</summary>
    private static readonly HashSet<string> LeadWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "then", "now", "next", "finally", "first", "second", "third", "also", "again", "and", "simply", "just", "once",
        "still", "from", "here", "there", "afterward", "afterwards", "lastly", "last", "to",
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

    /// <summary>True when the sentence tells the reader to do something (after lead-in words or an opening clause).</summary>
    public static bool IsImperative(string sentence)
    {
        var words = Words(sentence);
        if (words.Count == 0)
        {
            return false;
        }

        var i = 0;
        while (i < words.Count - 1 && (LeadWords.Contains(words[i]) || IsAdverb(words[i])))
        {
            if (words[i].Equals("from", StringComparison.OrdinalIgnoreCase) || words[i].Equals("once", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }

            i++;
        }

        if (Vocabulary.ActionVerbs.Contains(words[i]) && !NounUse(words, i))
        {
            return true;
        }

        // "In a chair, cross your ankle …", "With your feet hip-width apart, lift …", "Keeping your foot flexed, lower …"
        var comma = sentence.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0 && ClauseOpeners.Contains(words[0]) && Words(sentence[..comma]).Count <= 10)
        {
            var rest = Words(sentence[(comma + 1)..]);
            var j = 0;
            while (j < rest.Count - 1 && (LeadWords.Contains(rest[j]) || (rest[j].EndsWith("ly", StringComparison.OrdinalIgnoreCase) && rest[j].Length > 3)))
            {
                j++;
            }

            if (rest.Count > 0 && Vocabulary.ActionVerbs.Contains(rest[j]))
            {
                return true;
            }

            var second = sentence.IndexOf(',', comma + 1);
            if (second > 0 && rest.Count > 0 && ClauseOpeners.Contains(rest[0]))
            {
                return IsImperative(sentence[(comma + 1)..]);
            }
        }

        return false;
    }

    private static bool IsAdverb(string word) =>
        word.EndsWith("ly", StringComparison.OrdinalIgnoreCase) && word.Length > 3 && !Vocabulary.ActionVerbs.Contains(word);

    /// <summary>"Lower back pain can …", "Rest is important": the verb-like word is a noun here.</summary>
    private static bool NounUse(List<string> words, int i)
    {
        for (var k = i + 1; k <= i + 2 && k < words.Count; k++)
        {
            if (words[k] is "is" or "are" or "can" or "will" or "may" or "might" or "could" or "was" or "were" or "has" or "have" or "helps" or "pain" or "of" or "does")
            {
                return true;
            }

            if (words[k] is "your" or "the" or "a" or "an" or "one" or "both" or "it" or "this" or "that")
            {
                return false;
            }
        }

        return false;
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
        while (i < s.Length)
        {
            if (!char.IsAsciiLetter(s[i]))
            {
                i++;
                continue;
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

            words.Add(s[start..end]);
        }

        return words;
    }

    /// <summary>What <see cref="Words"/> reads, kept as the reference its tests compare against.</summary>
    [GeneratedRegex(@"[A-Za-z][A-Za-z'’\-]*")]
    internal static partial Regex WordPattern();
}
