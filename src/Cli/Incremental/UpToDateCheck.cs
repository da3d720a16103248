using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Limber.Cli.Reporting;
using Limber.Diagnostics;
using Limber.Ingest;
using Limber.Options;
using Limber.Pipeline;

namespace Limber.Cli.Incremental;

/// <summary>
/// Skips a build whose result is already on disk. The pipeline is a pure function of the input folder, the build
/// options and the tool itself (the theme is embedded in it), and its output is byte-for-byte deterministic; so when
/// the fingerprint of all three equals the last successful build's, and the output folder still holds exactly the
/// files that build wrote (same names, sizes and modification times), building again would rewrite nothing. The
/// check reads and hashes every input file, which is a small part of a build, and replays the recorded diagnostics,
/// summary, JSON report and SARIF log. Kept at the CLI edge because it reads and writes files; the cache lives in
/// <c>.limber-cache/</c> (<c>--no-cache</c> skips it). Builds with <c>--check-external</c> are never skipped: the
/// web can change when the input does not.
/// </summary>
public sealed class UpToDateCheck(BuildOptions options, string cacheDirectory)
{
    private const string Format = "limber-up-to-date/1";

    private static readonly JsonSerializerOptions Json = JsonSerializerOptions.Default;

    private readonly string record = Path.Combine(cacheDirectory, $"build-{Key(Path.GetFullPath(options.OutputDirectory))}.json");

    private string ReportCopy => Path.ChangeExtension(record, ".report.json");

    private string SarifCopy => Path.ChangeExtension(record, ".sarif");

    /// <summary>The fingerprint of the inputs, options, tool and <paramref name="extra"/> facts; null when the input folder is missing.</summary>
    /// <param name="extra">Further facts the output depends on.</param>
    /// <param name="known">SHA-256 of files already read (see <see cref="HashingInputStore"/>); the rest are read here.</param>
    public string? Fingerprint(string extra = "", IReadOnlyDictionary<string, byte[]>? known = null)
    {
        var store = new DiskInputStore(options.InputDirectory);
        if (!store.Exists)
        {
            return null;
        }

        var files = store.EnumerateFiles();
        var hashes = new byte[files.Count][];
        Parallel.For(0, files.Count, i => hashes[i] = known?.GetValueOrDefault(files[i]) ?? SHA256.HashData(store.ReadAllBytes(files[i])));
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\n"));
        Add(Format);
        Add(extra);
        foreach (var assembly in ToolAssemblies())
        {
            Add($"{assembly.GetName().Name} {assembly.ManifestModule.ModuleVersionId}");
        }

        Add(JsonSerializer.Serialize(options with { InputDirectory = Path.GetFullPath(options.InputDirectory), OutputDirectory = Path.GetFullPath(options.OutputDirectory) }, Json));
        for (var i = 0; i < files.Count; i++)
        {
            Add(files[i]);
            hash.AppendData(hashes[i]);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// Whether the output folder still holds exactly what the last recorded build left (and the report and SARIF copies
    /// a replay would need): the cheap half of the check, made before hashing every input file.
    /// </summary>
    public bool OutputsAsRecorded(string? reportPath, string? sarifPath) => Replayable(reportPath, sarifPath) is not null;

    /// <summary>The recorded build, when <paramref name="fingerprint"/> matches it and its output is intact.</summary>
    public BuildSummary? TryReplay(string fingerprint, string? reportPath, string? sarifPath) =>
        Replayable(reportPath, sarifPath) is { } last && last.Fingerprint == fingerprint
            ? new BuildSummary([.. last.Diagnostics], [], last.Passages, last.HtmlPages, last.Files, 0, UpToDate: true)
            : null;

    // What Replayable found, for the paths it was asked about: a build asks twice (OutputsAsRecorded, then TryReplay)
    // and on a 10,000-page site each answer reads a record of several MB and lists 10,000 output files.
    private (string? Report, string? Sarif, Record? Found)? _replayable;

    private Record? Replayable(string? reportPath, string? sarifPath)
    {
        if (_replayable is { } known && known.Report == reportPath && known.Sarif == sarifPath)
        {
            return known.Found;
        }

        var found = ReadReplayable(reportPath, sarifPath);
        _replayable = (reportPath, sarifPath, found);
        return found;
    }

    private Record? ReadReplayable(string? reportPath, string? sarifPath)
    {
        Record? last;
        try
        {
            last = File.Exists(record) ? JsonSerializer.Deserialize<Record>(File.ReadAllText(record), Json) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }

        return last is null
            || (reportPath is not null && !File.Exists(ReportCopy))
            || (sarifPath is not null && !File.Exists(SarifCopy))
            || !Matches(last.Outputs, Manifest(options.OutputDirectory))
            ? null
            : last;
    }

    /// <summary>Writes the report and SARIF log of a replayed build: the recorded ones, with this run's timing.</summary>
    public void WriteReplayed(string? reportPath, string? sarifPath, StageTiming timing)
    {
        if (reportPath is not null)
        {
            var report = JsonNode.Parse(File.ReadAllText(ReportCopy))!.AsObject();
            report["stages"] = JsonSerializer.SerializeToNode(new[] { BuildReport.Stage(timing) }, BuildReport.Json);
            Replace(reportPath, report.ToJsonString(BuildReport.Json) + "\n");
        }

        if (sarifPath is not null)
        {
            Replace(sarifPath, File.ReadAllText(SarifCopy));
        }
    }

    /// <summary>
    /// Starts listing the output folder (a stat per file: about 0.15 s for 10,000 pages) on another thread, for
    /// <see cref="Save"/>; the CLI starts it once the output folder is final and writes the report meanwhile.
    /// </summary>
    internal Task<List<OutputStamp>> ListOutputs() => Task.Run(() => Manifest(options.OutputDirectory));

    /// <summary>Records a successful build (its output folder as written, and copies of its report and SARIF log).</summary>
    /// <param name="outputs">The listing from <see cref="ListOutputs"/>, if started; otherwise the folder is listed now.</param>
    internal void Save(string fingerprint, BuildSummary summary, string? reportPath, string? sarifPath, Task<List<OutputStamp>>? outputs = null)
    {
        _replayable = null;
        Directory.CreateDirectory(cacheDirectory);
        CopyOrDelete(reportPath, ReportCopy);
        CopyOrDelete(sarifPath, SarifCopy);
        var listed = outputs?.GetAwaiter().GetResult() ?? Manifest(options.OutputDirectory);
        var entry = new Record(fingerprint, [.. summary.Diagnostics], summary.Passages, summary.HtmlPages, summary.Files, listed);
        Replace(record, stream => JsonSerializer.Serialize(stream, entry, Json)); // streamed: 10,000 pages make a record of several MB
    }

    /// <summary>Forgets the recorded build (after a failed build, whose output folder may have changed).</summary>
    public void Forget()
    {
        _replayable = null;
        foreach (var file in new[] { record, ReportCopy, SarifCopy })
        {
            if (File.Exists(file))
            {
                File.Delete(file);
            }
        }
    }

    private sealed record Record(string Fingerprint, List<Diagnostic> Diagnostics, PassageCounts Passages, int HtmlPages, int Files, List<OutputStamp> Outputs);

    /// <summary>One file of the output folder as the build left it.</summary>
    internal sealed record OutputStamp(string Path, long Length, long Ticks);

    private static List<OutputStamp> Manifest(string outputDirectory)
    {
        var root = Path.GetFullPath(outputDirectory);
        if (!Directory.Exists(root))
        {
            return [];
        }

        return [.. new DirectoryInfo(root).EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint })
            .Select(f => new OutputStamp(Path.GetRelativePath(root, f.FullName).Replace('\\', '/'), f.Length, f.LastWriteTimeUtc.Ticks))
            .OrderBy(s => s.Path, StringComparer.Ordinal)];
    }

