namespace Limber.Extract.Detection;

/// <summary>Gym words (distinct), explanation and pain cues, and whether the passage defines an exercise, gives advice or states a position.</summary>
internal sealed record WholeTextSignals(int GymWords, int Explanations, int PainWords, bool DefinesAnExercise, bool GivesAdvice, bool HasPosition);
