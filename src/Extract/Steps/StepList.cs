using System.Text.RegularExpressions;
using Limber.Extract.Dosage;
using Limber.Extract.Names;
using Limber.Extract.Text;

namespace Limber.Extract.Steps;

/// <summary>An exercise's steps, in the passage's order, and its cautions and tips.</summary>
public sealed record StepList(IReadOnlyList<string> Steps, IReadOnlyList<string> Cautions);

/// <summary>
/// Keeps every sentence of an exercise passage a reader needs, in order: setup ("Your hips should be below …"),
/// descriptions of the movement and instructions alike. Left out: the name's lead-in, headings ("How to:"), sentences
/// that state only the dose (read into the dose fields), photo captions and quotes' attributions. Cautions and tips
/// ("Avoid …", "Make sure …", "Note: …") go to their own list.
/// </summary>
public static partial class StepReader
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public static StepList Read(IReadOnlyList<Segment> segments, StatedName? name)
    {
        var steps = new List<string>();
        var cautions = new List<string>();
        for (var i = 0; i < segments.Count; i++)
        {
            if (name is not null && i == name.LeadInSegment)
            {
                continue;
            }

            var s = ExerciseNames.WithoutHeading(segments[i].Text).Trim();
            if (i == 0 && name is { FromLeadIn: true, LeadInSegment: < 0 })
            {
                s = ExerciseNames.WithoutLeadIn(s);
            }
            else if (i == 1 && name is { FromLeadIn: true })
            {
                // "Mobility exercise: | Thread the needle: Kneel on all fours.": the second label of the name opens the next sentence.
                s = ExerciseNames.WithoutSecondLabel(s, name);
            }

            s = LetterLabel().Replace(s, "").Trim();
            if (s.Length == 0 || IsHeadingOnly(s) || DosageSentences.IsDosageOnly(s) || Caption().IsMatch(s) || Attribution().IsMatch(s))
            {
                continue;
            }

            var caution = CautionLabel().Match(s);
            if (caution.Success)
            {
                var rest = s[caution.Length..].Trim();
                if (rest.Length > 0)
                {
                    cautions.Add(char.ToUpperInvariant(rest[0]) + rest[1..]);
                }
            }
            else if (CautionStart().IsMatch(s))
            {
                cautions.Add(s);
            }
            else
            {
                steps.Add(s);
            }
        }

        return new StepList(steps, cautions);
    }

    /// <summary>True when the sentence is a caution or tip rather than a step.</summary>
    public static bool IsCaution(string sentence) => CautionLabel().IsMatch(sentence) || CautionStart().IsMatch(sentence);

    /// <summary>"Starting position:", "Steps:", "Quick guide:": a short heading with nothing after its colon.</summary>
    private static bool IsHeadingOnly(string s) =>
        s.EndsWith(':') && s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6 && !Imperatives.IsImperative(s);

    /// <summary>"(a)", "(b)" labels of a step with its photo.</summary>
    [GeneratedRegex(@"\s*\([a-h]\)(?=\s*[.,;:]?\s*$|\s*[.,;:])", Options)]
    private static partial Regex LetterLabel();

    /// <summary>A sentence that is only a parenthetical remark, as photo captions are: "(Shown with a band.)".</summary>
    [GeneratedRegex(@"^\s*\((?:photo|image|pictured|shown|see|video|credit|source)\b.*\)\s*[.!]?\s*$", Options)]
    private static partial Regex Caption();

    /// <summary>The attribution of a quote: "…," says Dr. Lee.</summary>
    [GeneratedRegex(@"[""”]\s*,?\s*(?:[A-Z][\w.]*\s+){1,3}(?:says|said|explains|notes|adds|recommends)\b|\b(?:says|said|explains|notes|adds)\s+[A-Z]", RegexOptions.CultureInvariant)]
    private static partial Regex Attribution();

    /// <summary>"Caution:", "Note -", "Tip:", "Safety:": a labelled caution or tip.</summary>
    [GeneratedRegex(@"^\W*(?:caution|warning|note|nb|tip|pro tip|form tip|coach(?:ing)? tip|important|safety(?: tip| note)?|be careful)\s*[:\-–—!]\s*", Options)]
    private static partial Regex CautionLabel();

    /// <summary>"Avoid …", "Make sure …", "Don't …", "Never …", "Stop if …": a caution in the form of an instruction.</summary>
    [GeneratedRegex(@"^\W*(?:avoid|make sure|be sure|be careful|take care|don't|don’t|do not|never|try not to|stop (?:if|immediately)|if you (?:feel|experience) (?:any )?(?:pain|discomfort|dizz))\b", Options)]
    private static partial Regex CautionStart();
}
