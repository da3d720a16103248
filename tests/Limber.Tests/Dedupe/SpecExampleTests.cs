using System.Globalization;
using System.Text;
using Limber.Dedupe;
using Limber.Tests.Testing;

namespace Limber.Tests.Dedupe;

/// <summary>One example of a spec file: two passages and the expected decision (see Specs/README.md).</summary>
public sealed record SpecExample(string File, int Line, string Section, string A, string B, bool Duplicate, EditKinds Kinds, NonDuplicateReason Reason)
{
    public override string ToString() => $"{File}:{Line} {Section}";
}

public class SpecExampleTests
{
    public static TheoryData<SpecExample> Examples()
    {
        var data = new TheoryData<SpecExample>();
        foreach (var example in Load())
        {
            data.Add(example);
        }

        return data;
    }

    public static IReadOnlyList<SpecExample> Load()
    {
        var result = new List<SpecExample>();
        foreach (var (name, start, section, body) in SpecFile.Examples(Repo.PathTo("tests", "Limber.Tests", "Dedupe", "Specs")))
        {
            if (body.Count != 5 || body[1] != "." || body[3] != ".")
            {
                throw new FormatException($"{name}:{start}: an example is: passage A, '.', passage B, '.', expectation");
            }

            var expectation = body[4];
            if (expectation.StartsWith("duplicate:", StringComparison.Ordinal))
            {
                var kinds = EditKindNames.Parse(expectation["duplicate:".Length..]);
                result.Add(new SpecExample(name, start, section, Unescape(body[0]), Unescape(body[2]), true, kinds, NonDuplicateReason.None));
            }
            else if (expectation.StartsWith("not:", StringComparison.Ordinal))
            {
                var reason = Enum.Parse<NonDuplicateReason>(expectation["not:".Length..].Trim(), ignoreCase: true);
                result.Add(new SpecExample(name, start, section, Unescape(body[0]), Unescape(body[2]), false, EditKinds.None, reason));
            }
            else
            {
                throw new FormatException($"{name}:{start}: expected 'duplicate: KINDS' or 'not: REASON', got '{expectation}'");
            }
        }

        return result;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void ExampleIsDecidedAsTheSpecSays(SpecExample example)
    {
        var verifier = new DuplicateVerifier();
        var a = TextNormalizer.Normalize(example.A);
        var b = TextNormalizer.Normalize(example.B);
        foreach (var (x, rawX, y, rawY) in new[] { (a, example.A, b, example.B), (b, example.B, a, example.A) })
        {
            var verdict = verifier.Verify(x, y);
            Assert.Equal(example.Duplicate, verdict.IsDuplicate);
            if (example.Duplicate)
            {
                var kinds = Deduplicator.EditsBetween(rawX, x, rawY, y, verdict.Kinds);
                Assert.Equal(EditKindNames.Describe(example.Kinds), EditKindNames.Describe(kinds));
                Assert.InRange(verdict.Similarity, 0.5, 1.0);
            }
            else
            {
                Assert.Equal(example.Reason, verdict.Reason);
            }
        }
    }

    [Fact]
    public void SpecsCoverEveryEditKindAndEveryReasonForNotDuplicate()
    {
        var examples = Load();
        var kinds = examples.Where(e => e.Duplicate).Aggregate(EditKinds.None, (k, e) => k | e.Kinds);
        foreach (var kind in Enum.GetValues<EditKinds>().Where(k => k != EditKinds.None))
        {
            Assert.True(kinds.HasFlag(kind), $"no spec example shows edit kind {kind}");
        }

        foreach (var reason in Enum.GetValues<NonDuplicateReason>().Where(r => r != NonDuplicateReason.None))
        {
            Assert.Contains(examples, e => !e.Duplicate && e.Reason == reason);
        }

        Assert.Contains(examples, e => e.Duplicate && e.Kinds == EditKinds.None);
        Assert.Contains(examples, e => e.Duplicate && BitCount(e.Kinds) >= 3);
    }

    private static int BitCount(EditKinds kinds) => System.Numerics.BitOperations.PopCount((uint)kinds);

    private static string Unescape(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '\\' && i + 1 < s.Length)
            {
                switch (s[i + 1])
                {
                    case 't':
                        sb.Append('\t');
                        i++;
                        continue;
                    case '\\':
                        sb.Append('\\');
                        i++;
                        continue;
                    case 'u' when i + 5 < s.Length:
                        sb.Append((char)int.Parse(s.AsSpan(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                        i += 5;
                        continue;
                }
            }

            sb.Append(s[i]);
        }

        return sb.ToString();
    }
}
