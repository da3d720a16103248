using System.Collections.Concurrent;

namespace Limber.Pages;

/// <summary>
/// One warning text per unknown front matter field name, shared by the pages of one reader (the ingest stage): a site
/// whose pages all carry the same foreign fields (the 10,000-page bench corpus: 19,836 warnings) keeps a handful of
/// strings, not one per warning. Owned by whoever parses, not by the process.
/// </summary>
public sealed class UnknownFieldMessages
{
    private readonly ConcurrentDictionary<string, string> byField = new(StringComparer.Ordinal);

    internal string For(string field, Func<string, string> make) => byField.GetOrAdd(field, make);
}
