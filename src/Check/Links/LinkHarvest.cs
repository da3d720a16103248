using System.Runtime.InteropServices;
using Limber.Collections;

namespace Limber.Check.Links;

/// <summary>
/// Which attributes of which elements are kept, shared by both HTML readers (<see cref="HtmlLinkScanner"/> and the
/// tokenizer in <see cref="HtmlLinks"/>): ids (and <c>a name</c>), href on a, area and link, src on img…embed, and
/// each srcset candidate's URL on img and source; a <c>link</c> whose rel is a resource hint (preconnect,
/// dns-prefetch) keeps no URL. Values are held as they are read, and numbered in the run's <see cref="LinkStrings"/>
/// together, under one lock, when the page is done. One harvest per thread, cleared and reused page after page.
/// </summary>
internal sealed class LinkHarvest
{
    private readonly List<ReadOnlyMemory<char>> _ids = new(256);
    private readonly List<ReadOnlyMemory<char>> _urls = new(256);
    private readonly List<(byte Attribute, byte Element)> _sources = new(256);
    private byte _element;
    private bool _isHint;
    private int _urlsAtTag;

    [ThreadStatic]
    private static LinkHarvest? _forThread;

    /// <summary>This thread's harvest, emptied.</summary>
    public static LinkHarvest ForThisThread()
    {
        var harvest = _forThread ??= new LinkHarvest();
        harvest.Clear();
        return harvest;
    }

    public void Clear()
    {
        _ids.Clear();
        _urls.Clear();
        _sources.Clear();
    }

    /// <summary>A start tag begins; <paramref name="element"/> is one of <see cref="HtmlLinks.Elements"/> (0 for any other).</summary>
    public void StartTag(byte element)
    {
        _element = element;
        _isHint = false;
        _urlsAtTag = _urls.Count;
    }

    /// <summary>One attribute of the current start tag, its value decoded (it must stay valid until <see cref="Number"/>).</summary>
    public void Attribute(LinkAttribute attribute, ReadOnlyMemory<char> value)
    {
        switch (attribute)
        {
            case LinkAttribute.Id when value.Length > 0:
                _ids.Add(value);
                break;
            case LinkAttribute.Name when _element == HtmlLinks.A && value.Length > 0:
                _ids.Add(value);
                break;
            case LinkAttribute.Rel:
                var rel = value.Span;
                _isHint = rel.Contains("preconnect", StringComparison.OrdinalIgnoreCase) || rel.Contains("dns-prefetch", StringComparison.OrdinalIgnoreCase);
                break;
            case LinkAttribute.Href when _element is HtmlLinks.A or HtmlLinks.Area or HtmlLinks.Link:
                AddUrl(value.Trim(), HtmlLinks.Href);
                break;
            case LinkAttribute.Src when _element is >= HtmlLinks.Img and <= HtmlLinks.Embed:
                AddUrl(value.Trim(), HtmlLinks.Src);
                break;
            case LinkAttribute.Srcset when _element is HtmlLinks.Img or HtmlLinks.Source:
                foreach (var range in value.Span.Split(','))
                {
                    var candidate = value[range].Trim();
                    if (candidate.Length > 0)
                    {
                        var space = candidate.Span.IndexOfAny(' ', '\t', '\n');
                        AddUrl(space < 0 ? candidate : candidate[..space], HtmlLinks.Srcset);
                    }
                }

                break;
        }
    }

    /// <summary>The current start tag ends: a resource hint's URLs are dropped.</summary>
    public void EndTag()
    {
        if (_element == HtmlLinks.Link && _isHint && _urls.Count > _urlsAtTag)
        {
            _urls.RemoveRange(_urlsAtTag, _urls.Count - _urlsAtTag);
            _sources.RemoveRange(_urlsAtTag, _sources.Count - _urlsAtTag);
        }
    }

    /// <summary>The page's ids and links, numbered in <paramref name="strings"/>.</summary>
    public PageLinks Number(LinkStrings strings)
    {
        var ids = new int[_ids.Count];
        var urls = _urls.Count <= 1024 ? stackalloc int[_urls.Count] : new int[_urls.Count];
        strings.Number(CollectionsMarshal.AsSpan(_ids), ids, CollectionsMarshal.AsSpan(_urls), urls);
        var links = new LinkRef[urls.Length];
        var sources = CollectionsMarshal.AsSpan(_sources);
        for (var i = 0; i < links.Length; i++)
        {
            links[i] = new LinkRef(urls[i], sources[i].Attribute, sources[i].Element);
        }

        return new PageLinks(SortedArrays.ToSortedDistinct(ids), links);
    }

    private void AddUrl(ReadOnlyMemory<char> url, byte attribute)
    {
        _urls.Add(url);
        _sources.Add((attribute, _element));
    }
}
