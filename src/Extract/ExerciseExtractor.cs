using System.Collections.Immutable;
using Limber.Extract.Detection;
using Limber.Extract.Dosage;
using Limber.Extract.Fields;
using Limber.Extract.Names;
using Limber.Extract.Steps;
using Limber.Extract.Text;
using Limber.Pages;

namespace Limber.Extract;

/// <summary>What the extractor made of one passage.</summary>
public sealed record Extraction(bool IsExercise, Exercise? Exercise, ImmutableArray<FieldWarning> Warnings, string Why);

/// <summary>A field that was left null, and why.</summary>
public sealed record FieldWarning(string Field, string Why);

/// <summary>
/// Decides whether a passage is an exercise instruction and reads its fields: detection, name, steps and cautions,
/// dose, position, equipment and body areas, each read by its own part. Pure and deterministic. Fields that cannot be
/// read with confidence are left null and come with a <see cref="FieldWarning"/>.
/// </summary>
public static class ExerciseExtractor
{
    public static Extraction Extract(string passageText, SourceRef source)
    {
        var text = Normalise(passageText);
        var segments = Segmenter.Split(text);
        var sentences = new SentenceKinds(segments);
        // A passage that opens by naming an exercise ("How to do a deadhang: …", "Neck extension. …") is read on even
        // when the cheap first looks find no movement: an entry under its name may only say what the exercise is.
        bool? opensWithName = null;
        if (!ExerciseDetector.MayBeAnExercise(text, sentences) && !(opensWithName ??= ExerciseNames.OpensWithExerciseName(text)))
        {
            return new Extraction(false, null, [], "no instruction and no gym word");
        }

        // Sentence by sentence first: with no movement and no exercise defined, or more explanation than instruction,
        // no rule can hold, and the dose and the name need not be read (first without reading which sentences are doses).
        if (ExerciseDetector.RuledOutWithoutDoses(text, sentences) && !(opensWithName ??= ExerciseNames.OpensWithExerciseName(text)))
        {
            return new Extraction(false, null, [], "no movement described or explained more than instructed, even taking no sentence for a dose");
        }

        var signals = ExerciseDetector.Read(text, sentences, -1, hasDose: false);
        if (ExerciseDetector.CannotBeAnExercise(signals) && !(opensWithName ??= ExerciseNames.OpensWithExerciseName(text)))
        {
            return new Extraction(false, null, [], $"no movement described or explained more than instructed ({signals.Movement} movement sentences, {signals.Explanations} explanation cues)");
        }

        var name = ExerciseNames.Find(text, segments, exerciseLike: false);
        if (name is { LeadInSegment: >= 0 })
        {
            signals = ExerciseDetector.Read(text, sentences, name.LeadInSegment, hasDose: false);
        }

        // A passage that only defines an exercise, with no movement in it, is named by a label or by the name of an
        // exercise ("The reverse fly is …"), not by any subject of "is an exercise" ("Walking is a gentle exercise …").
        var named = name is not null && (signals.Movement > 0 || ExerciseNames.NamesAnExercise(name));

        // Named as an exercise by a label that is an exercise's name, or by its heading ("How to do a …:") unless what
        // follows is everyday advice ("How to do a home office check: 1. Set the screen at eye level …").
        bool? everyday = null;
        var exerciseName = name is { FromLeadIn: true } && (ExerciseNouns.IsOne(name.Name) || (ExerciseNames.IsHowToName(text, name) && !(everyday ??= Vocabulary.EverydayActivity.IsMatch(text))));

        // A dose only helps a rule hold: when none holds even with one, the dose need not be read.
        if (!ExerciseDetector.Decide(signals with { HasDose = true }, named, prescribed: true, everyday: false, exerciseName).IsExercise)
        {
            return new Extraction(false, null, [], $"no rule, even with a dose: {signals.PhysicalInstructions} physical instructions, {signals.Descriptions} descriptions, {signals.Cues} cues in {signals.Sentences} sentences; {signals.GymWords} gym words; name: {name?.Name ?? "-"}; explanation cues: {signals.Explanations}");
        }

        var dosage = DosageReader.Read(text);
        var hasDose = dosage.Reps is not null || dosage.Sets is not null || dosage.Hold is not null || dosage.PerSide;
        signals = signals with { HasDose = hasDose };
        var prescribed = dosage.Reps is not null || dosage.Sets is not null || dosage.Hold is not null;
        var (isExercise, rule) = ExerciseDetector.Decide(signals, named, prescribed, everyday ??= Vocabulary.EverydayActivity.IsMatch(text), exerciseName);
        if (isExercise && name is null)
        {
            // A plain label ("Rowing, T-bar. …") names the exercise once the rest reads as one.
            name = ExerciseNames.Find(text, segments, exerciseLike: true);
        }

        var why = $"{rule}: {signals.PhysicalInstructions} physical instructions, {signals.Descriptions} descriptions, {signals.Cues} cues in {signals.Sentences} sentences; {signals.GymWords} gym words; dosage: {signals.HasDose}; position: {signals.HasPosition}; name: {name?.Name ?? "-"}; explanation cues: {signals.Explanations}";
        if (!isExercise)
        {
            return new Extraction(false, null, [], why);
        }

        var warnings = new List<FieldWarning>(dosage.Warnings);
        var steps = StepReader.Read(segments, name);
        if (steps.Steps.Count == 0)
        {
            warnings.Add(new FieldWarning("steps", "no sentence reads as an action to perform"));
        }

        var position = ExerciseFields.Position(text, warnings);
        var equipment = ExerciseFields.Equipment(text);
        var areas = ExerciseFields.Areas(text);
        var title = name is not null ? Capitalise(name.Name) : DerivedTitle.For(text, segments, position, areas, equipment);
        var exercise = new Exercise
        {
            Title = title,
            Slug = Limber.Text.Slug.From(title),
            Name = name?.Name,
            Steps = [.. steps.Steps],
            Cautions = [.. steps.Cautions],
            Reps = dosage.Reps,
            Sets = dosage.Sets,
            Hold = dosage.Hold,
            Rest = dosage.Rest,
            PerSide = dosage.PerSide,
            Equipment = [.. equipment],
            Position = position,
            BodyAreas = [.. areas],
            Source = new SourceRef(source.File, source.Line),
        };
        return new Extraction(true, exercise, [.. warnings.Distinct()], why);
    }

    /// <summary>
    /// No-break spaces and tabs as spaces; any run of two or more white-space characters as one space; sentence breaks
    /// that scraping lost put back (<see cref="LostBreaks"/>).
    /// </summary>
    internal static string Normalise(string text)
    {
        text = LostBreaks.Restore(text.Trim());
        var sb = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var run = i;
            while (run < text.Length && char.IsWhiteSpace(text[run]))
            {
                run++;
            }

            if (run - i >= 2)
            {
                sb.Append(' ');
                i = run - 1;
                continue;
            }

            sb.Append(text[i] is '\u00A0' or '\t' ? ' ' : text[i]);
        }

        return sb.ToString();
    }

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
