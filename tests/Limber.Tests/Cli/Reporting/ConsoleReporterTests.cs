using Limber.Cli.Commands;
using Limber.Cli.External;
using Limber.Cli.Reporting;
using Limber.Diagnostics;

namespace Limber.Tests.Cli.Reporting;

/// <summary>The console's <c>Search:</c> line: what indexed the site, or why the built-in index serves alone.</summary>
public class ConsoleReporterTests
{
    private static string SearchLine(SearchIndexResult result)
    {
        var stdout = new StringWriter();
        new ConsoleReporter(stdout, new StringWriter(), Verbosity.Normal, "input").PrintSearch(result);
        return stdout.ToString().Trim();
    }

    [Fact]
    public void TheSearchLineSaysWhatIndexedTheSiteOrWhyTheBuiltInIndexServesAlone()
    {
        Assert.Equal("Search: Pagefind 1.5.2 indexed 51 pages in 367 ms", SearchLine(new SearchIndexResult("pagefind", 367, 51, "1.5.2", null)));
        Assert.Equal("Search: Pagefind skipped (LMB6010); the built-in index is used", SearchLine(new SearchIndexResult("builtin", 0, null, null, Diagnostic.Warning(DiagnosticCodes.SearchIndexSkipped, "no node"))));
        Assert.Equal("Search: the built-in index (10,749 pages, more than …)", SearchLine(new SearchIndexResult("builtin", 0, null, null, null) { Note = "10,749 pages, more than …" }));
        Assert.Equal("", SearchLine(new SearchIndexResult("builtin", 0, null, null, null)));
    }
}
