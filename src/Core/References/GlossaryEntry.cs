using System.Collections.Immutable;

namespace Limber.References;

/// <summary>One glossary term with its aliases and definition.</summary>
public sealed record GlossaryEntry(string Term, ImmutableArray<string> Aliases, string Definition, int Line, int Column)
{
    public string Anchor => Limber.Text.Slug.From(Term);

    /// <summary>The term and its aliases: every form that is linked on first mention.</summary>
    public IEnumerable<string> Forms => Aliases.Prepend(Term);
}
