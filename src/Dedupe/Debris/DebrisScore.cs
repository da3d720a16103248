using System.Runtime.CompilerServices;

namespace Limber.Dedupe;

/// <summary>One piece of evidence: which kind of debris it points to, how strongly, and what was seen (for the report).</summary>
internal readonly record struct DebrisEvidence(DebrisCategory Category, double Weight, string What);

/// <summary>
/// The evidence gathered for one passage, summed by category. A category at <see cref="Threshold"/> or above is a decision.
/// Only a score that is <see cref="Explaining"/> words its evidence; the weights are the same either way.
/// </summary>
internal sealed class DebrisScore(bool explaining = true)
{
    public const double Threshold = 1.0;

    /// <summary>Whether evidence is kept with its wording (for the reason of a decision), or only weighed.</summary>
    public bool Explaining { get; } = explaining;

    private readonly double[] _scores = new double[DebrisCategories.All.Count];
    private readonly List<DebrisEvidence> _evidence = [];

    public IReadOnlyList<DebrisEvidence> Evidence => _evidence;

    public double this[DebrisCategory category] => _scores[(int)category];

    public void Add(DebrisCategory category, double weight, string what)
    {
        if (weight == 0)
        {
            return;
        }

        _scores[(int)category] += weight;
        if (Explaining)
        {
            _evidence.Add(new DebrisEvidence(category, weight, what));
        }
    }

    /// <summary><see cref="Add(DebrisCategory, double, string)"/> with wording that is only written when explaining.</summary>
    public void Add(DebrisCategory category, double weight, [InterpolatedStringHandlerArgument("")] ref EvidenceText what) =>
        Add(category, weight, Explaining ? what.ToStringAndClear() : "");

    /// <summary>The highest-scoring enabled category, and its score.</summary>
    public (DebrisCategory Category, double Score) Best(Func<DebrisCategory, bool> enabled)
    {
        var best = (Category: DebrisCategory.Symbols, Score: double.NegativeInfinity);
        foreach (var category in DebrisCategories.All)
        {
            if (enabled(category) && _scores[(int)category] > best.Score)
            {
                best = (category, _scores[(int)category]);
            }
        }

        return best;
    }

    /// <summary>"author bio (score 1.6: 'X is a …' opening +0.6; credentials PhD +0.4; …)".</summary>
    public string Reason(DebrisCategory category)
    {
        var parts = _evidence.Where(e => e.Category == category).Select(e => $"{e.What} {(e.Weight > 0 ? "+" : "")}{e.Weight.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}");
        return $"{category.Label()} (score {this[category].ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}: {string.Join("; ", parts)})";
    }
}
