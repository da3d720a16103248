using System.Text.RegularExpressions;
using Limber.Diagnostics;
using Limber.Options;

namespace Limber.Dedupe;

/// <summary>
/// Decides which passages are page debris rather than content, and why. site.yml's allow patterns are tried first (a
/// match is never debris), then its own rules, then the built-in classifier: <see cref="DebrisCues"/> scores the passage
/// on features of each kind of debris (<see cref="DebrisCategory"/>), <see cref="TemplateSkeletons"/> adds what the
/// corpus says (the same skeleton in several sources), and a kind scoring <see cref="DebrisScore.Threshold"/> or more is the
/// decision. The reason names the kind, the score and every piece of evidence. Pure and thread-safe.
/// </summary>
public sealed class DebrisClassifier
{
    private const RegexOptions PatternOptions = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(200);

    private readonly DebrisRule[] _rules;
    private readonly Regex[] _allow;
    private readonly bool[] _enabled;
    private readonly bool _anyEnabled;
    private readonly Func<DebrisCategory, bool> _isEnabled;

    public DebrisClassifier(IEnumerable<DebrisRule> rules, IEnumerable<Regex>? allow = null, IEnumerable<DebrisCategory>? categories = null)
    {
        _rules = [.. rules];
        _allow = [.. allow ?? []];
        _enabled = new bool[DebrisCategories.All.Count];
        foreach (var category in categories ?? DebrisCategories.All)
        {
            _enabled[(int)category] = true;
        }

        _anyEnabled = _enabled.Contains(true);
        _isEnabled = c => _enabled[(int)c];
    }

    /// <summary>site.yml's own rules, in the order they are tried.</summary>
    public IReadOnlyList<DebrisRule> Rules => _rules;

    /// <summary>The built-in kinds of debris this classifier sets aside.</summary>
    public IReadOnlyList<DebrisCategory> Categories => [.. DebrisCategories.All.Where(c => _enabled[(int)c])];

    /// <summary>Builds the classifier site.yml asks for; bad patterns and unknown names become warnings and are skipped.</summary>
    public static (DebrisClassifier Classifier, IReadOnlyList<Diagnostic> Diagnostics) Create(DebrisOptions options)
    {
        var diagnostics = new List<Diagnostic>();
        var rules = new List<DebrisRule>();
        foreach (var custom in options.Patterns)
        {
            if (TryRegex(custom.Pattern, $"debris pattern '{custom.Name}'", diagnostics) is { } regex)
            {
                var reason = string.IsNullOrWhiteSpace(custom.Reason) ? custom.Name : custom.Reason;
                rules.Add(new DebrisRule(custom.Name, reason, regex));
            }
        }

        var categories = new List<DebrisCategory>();
        if (options.UseDefaults)
        {
            var disabled = new HashSet<DebrisCategory>();
            foreach (var name in options.Disable)
            {
                if (DebrisCategories.Parse(name) is { } category)
                {
                    disabled.Add(category);
                }
                else
                {
                    diagnostics.Add(Diagnostic.Warning(
                        DiagnosticCodes.DedupeOptionInvalid,
                        $"dedupe.debris.disable: no built-in kind of debris is called '{name}' (known: {string.Join(", ", DebrisCategories.All.Select(c => c.Name()))})",
                        "site.yml"));
                }
            }

            categories.AddRange(DebrisCategories.All.Where(c => !disabled.Contains(c)));
        }

        var allow = new List<Regex>();
        foreach (var pattern in options.Allow)
        {
            if (TryRegex(pattern, "debris allow pattern", diagnostics) is { } regex)
            {
                allow.Add(regex);
            }
        }

        return (new DebrisClassifier(rules, allow, categories), diagnostics);
    }

    /// <summary>The reason a passage is debris, or null when it is content (no corpus evidence).</summary>
    public string? Classify(string raw) => ClassifyFolded(TextNormalizer.Fold(raw));

    /// <summary><see cref="Classify"/> for text already passed through <see cref="TextNormalizer.Fold"/>, with the corpus's template skeletons.</summary>
    public string? ClassifyFolded(string text, TemplateSkeletons? corpus = null)
    {
        foreach (var regex in _allow)
        {
            if (SafeMatch(regex, text))
            {
                return null;
            }
        }

        foreach (var rule in _rules)
        {
            if (SafeMatch(rule.Pattern, text))
            {
                return rule.Reason;
            }
        }

        if (!_anyEnabled)
        {
            return null;
        }

        // Weighed first without wording the evidence (nearly every passage is content); a decision is weighed again to word its reason.
        var words = new PassageWords(text);
        if (Weigh(words, corpus, explaining: false).Best(_isEnabled).Score < DebrisScore.Threshold)
        {
            return null;
        }

        var score = Weigh(words, corpus, explaining: true);
        return score.Reason(score.Best(_isEnabled).Category);
    }

    private DebrisScore Weigh(PassageWords words, TemplateSkeletons? corpus, bool explaining)
    {
        var score = new DebrisScore(explaining);
        DebrisCues.Score(words, score);
        if (corpus is not null && words.Count <= TemplateSkeletons.MaxWords)
        {
            AddTemplateEvidence(words.Text, corpus, score);
        }

        return score;
    }

    /// <summary>Every kind with evidence, and its evidence, whether or not it reaches the threshold (for tuning and tests).</summary>
    internal string Explain(string raw)
    {
        var words = new PassageWords(TextNormalizer.Fold(raw));
        var score = new DebrisScore();
        DebrisCues.Score(words, score);
        return string.Join(" | ", score.Evidence.Select(e => e.Category).Distinct().Where(c => _enabled[(int)c]).Select(score.Reason));
    }

    /// <summary>A skeleton seen in other files with other names or numbers strengthens what the passage already looks like; seen widely, it is template text on its own.</summary>
    private void AddTemplateEvidence(string text, TemplateSkeletons corpus, DebrisScore score)
    {
        var (files, variants) = corpus.Occurrences(text);
        if (files < 2 || variants < 2)
        {
            return;
        }

        var (category, best) = score.Best(c => c != DebrisCategory.Template && _enabled[(int)c]);
        if (best >= 0.5)
        {
            score.Add(category, 0.5, $"its skeleton occurs in {files} source files in {variants} wordings");
        }
        else if (files >= 3 && variants >= 3)
        {
            score.Add(DebrisCategory.Template, 1.0, $"its skeleton occurs in {files} source files in {variants} wordings");
        }
    }

    private static bool SafeMatch(Regex regex, string text)
    {
        try
        {
            return regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static Regex? TryRegex(string pattern, string what, List<Diagnostic> diagnostics)
    {
        if (string.IsNullOrWhiteSpace(pattern))
        {
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.DebrisPatternInvalid, $"{what} is empty; skipped", "site.yml"));
            return null;
        }

        try
        {
            return new Regex(pattern, PatternOptions, Timeout);
        }
        catch (ArgumentException ex)
        {
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.DebrisPatternInvalid, $"{what} is not a valid regular expression ({ex.Message}); skipped", "site.yml"));
            return null;
        }
    }
}
