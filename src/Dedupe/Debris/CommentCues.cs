using System.Text.RegularExpressions;

namespace Limber.Dedupe;

/// <summary>
/// Reader comments scraped with the article: praise or thanks for the post, words aimed at its author ("the stretch you
/// outlined", "your perspective"), and a question put back to them ("Thoughts?"). Each shape alone is common in prose;
/// together they are a reply to the page, not part of it.
/// </summary>
internal static partial class CommentCues
{
    internal static void Comment(PassageWords w, DebrisScore score)
    {
        // Nearly every passage stops here: a comment opens with praise or thanks (the first words PraiseOpening can
        // start with), or asks the author something.
        if (w.Questions == 0 && w[0] is not ("great" or "good" or "nice" or "excellent" or "awesome" or "helpful" or "interesting" or "useful" or "fantastic" or "wonderful" or "very" or "love" or "loved" or "thanks" or "thank" or "really" or "such" or "a" or "i"))
        {
            return;
        }

        var lower = w.Lower;
        if (PraiseOpening().Match(lower) is { Success: true } praise)
        {
            score.Add(DebrisCategory.Comment, 0.6, $"opens with praise for the page ('{praise.Value}')");
        }

        if (AddressesTheAuthor().Match(lower) is { Success: true } author)
        {
            score.Add(DebrisCategory.Comment, 0.4, $"speaks to the author ('{author.Value}')");
        }

        if (AsksTheAuthor().Match(lower) is { Success: true } question)
        {
            score.Add(DebrisCategory.Comment, 0.4, $"asks the author ('{question.Value}')");
        }

        if (score[DebrisCategory.Comment] >= 0.6 && ContentCues.Quoted(w))
        {
            score.Add(DebrisCategory.Comment, -1.0, "a quoted source");
        }
    }

    [GeneratedRegex(@"^(?:(?:really |such a |a )?(?:great|good|nice|excellent|awesome|helpful|interesting|useful|fantastic|wonderful|very helpful|very useful)(?: \w+)? (?:post|article|points?|read|write-up|writeup|piece|video|info|information|tips|explanation|stuff|blog|site|work|summary|overview)\b|(?:love|loved|really enjoyed|i enjoyed) (?:this|the|your) (?:post|article|piece|video|blog|write-up|explanation)\b|thanks?(?: you)?(?: so much| very much)? for (?:this|the|sharing|posting|writing|putting|explaining|your)\b)", DebrisCues.LowerCase)]
    private static partial Regex PraiseOpening();

    [GeneratedRegex(@"\byou(?:'ve| have)? (?:outlined|wrote|written|mentioned|described|said|posted|shared|suggested|recommended|explained|showed|shown|covered)\b|\byour (?:article|post|perspective|thoughts|take|opinion|view|views|blog|video|write-up|explanation)\b", DebrisCues.LowerCase)]
    private static partial Regex AddressesTheAuthor();

    [GeneratedRegex(@"\bthoughts\?|\bany thoughts\b|\bwhat do you think\b|\bwhat are your thoughts\b|\bi(?:'m| am) curious\b|\bwould love to hear\b|\bdo you (?:recommend|have|think)\b", DebrisCues.LowerCase)]
    private static partial Regex AsksTheAuthor();
}
