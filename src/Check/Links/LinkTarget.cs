namespace Limber.Check.Links;

/// <summary>Where a link points: its kind, the output path (site-relative, decoded) and the fragment (decoded, without '#').</summary>
public sealed record LinkTarget(LinkTargetKind Kind, string Path = "", string Fragment = "");
