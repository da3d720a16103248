namespace Limber.Dedupe;

/// <summary>
/// The word classes of <see cref="DebrisLexicon"/> a word belongs to, found with one look-up per word when a passage is
/// cut into words (<see cref="PassageWords"/>), so the cues test flags instead of looking words up again.
/// </summary>
[Flags]
internal enum WordClass : ushort
{
    None = 0,
    Function = 1 << 0,
    SecondPerson = 1 << 1,
    Role = 1 << 2,
    Credential = 1 << 3,
    CallToAction = 1 << 4,
    ImperativeOpener = 1 << 5,
    SocialNetwork = 1 << 6,
    Interface = 1 << 7,
    Month = 1 << 8,

    /// <summary>The first word of a page-furniture phrase (<see cref="DebrisLexicon.Terms"/>).</summary>
    TermStart = 1 << 9,

    /// <summary>The first word of a label (<see cref="DebrisLexicon.Labels"/>).</summary>
    LabelStart = 1 << 10,
}
