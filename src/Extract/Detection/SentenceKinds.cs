using Limber.Extract.Dosage;
using Limber.Extract.Steps;
using Limber.Extract.Text;

namespace Limber.Extract.Detection;

/// <summary>
/// The sentences of one passage, each read at most once however often the detector asks (before and after the name's
/// lead-in is known, with and without the dose): whether it is an imperative, its <see cref="SentenceKind"/>, and
/// whether it only states a dose.
/// </summary>
internal sealed class SentenceKinds(IReadOnlyList<Segment> segments)
{
    private readonly SentenceKind[] _kinds = new SentenceKind[segments.Count];
    private readonly bool?[] _imperative = new bool?[segments.Count];
    private readonly bool?[] _dose = new bool?[segments.Count];
    private readonly sbyte[] _sequence = new sbyte[segments.Count];

    public IReadOnlyList<Segment> Segments { get; } = segments;

    public int Count => Segments.Count;

    /// <summary>What the detector read from the whole passage, once read.</summary>
    public WholeTextSignals? WholeText { get; set; }

    public bool IsImperative(int i) => _imperative[i] ??= Imperatives.IsImperative(Segments[i].Text);

    public bool IsDosageOnly(int i) => _dose[i] ??= DosageSentences.IsDosageOnly(Segments[i].Text);

    /// <summary><see cref="MovementSequence.Length"/> of a sentence that instructs or describes a movement; 0 for the others.</summary>
    public int SequenceLength(int i)
    {
        if (_sequence[i] == 0)
        {
            _sequence[i] = (sbyte)(Kind(i) is SentenceKind.PhysicalInstruction or SentenceKind.Description ? MovementSequence.Length(Segments[i].Text) + 1 : 1);
        }

        return _sequence[i] - 1;
    }

    public SentenceKind Kind(int i)
    {
        if (_kinds[i] == SentenceKind.Unread)
        {
            var body = Segments[i].Text;
            _kinds[i] = IsImperative(i) || StepReader.IsCaution(body) ? (ExerciseDetector.IsPhysical(body) ? SentenceKind.PhysicalInstruction : SentenceKind.Instruction)
                : ExerciseDetector.IsCue(body) ? SentenceKind.Cue
                : ExerciseDetector.IsDescription(body) ? SentenceKind.Description
                : SentenceKind.Other;
        }

        return _kinds[i];
    }
}
