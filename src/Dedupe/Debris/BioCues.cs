using System.Text.RegularExpressions;

namespace Limber.Dedupe;

/// <summary>Author and reviewer bios: "Name is a …", "Name, a …," and "I'm a …" openings, roles, credentials after a name, career phrases.</summary>
internal static partial class BioCues
{
    internal static void Biography(PassageWords w, DebrisScore score)
    {
        // "Our expert: Dr. X is a …", "About the author — X is …": the shape is read after a short label. "Hello, I'm
        // Maya — a …" is no label: the greeting is the shape's own start.
        var text = w.Text;
        var colon = text.AsSpan(0, Math.Min(text.Length, 40)).IndexOfAny(':', '-');
        if (colon > 0 && colon + 2 < text.Length && text.AsSpan(0, colon).Count(' ') <= 3 && !Greeting().IsMatch(text))
        {
            text = text[(colon + 1)..].TrimStart(' ', '-');
        }

        var opening = ThirdPersonBioOpening().Match(text);
        var appositive = opening.Success ? Match.Empty : AppositiveBioOpening().Match(text);
        var firstPerson = opening.Success || appositive.Success ? Match.Empty : FirstPersonBioOpening().Match(text);
        var shaped = opening.Success || appositive.Success || firstPerson.Success;
        if (shaped)
        {
            var role = RoleNear(w, opening.Success ? opening : appositive.Success ? appositive : firstPerson);
            var shape = opening.Success ? "'Name is …' opening" : appositive.Success ? "'Name, a …,' opening" : "'I'm a …' opening";
            if (role is null)
            {
                score.Add(DebrisCategory.Bio, 0.4, shape);
            }
            else
            {
                score.Add(DebrisCategory.Bio, 0.65, $"{shape} with role '{role}'");
            }
        }

        var roles = Roles(w);
        if (roles >= 2)
        {
            score.Add(DebrisCategory.Bio, 0.4, $"{roles} roles named");
        }

        var credentials = Credentials(w);
        if (credentials is not null)
        {
            score.Add(DebrisCategory.Bio, 0.4, $"credentials {credentials}");
        }

        if (!shaped && credentials is null && roles < 2 && score[DebrisCategory.Bio] == 0)
        {
            return;
        }

        var career = 0;
        string? first = null;
        foreach (Match m in CareerPhrase().Matches(w.Lower))
        {
            career++;
            first ??= m.Value;
            if (career == 3)
            {
                break;
            }
        }

        if (career > 0)
        {
            score.Add(DebrisCategory.Bio, 0.4 * career, $"{career} career phrase(s) such as '{first}'");
        }

        if (score[DebrisCategory.Bio] < 0.5)
        {
            return;
        }

        if (ContentCues.PersonalStory(w))
        {
            score.Add(DebrisCategory.Bio, -1.5, "a personal story about the body");
        }

        if (ContentCues.Quoted(w))
        {
            score.Add(DebrisCategory.Bio, -1.0, "a quoted source (says, according to)");
        }
    }

    private static string? RoleNear(PassageWords w, Match opening)
    {
        var from = opening.Index + opening.Length;
        var seen = 0;
        for (var i = 0; i < w.Count && seen < 10; i++)
        {
            if (w.Words[i].Start < opening.Index)
            {
                continue;
            }

            if (w.Words[i].Start >= from)
            {
                seen++;
            }

            var word = w[i];
            if (DebrisLexicon.RoleLookup.Contains(word) || (word.Length > 5 && (word.EndsWith("ist") || word.EndsWith("ician"))))
            {
                return word.ToString();
            }
        }

        return null;
    }

    /// <summary>How many different role words ("writer", "therapist", "founder") the passage names.</summary>
    private static int Roles(PassageWords w)
    {
        var roles = 0;
        var last = -1;
        for (var i = 0; i < w.Count; i++)
        {
            if (w.Has(i, WordClass.Role) && (last < 0 || !w[i].SequenceEqual(w[last])))
            {
                roles++;
                last = i;
            }
        }

        return roles;
    }

