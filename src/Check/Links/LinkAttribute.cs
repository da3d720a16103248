namespace Limber.Check.Links;

/// <summary>The attributes a link reader keeps; <see cref="None"/> for every other.</summary>
internal enum LinkAttribute : byte
{
    None,
    Id,
    Name,
    Rel,
    Href,
    Src,
    Srcset,
}
