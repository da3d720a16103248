using System.Collections.Immutable;
using Limber.Check;
using Limber.Diagnostics;
using Limber.Ingest;
using Limber.Options;
using Limber.Pipeline;
using Limber.References;
using Limber.Tests.Testing;

namespace Limber.Tests.Check;

/// <summary>Builds a site from in-memory files through ingest and the references stage, then runs the check stage.</summary>
internal static class CheckFixture
{
    public static Site Ingest(params (string Path, string Text)[] files) =>
        new IngestStage(InMemoryInputStore.FromText(files)).Run(Site.Empty, new StageContext(new BuildOptions())).Site;

    /// <summary>What the references stage (the bibliography and glossary files) and the check stage report.</summary>
    public static ImmutableArray<Diagnostic> RunCheck(params (string Path, string Text)[] files)
    {
        var references = new ReferencesStage().Run(Ingest(files), new StageContext(new BuildOptions()));
        return references.Diagnostics.AddRange(new CheckStage().Run(references.Site, new StageContext(new BuildOptions())).Diagnostics);
    }

    public static string Where(Diagnostic d) => $"{d.File}:{d.Line}:{d.Column}";

    public static IEnumerable<Diagnostic> OfCode(IEnumerable<Diagnostic> ds, string code) => ds.Where(d => d.Code == code);
}
