using System.Collections.Immutable;
using Limber.Check;
using Limber.Diagnostics;
using Limber.Ingest;
using Limber.Options;
using Limber.Pipeline;
using Limber.Tests.Testing;

namespace Limber.Tests.Check;

/// <summary>Builds a site from in-memory files through ingest, then runs the check stage.</summary>
internal static class CheckFixture
{
    public static Site Ingest(params (string Path, string Text)[] files) =>
        new IngestStage(InMemoryInputStore.FromText(files)).Run(Site.Empty, new StageContext(new BuildOptions())).Site;

    public static ImmutableArray<Diagnostic> RunCheck(params (string Path, string Text)[] files) =>
        new CheckStage().Run(Ingest(files), new StageContext(new BuildOptions())).Diagnostics;

    public static string Where(Diagnostic d) => $"{d.File}:{d.Line}:{d.Column}";
}
