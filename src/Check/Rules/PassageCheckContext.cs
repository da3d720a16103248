using System.Collections.Immutable;
using Limber.Diagnostics;
using Limber.Pages;

namespace Limber.Check.Rules;

/// <summary>What a passage rule reads (one kept raw passage) and where it reports: the passage's line, at a column.</summary>
public sealed class PassageCheckContext(Passage passage)
{
    private readonly ImmutableArray<Diagnostic>.Builder _diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();

    public Passage Passage { get; } = passage;

    public string Text => Passage.Text;

    /// <summary>A warning at the passage's line, at the 0-based character <paramref name="offset"/> of its text.</summary>
    public void Warn(string code, string message, int offset) =>
        _diagnostics.Add(Diagnostic.Warning(code, message, Passage.File, Passage.Line, offset + 1));

    internal ImmutableArray<Diagnostic> Diagnostics => _diagnostics.ToImmutable();
}
