using Limber.Text;

namespace Limber.Render.Search;

/// <summary>A page as the search index holds it: what a result shows, its filter values and its weighted words.</summary>
/// <param name="Text">The start of the page's text (for excerpts), at most <see cref="SearchIndex.TextLength"/> characters.</param>
/// <param name="Terms">Ids (<see cref="SearchIndex.Term"/>) of the page's words, each once, with its weight, 1–15: 8 in the title, 3 in the description (or an exercise's facets), 1–4 in the text by how often.</param>
public sealed record SearchEntry(string Title, string Url, string Description, Utf8Text Text, Dictionary<string, string[]>? Filters, WeightedTerms Terms);
