using System.Collections.Immutable;
using Limber.Diagnostics;

namespace Limber.References;

/// <summary>input/glossary.yml: a list of { term, aliases, definition }, or a <c>terms:</c> list.</summary>
public sealed record GlossaryFile(string File, ImmutableArray<GlossaryEntry> Entries, ImmutableArray<Diagnostic> Diagnostics)
{
    public static GlossaryFile Empty { get; } = new("glossary.yml", [], []);
}
