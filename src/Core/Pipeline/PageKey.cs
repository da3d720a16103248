using System.Text.Json;
using Limber.Pages;
using Limber.Text;

namespace Limber.Pipeline;

/// <summary>
/// A page as a <see cref="BuildCache"/> key: equal when the page's content is, even if a stage made a new record
/// (a record's ImmutableArray members compare by reference). The body compares as bytes; everything else by its JSON.
/// </summary>
public sealed class PageKey : IEquatable<PageKey>
{
    private readonly Utf8Text body;
    private readonly string rest;

    private PageKey(Page page)
    {
        body = page.Body;
        rest = JsonSerializer.Serialize(page with { Body = Utf8Text.Empty });
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Page, PageKey> Known = new();

    /// <summary>The key of a page; computed once per page record (an unchanged file keeps its record across rebuilds).</summary>
    public static PageKey Of(Page page) => Known.GetValue(page, p => new PageKey(p));

    public bool Equals(PageKey? other) => other is not null && rest == other.rest && body.Equals(other.body);

    public override bool Equals(object? obj) => Equals(obj as PageKey);

    public override int GetHashCode() => HashCode.Combine(rest, body);
}
