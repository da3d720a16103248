using System.Collections.Immutable;
using Limber.Check.Citations;
using Limber.Check.Claims;
using Limber.Check.CrossLinks;
using Limber.Check.Footnotes;
using Limber.Check.Shortcodes;

namespace Limber.Check.Rules;

/// <summary>
/// The source-level rules the check stage runs, in the order they report. To add a rule: one class under
/// <c>Check/&lt;Feature&gt;/</c> implementing <see cref="IPageCheck"/>, <see cref="IPassageCheck"/> or <see cref="ISiteCheck"/>,
/// its diagnostic code in <c>DiagnosticCodes</c>, and one line here. (The HTML link check runs after render: <c>LinkCheckStage</c>.)
/// </summary>
public static class CheckRules
{
    private static readonly UnsourcedClaimsCheck Claims = new();

    /// <summary>Rules over each authored Markdown page.</summary>
    public static ImmutableArray<IPageCheck> Pages { get; } = [new FootnotesCheck(), new CitationKeysCheck(), new CrossRefsCheck(), Claims];

    /// <summary>Rules over each kept raw passage.</summary>
    public static ImmutableArray<IPassageCheck> Passages { get; } = [new DanglingFootnoteDigitsCheck(), new FootnoteReturnLinksCheck(), Claims];

    /// <summary>Rules over the whole site, after every page.</summary>
    public static ImmutableArray<ISiteCheck> Site { get; } = [new UnusedBibliographyEntriesCheck(), new ShortcodesCheck()];
}
