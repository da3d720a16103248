using System.Text;

namespace Limber.Tests.Testing;

/// <summary>
/// Verify-style approval of a whole folder: the expected files live in <c>NAME.verified/</c> (committed); on a
/// mismatch the actual files are written to <c>NAME.received/</c> (git-ignored) and the test fails with the
/// differing paths. Set LIMBER_ACCEPT=1 to accept the received files as the new verified ones.
/// </summary>
public static class DirectorySnapshot
{
    public static void Verify(string actualDirectory, string snapshotBase)
    {
        var verified = snapshotBase + ".verified";
        var received = snapshotBase + ".received";
        var actual = Files(actualDirectory);
        var expected = Directory.Exists(verified) ? Files(verified) : new SortedDictionary<string, string>(StringComparer.Ordinal);

        var problems = new List<string>();
        foreach (var path in expected.Keys.Union(actual.Keys).Order(StringComparer.Ordinal))
        {
            if (!actual.TryGetValue(path, out var a))
            {
                problems.Add($"missing: {path}");
            }
            else if (!expected.TryGetValue(path, out var e))
            {
                problems.Add($"new: {path}");
            }
            else if (a != e)
            {
                problems.Add($"changed: {path} (first difference at line {FirstDifferentLine(e, a)})");
            }
        }

        if (Directory.Exists(received))
        {
            Directory.Delete(received, recursive: true);
        }

        if (problems.Count == 0)
        {
            return;
        }

        var target = Environment.GetEnvironmentVariable("LIMBER_ACCEPT") == "1" ? verified : received;
        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }

        foreach (var (path, text) in actual)
        {
            var file = Path.Combine(target, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, text, new UTF8Encoding(false));
        }

        if (target == verified)
        {
            return;
        }

        Assert.Fail($"Snapshot mismatch; actual output written to {received}. Diff it against {verified}, and if the change is intended, re-run with LIMBER_ACCEPT=1.\n" + string.Join('\n', problems));
    }

    private static SortedDictionary<string, string> Files(string root)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            // Precompressed copies are derived bytes (zlib's output may change between runtimes); the write
            // stage's tests check that each one inflates to its sibling.
            if (file.EndsWith(".gz", StringComparison.Ordinal) || file.EndsWith(".br", StringComparison.Ordinal))
            {
                continue;
            }

            result[Path.GetRelativePath(root, file).Replace('\\', '/')] = File.ReadAllText(file).Replace("\r\n", "\n");
        }

        return result;
    }

    private static int FirstDifferentLine(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var i = 0;
        while (i < e.Length && i < a.Length && e[i] == a[i])
        {
            i++;
        }

        return i + 1;
    }
}
