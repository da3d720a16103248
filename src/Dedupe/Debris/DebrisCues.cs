using System.Text.RegularExpressions;

namespace Limber.Dedupe;

/// <summary>
/// The features a passage is scored on. Each cue adds weighted evidence to one kind of debris; none decides alone
/// unless it is unambiguous (a label such as "Advertisement" standing alone, no words at all). What generalizes:
/// how much of the text is function words, whether it addresses the reader, calls to action, prices and brand-like names,
/// separators between short title-like items, credentials and "X is a … who …" shapes, page-furniture vocabulary.
/// What speaks against: a first-person story about the body, a quoted expert ("says Dr. …"), length.
/// </summary>
internal static class DebrisCues
{
    // Built-in patterns are anchored or bounded and run on passages of at most MaxWords words, so they carry no timeout
    // (a timeout can fire on the first call's compilation on a loaded machine). Patterns over the lower-cased text
    // (LowerCase) need no case folding, which keeps their search vectorized.
    internal const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    internal const RegexOptions LowerCase = RegexOptions.CultureInvariant;

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
        NavigationCues.BackLink(w, score);
        LabelCues.Label(w, score);
        NavigationCues.SeparatedItems(w, score);
        NavigationCues.InterfaceLine(w, score);
        NavigationCues.ShareBar(w, score);
        PhraseCues.Terms(w, score, addressing);
        PhraseCues.SocialProof(w, score);
        PhraseCues.SelfReference(w, score);
        AdCues.Advertising(w, score);
        BioCues.Biography(w, score);
        CommentCues.Comment(w, score);
        BylineCues.Byline(w, score);
        BylineCues.Copyright(w, score);
    }

    /// <summary>Second person, a question, thanks, "please", or an imperative opening.</summary>
    private static bool AddressesTheReader(PassageWords w) =>
        w.SecondPerson > 0 || w.Questions > 0 || w.Has(0, WordClass.ImperativeOpener | WordClass.CallToAction | WordClass.Interface);
}
