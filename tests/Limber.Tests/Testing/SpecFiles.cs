namespace Limber.Tests.Testing;

/// <summary>One fenced example of a spec-style file: where it starts, the section heading above it, and its lines.</summary>
public sealed record SpecBlock(string File, int Line, string Section, IReadOnlyList<string> Body);

/// <summary>Reads spec-style example files (CommonMark-spec style): blocks fenced by 32 backticks and the word <c>example</c>.</summary>
public static class SpecFiles
{
    public const string Fence = "````````````````````````````````";

    /// <summary>Every example block of every <c>*.md</c> in <paramref name="dir"/> except README.md, in file order.</summary>
    public static IEnumerable<SpecBlock> Read(string dir)
    {
        foreach (var path in Directory.GetFiles(dir, "*.md").Where(p => Path.GetFileName(p) != "README.md").Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(path);
            var section = "";
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].StartsWith('#'))
                {
                    section = lines[i].TrimStart('#').Trim();
                    continue;
                }

                if (lines[i] != Fence + " example")
                {
                    continue;
                }

                var start = i + 1;
                var body = new List<string>();
                for (i++; i < lines.Length && lines[i] != Fence; i++)
                {
                    body.Add(lines[i]);
                }

                yield return new SpecBlock(Path.GetFileName(path), start, section, body);
            }
        }
    }
}
