namespace Limber.Check.Links;

/// <summary>What a link points at, as far as the link check is concerned.</summary>
public enum LinkTargetKind
{
    /// <summary>Not checked: <c>mailto:</c>, <c>tel:</c>, <c>javascript:</c>, <c>data:</c>, other schemes, an empty URL.</summary>
    Skip,

    /// <summary>A file of this site: <see cref="LinkTarget.Path"/> is its output path, relative to the base path.</summary>
    Internal,

    /// <summary>An element of the page the link is on (<c>#fragment</c>), whichever page that is.</summary>
    SamePage,

    /// <summary>A path on the site's host that is not under its base path (<see cref="LinkTarget.Path"/>), or a relative URL that does not resolve.</summary>
    OutsideBasePath,

    /// <summary>Another site: checked only with <c>--check-external</c>.</summary>
    External,
}
