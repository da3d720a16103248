namespace Limber.Extract.Detection;

/// <summary>
/// Gym words (distinct, and of those the ones naming a muscle, an implement or an exercise), explanation and pain cues,
/// and whether the passage defines an exercise, gives advice (other than saying what one can do, too) or states a position.
/// </summary>
internal sealed record WholeTextSignals(int GymWords, int SpecificGymWords, int Explanations, int PainWords, bool DefinesAnExercise, bool GivesAdvice, bool GivesAdviceBesidesCan, bool HasPosition);
