using System.Text.RegularExpressions;

namespace Limber.Dedupe;

/// <summary>What speaks against debris: a first-person story about the body (testimonials are content) and a quoted or reported source.</summary>
internal static partial class ContentCues
{
    /// <summary>A first-person story about the body or the family ("my back", "I had"): testimonials are content.</summary>
    internal static bool PersonalStory(PassageWords w) => w.Count >= 6 && PersonalStoryPhrase().IsMatch(w.Lower);

    /// <summary>A quoted or reported source: "says Dr. …", "according to …", "her team found that …", or an opening quotation.</summary>
    internal static bool Quoted(PassageWords w) => w.Text.StartsWith('"') || QuoteAttribution().IsMatch(w.Lower);

    [GeneratedRegex(@"\b(?:my (?:lower |low |upper |left |right |bad )?(?:back|hip|hips|knee|knees|neck|leg|legs|foot|feet|pain|pelvis|shoulder|shoulders|spine|sciatica|symptoms|doctor|physio|physiotherapist|surgeon|husband|wife|son|daughter)|i (?:had|have had|couldn't|could not|can't|hurt|injured|was diagnosed|tried|tested|noticed|started|sit|stand)|i've had|we tried|after my)\b", DebrisCues.LowerCase)]
    private static partial Regex PersonalStoryPhrase();

    [GeneratedRegex(@"\b(?:says|said|according to|told|explains|explained|recommends|notes|adds|found that|showed that|shows that|suggests that|reported that|concluded)\b", DebrisCues.LowerCase)]
    private static partial Regex QuoteAttribution();
}
