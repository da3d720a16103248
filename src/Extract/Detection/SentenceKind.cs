namespace Limber.Extract.Detection;

/// <summary>What one sentence of a passage is to the detector, apart from whether it only states a dose.</summary>
internal enum SentenceKind : byte
{
    Unread,
    Other,
    PhysicalInstruction,
    Instruction,
    Cue,
    Description,
}
