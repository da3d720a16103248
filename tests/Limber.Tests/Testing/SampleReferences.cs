namespace Limber.Tests.Testing;

/// <summary>A references.yml with one of each problem, for the tests of its reader and of the citation checks.</summary>
internal static class SampleReferences
{
    /// <summary>
    /// deyo2006 (complete, then defined again at line 12), unused2001 (line 9, never cited by the samples), notitle and
    /// nolink (incomplete, lines 15 and 17), badlinks (a malformed DOI and URL, lines 21 and 22).
    /// </summary>
    public const string Yaml = """
        - id: deyo2006
          title: Back pain prevalence and visit rates
          author:
            - family: Deyo
              given: Richard A.
          issued:
            date-parts: [[2006]]
          DOI: 10.1097/01.brs.0000231761.73859.2c
        - id: unused2001
          title: Never cited
          URL: https://example.org/never
        - id: deyo2006
          title: Duplicate
          URL: https://example.org/dup
        - id: notitle
          URL: https://example.org/x
        - id: nolink
          title: Nowhere to find it
        - id: badlinks
          title: Bad links
          DOI: 10.12/x
          URL: not a url
        """;
}
