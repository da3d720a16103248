using System.Buffers;
using System.Text.RegularExpressions;
using Limber.Diagnostics;
using Limber.Options;

namespace Limber.Dedupe;

/// <summary>One debris rule: a name (to disable it in site.yml), the reason shown in the report, and a pattern.</summary>
public sealed record DebrisRule(string Name, string Reason, Regex Pattern)
{
    /// <summary>When set, the pattern is only tried on text containing one of these (case-insensitive): a cheap pre-check for unanchored patterns.</summary>
    public IReadOnlyList<string> Hints { get; init; } = [];

    /// <summary>When set, the pattern is only tried on passages at most this long (whole-line rules for short lines).</summary>
    public int MaxLength { get; init; } = int.MaxValue;

    /// <param name="text">The folded passage.</param>
    /// <param name="lower">The same, lower-cased (hints are matched ordinally against it).</param>
    public bool MayMatch(string text, ReadOnlySpan<char> lower)
    {
        if (text.Length > MaxLength)
        {
            return false;
        }

        if (Hints.Count == 0)
        {
            return true;
        }

        foreach (var hint in Hints)
        {
            if (lower.Contains(hint.AsSpan(), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>
/// Sets aside lines that are not content. Rules are matched (case-insensitive) against the passage with entities decoded,
/// quotes and dashes folded and whitespace collapsed. site.yml can switch built-in rules off, add rules and exempt lines.
/// </summary>
public sealed partial class DebrisClassifier
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private const int TimeoutMs = 200;
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(TimeoutMs);

    private const string Roles = @"(?:writer|author|editor|journalist|blogger|founder|co-?founder|scientist|researcher|therapist|physiotherapist|physio|chiropractor|osteopath|coach|trainer|instructor|teacher|nutritionist|dietitian|doctor|physician|surgeon|nurse|practitioner|kinesiologist|specialist)s?";
    private const string RoleAdjectives = @"(?:(?:former|certified|registered|licensed|senior|freelance|professional|medical|health|science|fitness|sports?|yoga|massage|physical|research|staff|contributing|board[- ]certified|personal|strength|and|&|(?-i:[A-Z][\w.'-]*))[ ,]+){0,6}";

    private readonly DebrisRule[] _rules;
    private readonly Regex[] _allow;

    public DebrisClassifier(IEnumerable<DebrisRule> rules, IEnumerable<Regex>? allow = null)
    {
        _rules = [.. rules];
        _allow = [.. allow ?? []];
    }

    public IReadOnlyList<DebrisRule> Rules => _rules;

    /// <summary>Built-in rules, in the order they are tried.</summary>
    public static IReadOnlyList<DebrisRule> Defaults { get; } =
    [
        Rule("symbols", "no words (a lone symbol or punctuation)", SymbolsPattern()),
        Rule("back-link", "back link", BackLinkPattern()),
        Rule("navigation", "navigation", NavigationPattern()),
        Rule("navigation", "navigation (page numbers)", PageNumbersPattern()),
        Rule("navigation", "navigation (breadcrumbs)", BreadcrumbsPattern()),
        Rule("navigation", "navigation (share buttons)", ShareButtonsPattern()),
        Rule("cookie", "cookie notice", ["cookie", "by continuing"], CookiePattern()),
        Rule("newsletter", "newsletter sign-up", ["newsletter", "mailing list", "email", "inbox", "unsubscribe"], NewsletterPattern()),
        Rule("ad", "product ad", ["buy", "shop", "add to", "order", "code", "shipping", "guarantee", "refund", "offer", "%", "affiliate", "sponsored", "click"], AdPattern()),
        Rule("bio", "author bio", FirstPersonBioPattern()),
        Rule("bio", "author bio", ThirdPersonBioPattern()),
        Rule("bio", "author bio", BioHeadingPattern()),
        Rule("copyright", "copyright notice", ["©", "(c)", "copyright", "rights reserved"], CopyrightPattern()),
    ];

    /// <summary>Builds the classifier site.yml asks for; bad patterns become warnings and are skipped.</summary>
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

        if (options.UseDefaults)
        {
            var disabled = new HashSet<string>(options.Disable, StringComparer.OrdinalIgnoreCase);
            foreach (var name in disabled.Where(d => Defaults.All(r => !r.Name.Equals(d, StringComparison.OrdinalIgnoreCase))))
            {
                diagnostics.Add(Diagnostic.Warning(
                    DiagnosticCodes.DedupeOptionInvalid,
                    $"dedupe.debris.disable: no built-in debris rule is called '{name}' (known: {string.Join(", ", Defaults.Select(r => r.Name).Distinct())})",
                    "site.yml"));
            }

            rules.AddRange(Defaults.Where(r => !disabled.Contains(r.Name)));
        }

        var allow = new List<Regex>();
        foreach (var pattern in options.Allow)
        {
            if (TryRegex(pattern, "debris allow pattern", diagnostics) is { } regex)
            {
                allow.Add(regex);
            }
        }

        return (new DebrisClassifier(rules, allow), diagnostics);
    }

    /// <summary>The reason a passage is debris, or null when it is content.</summary>
    public string? Classify(string raw) => ClassifyFolded(TextNormalizer.Fold(raw));

    /// <summary><see cref="Classify"/> for text already passed through <see cref="TextNormalizer.Fold"/>.</summary>
    public string? ClassifyFolded(string text)
    {
        foreach (var regex in _allow)
        {
            if (SafeMatch(regex, text))
            {
                return null;
            }
        }

        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        try
        {
            var lower = buffer.AsSpan(0, text.AsSpan().ToLowerInvariant(buffer));
            foreach (var rule in _rules)
            {
                if (rule.MayMatch(text, lower) && SafeMatch(rule.Pattern, text))
                {
                    return rule.Reason;
                }
            }

            return null;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
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

    private static DebrisRule Rule(string name, string reason, Regex pattern) => new(name, reason, pattern);

    private static DebrisRule Rule(string name, string reason, string[] hints, Regex pattern) => new(name, reason, pattern) { Hints = [.. hints.Select(h => h.ToLowerInvariant())] };

    [GeneratedRegex(@"^[^\p{L}\p{N}]*$", Options, TimeoutMs)]
    private static partial Regex SymbolsPattern();

    [GeneratedRegex(@"^\W*(?:back to (?:the )?(?:text|top|article|contents|index|list|menu|home(?:page)?)|return to (?:the )?(?:text|top|article)|go back|top of page)\W*$", Options, TimeoutMs)]
    private static partial Regex BackLinkPattern();

    [GeneratedRegex(@"^\W*(?:home|menu|main menu|search|next|previous|prev|next page|previous page|older posts|newer posts|skip to (?:main )?content|jump to (?:recipe|content|navigation)|table of contents|contents|share|share this(?: (?:post|article|page|story))?|print|email|tweet|pin it|log ?in|sign ?in|sign ?up|register|comments?|\d+ comments?|leave a (?:comment|reply)|reply|related(?: posts| articles| stories)?|you (?:may|might) also like|advertisement|sponsored(?: content)?|click here|loading\.*|read more|continue reading|see also|close|expand|collapse)\W*$", Options, TimeoutMs)]
    private static partial Regex NavigationPattern();

    [GeneratedRegex(@"^\W*page \d+ of \d+\W*$", Options, TimeoutMs)]
    private static partial Regex PageNumbersPattern();

    [GeneratedRegex(@"^[^.!?]{1,60}(?:\s[>»/|]\s[^.!?>»/|]{1,60}){2,}$", Options, TimeoutMs)]
    private static partial Regex BreadcrumbsPattern();

    [GeneratedRegex(@"^\W*(?:share|follow us)(?: (?:on|via))?\W+(?:facebook|twitter|x|pinterest|linkedin|email|whatsapp|instagram|reddit)\b[\w\s|,/·-]*$", Options, TimeoutMs)]
    private static partial Regex ShareButtonsPattern();

    [GeneratedRegex(@"\b(?:we use cookies|this (?:web)?site uses cookies|uses cookies to|accept (?:all )?cookies|cookie (?:policy|settings|preferences|consent)|by continuing to (?:use|browse) (?:this|our) (?:site|website))\b", Options, TimeoutMs)]
    private static partial Regex CookiePattern();

    [GeneratedRegex(@"\b(?:subscribe to (?:our|the) (?:free |weekly |daily )?newsletter|sign up for (?:our|the) (?:free |weekly |daily )?newsletter|join (?:our|the) (?:mailing list|newsletter)|enter your email(?: address)?|in your inbox|to your inbox|unsubscribe at any time)\b", Options, TimeoutMs)]
    private static partial Regex NewsletterPattern();

    [GeneratedRegex(@"\b(?:buy now|shop now|add to (?:cart|basket)|order (?:now|today)|use (?:the )?(?:promo|coupon|discount) code|(?:promo|coupon|discount) code|free shipping|money[- ]back guarantee|full refund|limited[- ]time offer|\d+ ?% off|special offer|affiliate links?|sponsored by|click here to (?:buy|order|get))\b", Options, TimeoutMs)]
    private static partial Regex AdPattern();

    [GeneratedRegex(@"^(?:hi,? |hello,? )?(?:i am|i'm|i've been|i have been|i was) (?:a |an |the )?" + RoleAdjectives + Roles + @"\b", Options, TimeoutMs)]
    private static partial Regex FirstPersonBioPattern();

    [GeneratedRegex(@"^(?:dr\.? )?(?-i:[A-Z][a-z]+)(?: (?-i:[A-Z][\w.'-]+)){0,2},? (?:is|has been|was) (?:a |an |the )?" + RoleAdjectives + Roles + @"\b", Options, TimeoutMs)]
    private static partial Regex ThirdPersonBioPattern();

    [GeneratedRegex(@"^\W*(?:about the author|written by|author bio|medically reviewed by)\b", Options, TimeoutMs)]
    private static partial Regex BioHeadingPattern();

    [GeneratedRegex(@"^\W*(?:©|\(c\)|copyright)\s.{0,160}$|\ball rights reserved\b", Options, TimeoutMs)]
    private static partial Regex CopyrightPattern();

    private static Regex? TryRegex(string pattern, string what, List<Diagnostic> diagnostics)
    {
        if (string.IsNullOrWhiteSpace(pattern))
        {
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.DebrisPatternInvalid, $"{what} is empty; skipped", "site.yml"));
            return null;
        }

        try
        {
            return new Regex(pattern, Options, Timeout);
        }
        catch (ArgumentException ex)
        {
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.DebrisPatternInvalid, $"{what} is not a valid regular expression ({ex.Message}); skipped", "site.yml"));
            return null;
        }
    }
}
