namespace Limber.Diagnostics;

/// <summary>
/// Every diagnostic code Limber reports, in one place. Codes are stable: never renumber or reuse one.
/// LMB1xxx input and ingest · LMB2xxx dedupe · LMB3xxx extract · LMB4xxx check · LMB5xxx render and theme · LMB6xxx write · LMB7xxx preview · LMB9xxx internal.
/// </summary>
public static class DiagnosticCodes
{
    // ---- LMB1xxx: input folder, files, front matter, site.yml
    public const string InputMissing = "LMB1001";
    public const string InputEmpty = "LMB1002";
    public const string FileTooLarge = "LMB1003";
    public const string FileNotUtf8 = "LMB1004";
    public const string FileUnreadable = "LMB1005";
    public const string FrontMatterInvalid = "LMB1010";
    public const string FrontMatterUnknownField = "LMB1011";
    public const string FrontMatterBadValue = "LMB1012";
    public const string SiteOptionsInvalid = "LMB1020";
    public const string SiteOptionsUnknownField = "LMB1021";
    public const string DuplicatePageId = "LMB1030";
    public const string DuplicateDestination = "LMB1031";
    public const string SourceEmpty = "LMB1040";
    public const string DraftsLeftOut = "LMB1050";

    // ---- LMB2xxx: dedupe and debris
    public const string PassageDuplicate = "LMB2001";
    public const string PassageDebris = "LMB2002";
    public const string DebrisPatternInvalid = "LMB2010";
    public const string DedupeOptionInvalid = "LMB2011";

    // ---- LMB3xxx: extract and organize
    public const string ExerciseFieldUncertain = "LMB3001";
    public const string ExerciseNoSteps = "LMB3002";
    public const string SidecarUnknownSlug = "LMB3010";
    public const string SidecarInvalid = "LMB3011";
    public const string SidecarUnknownField = "LMB3012";
    public const string TopicNoMatchTerms = "LMB3020";

    // ---- LMB4xxx: citations and cross-links
    public const string CitationUndefined = "LMB4001";
    public const string BibliographyDuplicateKey = "LMB4002";
    public const string BibliographyUnusedEntry = "LMB4003";
    public const string BibliographyEntryIncomplete = "LMB4004";
    public const string BibliographyMalformedLink = "LMB4005";
    public const string BibliographyInvalid = "LMB4006";
    public const string FootnoteUndefined = "LMB4010";
    public const string FootnoteUnused = "LMB4011";
    public const string FootnoteDuplicate = "LMB4012";
    public const string DanglingFootnoteDigit = "LMB4015";
    public const string FootnoteReturnLink = "LMB4016";
    public const string ClaimNeedsCitation = "LMB4020";
    public const string XrefUnknown = "LMB4030";
    public const string XrefAmbiguous = "LMB4031";
    public const string GlossaryInvalid = "LMB4035";
    public const string GlossaryEntryIncomplete = "LMB4036";
    public const string LinkBroken = "LMB4040";
    public const string AnchorMissing = "LMB4041";
    public const string ExternalLinkBroken = "LMB4045";
    public const string ExternalLinkRateLimited = "LMB4046";
    public const string ExternalLinkTimeout = "LMB4047";

    // ---- LMB5xxx: render and theme
    public const string TemplateSyntax = "LMB5001";
    public const string TemplateUnknownVariable = "LMB5002";
    public const string TemplateUnknownFilter = "LMB5003";
    public const string TemplateMissing = "LMB5004";
    public const string TemplateRuntime = "LMB5005";
    public const string TemplateLimit = "LMB5006";
    public const string ShortcodeUnsupported = "LMB5010";

    // ---- LMB6xxx: write
    public const string OutputNotWritable = "LMB6001";
    public const string OutputNotWrittenBuildFailed = "LMB6002";
    public const string ReportNotWritable = "LMB6003";
    public const string BuildCacheNotWritable = "LMB6004";
    public const string OutputRefused = "LMB6005";
    public const string OutputPathConflict = "LMB6006";
    public const string SearchIndexSkipped = "LMB6010";
    public const string SearchIndexFailed = "LMB6011";

    // ---- LMB7xxx: preview
    public const string PreviewPortUnavailable = "LMB7001";

    // ---- LMB9xxx: the tool itself
    public const string InternalError = "LMB9000";
}
