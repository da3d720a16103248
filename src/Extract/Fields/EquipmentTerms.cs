using System.Text.RegularExpressions;
using Limber.Extract.Text;

namespace Limber.Extract.Fields;

/// <summary>The equipment an exercise can name, each with the phrasings (gym words and synonyms) that mean it.</summary>
public static partial class EquipmentTerms
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public static readonly IReadOnlyList<Term> All =
    [
        new Term("mini band", MiniBand()),
        new Term("resistance band", ResistanceBand()),
        new Term("yoga block", YogaBlock()),
        new Term("foam roller", FoamRoller()),
        new Term("massage ball", MassageBall()),
        new Term("massage stick", MassageStick()),
        new Term("stability ball", StabilityBall()),
        new Term("medicine ball", MedicineBall()),
        new Term("mat", Mat()),
        new Term("chair", Chair()),
        new Term("bench", Bench()),
        new Term("box", Box()),
        new Term("step", Step()),
        new Term("dumbbell", Dumbbell()),
        new Term("kettlebell", Kettlebell()),
        new Term("barbell", Barbell()),
        new Term("barbell", TheBar()),
        new Term("pull-up bar", PullUpBar()),
        new Term("cable machine", CableMachine()),
        new Term("rack", Rack()),
        new Term("sled", Sled()),
        new Term("suspension trainer", SuspensionTrainer()),
        new Term("weight plate", WeightPlate()),
        new Term("strap", Strap()),
        new Term("towel", Towel()),
        new Term("pillow", Pillow()),
        new Term("dowel", Dowel()),
        new Term("wall", Wall()),
        new Term("machine", Machine()),
    ];

    [GeneratedRegex(@"\bmini[- ]?bands?\b|\bloop bands?\b|\bhip circle band\b|\bbooty bands?\b", Options)]
    private static partial Regex MiniBand();

    [GeneratedRegex(@"(?<!\b(?:mini|it|iliotibial|loop|abdominal|muscle|tight)[- ]?)\b(?:(?:resistance|exercise|elastic|therapy|long) )?bands?\b(?!\s+of\b)|\btheraband\b", Options)]
    private static partial Regex ResistanceBand();

    [GeneratedRegex(@"\b(?:yoga |foam )?blocks?\b", Options)]
    private static partial Regex YogaBlock();

    [GeneratedRegex(@"\bfoam[- ]?roll(?:er|ers)?\b|\b(?:on|with) (?:a|the) roller\b", Options)]
    private static partial Regex FoamRoller();

    [GeneratedRegex(@"\b(?:massage|tennis|lacrosse|trigger[- ]point) balls?\b", Options)]
    private static partial Regex MassageBall();

    [GeneratedRegex(@"\bmassage sticks?\b|\broller sticks?\b", Options)]
    private static partial Regex MassageStick();

    [GeneratedRegex(@"\b(?:stability|exercise|swiss|physio|balance|gym|fitness|bosu) balls?\b", Options)]
    private static partial Regex StabilityBall();

    [GeneratedRegex(@"\b(?:medicine|med|slam|wall) balls?\b", Options)]
    private static partial Regex MedicineBall();

    [GeneratedRegex(@"\b(?:yoga |exercise |gym )?mats?\b", Options)]
    private static partial Regex Mat();

    [GeneratedRegex(@"\bchairs?\b", Options)]
    private static partial Regex Chair();

    [GeneratedRegex(@"\bbench(?:es)?\b(?! press)", Options)]
    private static partial Regex Bench();

    [GeneratedRegex(@"\b(?:plyo )?box(?:es)?\b", Options)]
    private static partial Regex Box();

    [GeneratedRegex(@"\b(?:on|onto|off|of|from|up) (?:a|the|your) (?:low |bottom |sturdy )?(?:step|stair|stairs)\b|\b(?:low|aerobic|bottom) step\b", Options)]
    private static partial Regex Step();

    [GeneratedRegex(@"\bdumbb?ells?\b|\bhand weights?\b|(?-i:\bDBs?\b)|\bweights? in (?:each|one|both|your|the other) hands?\b|\bhold(?:s|ing)? (?:a |the |two )?(?:light )?weights?\b|\bcurl the weights\b", Options)]
    private static partial Regex Dumbbell();

    [GeneratedRegex(@"\bkettle ?bells?\b", Options)]
    private static partial Regex Kettlebell();

    /// <summary>A barbell, or an EZ or SZ curl bar (a barbell with bends for the hands).</summary>
    [GeneratedRegex(@"\bbar ?bells?\b|\b(?:ez|sz)[- ]?(?:curl[- ])?bars?\b|\b(?:straight|olympic|curl|trap|hex) bars?\b", Options)]
    private static partial Regex Barbell();

    /// <summary>"the bar" of a lift; <see cref="HangingFromABar"/> tells when it is a bar hung from instead.</summary>
    [GeneratedRegex(@"\b(?:the|a|your) bar\b(?!\s*(?:attachment|handle))|\b(?:pull|lift|hold|grip|grab|press|lower|raise|unrack|load)(?:s|ing)? bar\b", Options)]
    private static partial Regex TheBar();

    /// <summary>Pull-ups, chin-ups, hangs and dips: "the bar" of these passages is not a barbell.</summary>
    [GeneratedRegex(@"\b(?:pull|chin|muscle)[- ]?ups?\b|\bhang(?:s|ing)?\b|\bdips?\b|\bparallel bars\b|\bcables?\b|\bpulleys?\b|\blat pull", Options)]
    public static partial Regex HangingFromABar();

    [GeneratedRegex(@"\b(?:pull|chin)[- ]?up bars?\b|\bhorizontal bar\b|\bhang(?:ing)? (?:from|on) (?:a|the) bar\b", Options)]
    private static partial Regex PullUpBar();

    [GeneratedRegex(@"\bcables?(?: machine| column| station| crossover)?s?\b|\b(?:high|low|upper|lower|cable)?[- ]?pulleys?\b|\brope attachment\b", Options)]
    private static partial Regex CableMachine();

    [GeneratedRegex(@"\b(?:squat|power|free) racks?\b|\b(?:un)?rack(?:ed|ing)? (?:the|a) (?:bar|barbell|weight)\b|\bthe rack\b", Options)]
    private static partial Regex Rack();

    [GeneratedRegex(@"\bsled\b|\bprowler\b", Options)]
    private static partial Regex Sled();

    [GeneratedRegex(@"\btrx\b|\bsuspension (?:trainer|straps?)\b|\bgymnastic rings\b", Options)]
    private static partial Regex SuspensionTrainer();

    [GeneratedRegex(@"\b(?:weight|bumper|olympic) plates?\b", Options)]
    private static partial Regex WeightPlate();

    [GeneratedRegex(@"(?<!\b(?:trx|suspension)\s)\b(?:yoga )?straps?\b|\bbelt\b", Options)]
    private static partial Regex Strap();

    [GeneratedRegex(@"\btowels?\b", Options)]
    private static partial Regex Towel();

    [GeneratedRegex(@"\bpillows?\b|\bcushions?\b|\bbolsters?\b", Options)]
    private static partial Regex Pillow();

    [GeneratedRegex(@"\bdowels?\b|\bbroomstick\b|\bpvc pipe\b", Options)]
    private static partial Regex Dowel();

    [GeneratedRegex(@"\b(?:against|on|into|facing|toward|towards|beside|near|at|to|from|off|up|of|touch(?:es)?|touching) (?:a|the) wall\b", Options)]
    private static partial Regex Wall();

    [GeneratedRegex(@"\b(?<!(?:cable|smith) )machine\b|\bsmith machine\b|\bleg press\b(?= (?:machine|sled|platform|seat))", Options)]
    private static partial Regex Machine();
}