    private static bool Matches(List<OutputStamp> recorded, List<OutputStamp> now) => recorded.Count > 0 && recorded.SequenceEqual(now);

    /// <summary>
    /// The tool's own assemblies: this one and every Limber assembly it references, directly or not. Not the ones that
    /// happen to be loaded: that set grows as a process runs (a first build loads the stages, a test host loads more).
    /// </summary>
    private static IEnumerable<System.Reflection.Assembly> ToolAssemblies()
    {
        static bool Ours(string? name) => name is not null && (name.StartsWith("Limber.", StringComparison.Ordinal) || name == "limber");
        var found = new SortedDictionary<string, System.Reflection.Assembly>(StringComparer.Ordinal);
        var queue = new Queue<System.Reflection.Assembly>([typeof(UpToDateCheck).Assembly]);
        while (queue.TryDequeue(out var assembly))
        {
            if (!found.TryAdd(assembly.GetName().Name!, assembly))
            {
                continue;
            }

            foreach (var reference in assembly.GetReferencedAssemblies().Where(r => Ours(r.Name) && !found.ContainsKey(r.Name!)))
            {
                queue.Enqueue(System.Reflection.Assembly.Load(reference));
            }
        }

        return found.Values;
    }

    private static string Key(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];

    private static void CopyOrDelete(string? from, string to)
    {
        if (from is not null && File.Exists(from))
        {
            File.Copy(from, to, overwrite: true);
        }
        else if (File.Exists(to))
        {
            File.Delete(to);
        }
    }

    private static void Replace(string path, string text) => Replace(path, stream => stream.Write(new UTF8Encoding(false).GetBytes(text)));

    /// <summary>Writes a file through a temporary file next to it, so a reader never sees half of it.</summary>
    private static void Replace(string path, Action<Stream> write)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } directory)
        {
            Directory.CreateDirectory(directory);
        }

        var temporary = path + $".tmp-{Environment.ProcessId}";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            write(stream);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