    /// <summary>Letters after a name: ", PhD", ", DPT, OCS", "(NASM-CPT)".</summary>
    private static string? Credentials(PassageWords w)
    {
        List<string>? found = null;
        for (var i = 1; i < w.Count; i++)
        {
            var word = w.Words[i];
            if (!word.AllCapitals && !w.Has(i, WordClass.Credential))
            {
                continue;
            }

            var before = w.Text[word.Start - 1];
            if (before is not (' ' or '(' or ','))
            {
                continue;
            }

            var prev = w.Between(i - 1);
            if (!(prev.Contains(',') || prev.Contains('(')))
            {
                continue;
            }

            if ((w.Has(i, WordClass.Credential) && (word.AllCapitals || word.HasInnerCapital || word.Capitalised)) || (word.AllCapitals && word.Length is >= 2 and <= 5 && w.Words[i - 1].Capitalised))
            {
                (found ??= []).Add(w.Original(i));
            }
        }

        return found is null ? null : string.Join(", ", found.Distinct());
    }

    [GeneratedRegex(@"^(?:(?:dr|prof)\.? )?(?!(?:the|this|that|these|it|he|she|they|we|you|our|my|your|his|her|there|most|many|some|each|every|all|any|what|how|why)\b)(?>(?-i:[A-Z][\p{L}'-]+)(?: (?-i:[A-Z][\p{L}.'-]*)){0,3})(?>(?:, ?\(?(?-i:[A-Z][A-Za-z0-9-]{1,8})\)?(?: \((?-i:[A-Z][a-z]+)\))?){0,5}),? (?:is|was|has been|has|holds|covers|writes|serves|spent|joined|teaches|develops|leads|runs|oversees|specializes|specialises)\b", DebrisCues.Options)]
    private static partial Regex ThirdPersonBioOpening();

    [GeneratedRegex(@"^(?:(?:dr|prof)\.? )?(?>(?-i:[A-Z][\p{L}'-]+)(?: (?-i:[A-Z][\p{L}.'-]*)){1,3}), (?:a|an|the) [^,]{3,80}, (?-i:[a-z]+s)\b", DebrisCues.Options)]
    private static partial Regex AppositiveBioOpening();

    [GeneratedRegex(@"^(?:hi|hello|hey|i'm|i am)\b", DebrisCues.Options)]
    private static partial Regex Greeting();

    [GeneratedRegex(@"^(?:hi,? |hello,? )?(?:(?:(?:i'm|i am) (?-i:[A-Z]\w+)[,.!]? )?(?:i'm|i am|i've been|i have been|i was) |(?:i'm|i am) (?-i:[A-Z]\w+)(?:,| [—–-]) )(?:a |an |the )", DebrisCues.Options)]
    private static partial Regex FirstPersonBioOpening();

    [GeneratedRegex(@"\b(?:(?:has|have|i've|she's|he's) (?:written|covered|practi[cs]ed|published|worked|trained|treated|taught|helped|edited|reported|contributed|appeared|been (?:writing|covering|practi[cs]ing|a|an|in practice|helping|teaching))|writes about|covers (?:\w+ ){1,4}for\b|bylines?|(?:his|her|their|my) work has|appeared in|holds? a|(?:a |her |his )?(?:master's|bachelor's|doctorate|degree) (?:in|from)|years of (?:\w+ )?experience|(?:over|more than) \d+ years|for (?:over |more than )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty) (?:years|decades)|years as an? |since (?:19|20)\d\d|based in|lives in|speciali[sz](?:es|ing) in|special interest in|author of|founder of|creator of|(?:editor|writer|reporter|fellow|professor|lecturer) (?:at|of|for)|teaches at|is known for|known for|follow (?:him|her|them|me) on|previously worked|before joining|spent (?:\w+ ){0,2}years (?:as|at|in|with|working|writing|teaching|coaching)|(?:has |have )?lived in|now (?:lives|works|guides|teaches|runs|writes|splits her time|splits his time|splits their time)|graduated|in practice since|board-certified|\b(?:this|our) (?:site|blog|magazine|publication|website|newsletter|podcast|channel)\b|certified (?:\w+ ){0,2}(?:trainer|coach|teacher|specialist|instructor)|edits (?:our|the) |contributes (?:to|regularly)|the (?:voice|person|face|woman|man|brains) behind|corner of the (?:internet|web))", DebrisCues.LowerCase)]
    private static partial Regex CareerPhrase();
}
