namespace Limber.Tests.Testing;

/// <summary>A heading of a spec file: its level (the number of '#'), its text and its 1-based line (0 before any heading).</summary>
public sealed record SpecSection(int Level, string Title, int Line)
{
    public static SpecSection None { get; } = new(0, "", 0);
}

/// <summary>One fenced block of a spec file: its info string (after the opening fence), its lines, the 1-based line of its
/// opening fence and the heading it sits under.</summary>
public sealed record SpecBlock(string File, int Line, SpecSection Section, string Info, IReadOnlyList<string> Lines);

/// <summary>
/// Reads the spec files of the dedupe and extraction suites (<c>Dedupe/Specs</c>, <c>Extract/Specs</c>): Markdown
/// whose examples are fenced blocks, in the style of CommonMark's spec. A fence is a line of three or more backticks
/// followed by the info string; it closes at a line of at least as many backticks and nothing else. Headings outside
/// blocks name the examples under them. What a block means is the suite's business.
/// </summary>
public static class SpecFile
{
    /// <summary>The blocks of every <c>*.md</c> file of <paramref name="folder"/> but its README, files in ordinal order.</summary>
    public static IEnumerable<SpecBlock> ReadFolder(string folder) =>
        Directory.GetFiles(folder, "*.md")
            .Where(p => Path.GetFileName(p) != "README.md")
            .Order(StringComparer.Ordinal)
            .SelectMany(Read);

    /// <summary>The <c>example</c> blocks of <paramref name="folder"/> (see <see cref="ReadFolder"/>): file, line, section title, lines.</summary>
    public static IEnumerable<(string File, int Line, string Section, IReadOnlyList<string> Body)> Examples(string folder) =>
        ReadFolder(folder).Where(b => b.Info == "example").Select(b => (b.File, b.Line, b.Section.Title, b.Lines));

    public static IReadOnlyList<SpecBlock> Read(string path)
    {
        var name = Path.GetFileName(path);
        var lines = File.ReadAllLines(path);
        var blocks = new List<SpecBlock>();
        var section = SpecSection.None;
        for (var i = 0; i < lines.Length; i++)
        {
            var fence = Backticks(lines[i]);
            if (fence < 3)
            {
                if (lines[i].StartsWith('#'))
                {
                    section = new SpecSection(lines[i].Length - lines[i].TrimStart('#').Length, lines[i].TrimStart('#').Trim(), i + 1);
                }

                continue;
            }

            var start = i + 1;
            var info = lines[i][fence..].Trim();
            var body = new List<string>();
            for (i++; i < lines.Length && !Closes(lines[i], fence); i++)
            {
                body.Add(lines[i]);
            }

            blocks.Add(new SpecBlock(name, start, section, info, body));
        }

        return blocks;
    }

    private static int Backticks(string line)
    {
        var n = 0;
        while (n < line.Length && line[n] == '`')
        {
            n++;
        }

        return n;
    }

    private static bool Closes(string line, int fence)
    {
        var trimmed = line.TrimEnd();
        return trimmed.Length >= fence && Backticks(trimmed) == trimmed.Length;
    }
}
