using System.Globalization;
using System.Text;

namespace Limber.Tests.Testing;

/// <summary>
/// Writes a small site of linked Markdown pages (headings, links between pages and to their sections, footnotes) into a
/// folder, with a known set of deliberate breakages: a link to a page that does not exist, a link to a section that does
/// not exist, a footnote reference without a definition. Deterministic for a seed; the words are this file's own.
/// </summary>
public static class PlantedSite
{
    public sealed record Breakage(string File, string Kind);

    private static readonly string[] Words =
        ["knee", "gentle", "hold", "breathe", "spine", "slowly", "rest", "walk", "bend", "stretch", "calm", "daily", "lift", "ease", "stand"];

    private static readonly string[] Headings =
        ["Before you start", "How it feels", "Common mistakes", "When to stop", "Making it easier", "Progress over weeks"];

    /// <summary>Writes <paramref name="pages"/> pages under <c>content/</c> and returns the breakages planted.</summary>
    public static List<Breakage> Write(string directory, int pages, int seed, double brokenRate)
    {
        var random = new Random(seed);
        var slugs = Enumerable.Range(0, pages).Select(i => $"page-{i:D3}").ToArray();
        var heads = slugs.Select(_ => random.GetItems(Headings, 3).Distinct().ToArray()).ToArray();
        var planted = new List<Breakage>();
        Directory.CreateDirectory(Path.Combine(directory, "content"));
        for (var i = 0; i < pages; i++)
        {
            var text = new StringBuilder();
            text.Append(CultureInfo.InvariantCulture, $"---\ntitle: Page {i}\n---\n\n");
            var footnotes = 0;
            foreach (var heading in heads[i])
            {
                text.Append(CultureInfo.InvariantCulture, $"## {heading}\n\n{Sentence(random)}");
                var other = random.Next(pages);
                text.Append(random.Next(3) == 0
                    ? $" See [{Sentence(random).TrimEnd('.')}]({slugs[other]}.md#{Anchor(random.GetItems(heads[other], 1)[0])})."
                    : $" See [page {other}]({slugs[other]}.md).");
                if (random.Next(2) == 0)
                {
                    footnotes++;
                    text.Append(CultureInfo.InvariantCulture, $"[^{footnotes}]");
                }

                text.Append("\n\n");
            }

            var file = $"content/{slugs[i]}.md";
            if (random.NextDouble() < brokenRate)
            {
                var kind = random.GetItems(["link", "anchor", "footnote"], 1)[0];
                planted.Add(new Breakage(file, kind));
                text.Append(kind switch
                {
                    "link" => $"An old copy: [archived]({slugs[i]}-archived.md).\n\n",
                    "anchor" => $"Compare [that page]({slugs[(i + 7) % pages]}.md#no-such-section).\n\n",
                    _ => $"One more claim.[^{footnotes + 1}]\n\n",
                });
            }

            for (var k = 1; k <= footnotes; k++)
            {
                text.Append(CultureInfo.InvariantCulture, $"[^{k}]: {Sentence(random)}\n");
            }

            File.WriteAllText(Path.Combine(directory, file), text.ToString());
        }

        return planted;
    }

    private static string Sentence(Random random)
    {
        var words = random.GetItems(Words, random.Next(4, 9));
        return char.ToUpperInvariant(words[0][0]) + string.Join(' ', words)[1..] + ".";
    }

    private static string Anchor(string heading) => heading.ToLowerInvariant().Replace(' ', '-');
}
