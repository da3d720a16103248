using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using System.Xml.Linq;
using Limber.Tests.Testing;

namespace Limber.Tests;

/// <summary>
/// Pins the layering a newcomer reads from the folders: ingest → dedupe → extract → (references) → check → render →
/// write, plus cli and preview. Which project may reference which; pure code (everything but the edges Ingest, Write,
/// Preview and Cli) never touches the file system and never sets process-wide state. A rule broken on purpose goes in an
/// allow-list below with the reason and the issue; an allow-list entry that no longer matches anything fails too, so the
/// lists only shrink.
/// </summary>
public class ArchitectureTests
{
    /// <summary>The projects under src/ each project may reference. A new project must be added here.</summary>
    private static readonly Dictionary<string, string[]> AllowedReferences = new()
    {
        ["Core"] = [],
        ["Ingest"] = ["Core"],
        ["Dedupe"] = ["Core"],
        ["Extract"] = ["Core"],
        ["References"] = ["Core"],
        ["Check"] = ["Core", "References"],
        ["Render"] = ["Core", "References"],
        ["Write"] = ["Core"],
        ["Preview"] = ["Core"],
        ["Cli"] = ["Core", "Ingest", "Dedupe", "Extract", "References", "Check", "Render", "Write", "Preview"],
    };

    /// <summary>The edges: the only projects that may read or write files, or set process-wide state.</summary>
    private static readonly string[] Edges = ["Ingest", "Write", "Preview", "Cli"];

    /// <summary>File-system access in pure code that is known and owned elsewhere: "user → member" and why.</summary>
    private static readonly Dictionary<string, string> FileSystemAllowed = new();

    /// <summary>Process-wide settings changed by pure code that are known and owned elsewhere: "user → member" and why.</summary>
    private static readonly Dictionary<string, string> ProcessStateAllowed = new()
    {
    };

    /// <summary>Static mutable fields in pure code that are known and owned elsewhere: "type → field" and why.</summary>
    private static readonly Dictionary<string, string> StaticStateAllowed = new()
    {
        // Issue 19, left on purpose: search words get ids for the process's life so entries kept in the build cache by an
        // earlier preview build stay valid. A table per build cache would have to travel with the cached entries.
        ["Limber.Render.Search.SearchIndex → Ids"] = "left",
        ["Limber.Render.Search.SearchIndex → _terms"] = "left",
    };

    /// <summary>
    /// Files over 400 lines that are known and owned elsewhere, and why. Not checked for staleness, so that the owner's
    /// split lands without editing this test; remove the entry with the split.
    /// </summary>
    private static readonly Dictionary<string, string> LongFilesAllowed = new()
    {
    };

    private static readonly Type[] FileSystemTypes =
    [
        typeof(File), typeof(Directory), typeof(FileInfo), typeof(DirectoryInfo), typeof(FileSystemInfo), typeof(FileStream),
        typeof(FileSystemWatcher), typeof(DriveInfo),
    ];

    /// <summary>Path members that read the process's state (its current folder, the temporary folder) rather than strings.</summary>
    private static readonly string[] FileSystemPathMembers = [nameof(Path.GetFullPath), nameof(Path.GetTempPath), nameof(Path.GetTempFileName)];

    /// <summary>Static methods that change the whole process (static property setters are caught without a list).</summary>
    private static readonly (Type Type, string Name)[] ProcessWideMethods =
    [
        (typeof(AppContext), nameof(AppContext.SetSwitch)), (typeof(AppContext), nameof(AppContext.SetData)),
        (typeof(Environment), nameof(Environment.SetEnvironmentVariable)), (typeof(Environment), nameof(Environment.Exit)),
        (typeof(Environment), nameof(Environment.FailFast)), (typeof(ThreadPool), nameof(ThreadPool.SetMinThreads)),
        (typeof(ThreadPool), nameof(ThreadPool.SetMaxThreads)), (typeof(Console), nameof(Console.SetOut)),
        (typeof(Console), nameof(Console.SetError)), (typeof(Console), nameof(Console.SetIn)),
        (typeof(GC), nameof(GC.Collect)), (typeof(GC), nameof(GC.TryStartNoGCRegion)), (typeof(GC), nameof(GC.AddMemoryPressure)),
        (typeof(string), nameof(string.Intern)),
    ];

    /// <summary>
    /// Collection types that make a static field a memo: state every build in the process shares and grows. Not
    /// <see cref="ConditionalWeakTable{TKey,TValue}"/>: a weak table from an immutable page record to what is computed
    /// from it (PageKey, the check and render cache keys) holds nothing its key does not, and an entry goes with its record.
    /// </summary>
    private static readonly Type[] MutableCollections =
    [
        typeof(Dictionary<,>), typeof(ConcurrentDictionary<,>), typeof(HashSet<>), typeof(List<>), typeof(Queue<>), typeof(Stack<>),
        typeof(SortedDictionary<,>), typeof(SortedSet<>), typeof(ConcurrentBag<>), typeof(ConcurrentQueue<>),
        typeof(ConcurrentStack<>), typeof(Hashtable), typeof(ArrayList),
    ];

    private static readonly string[] Mutators =
    [
        "Add", "TryAdd", "GetOrAdd", "AddOrUpdate", "TryUpdate", "set_Item", "Remove", "TryRemove", "Clear", "Enqueue",
        "Push", "Insert", "AddRange", "UnionWith",
    ];

    public static TheoryData<string> Projects => new(ProjectFolders());

    [Fact]
    public void EverySourceProjectHasReferenceRules() =>
        Assert.Equal(AllowedReferences.Keys.Order(), ProjectFolders().Order());

    [Theory]
    [MemberData(nameof(Projects))]
    public void ProjectReferencesFollowTheLayering(string project)
    {
        var csproj = XDocument.Load(Repo.PathTo("src", project, $"Limber.{project}.csproj"));
        var referenced = csproj.Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension((string)r.Attribute("Include")!).Replace("Limber.", ""))
            .ToList();
        var notAllowed = referenced.Except(AllowedReferences[project]).ToList();
        Assert.True(notAllowed.Count == 0, $"src/{project} may reference {Show(AllowedReferences[project])} but its .csproj references {Show(notAllowed)}");

        // The compiled assembly too: what it uses of other Limber assemblies, whatever reached it transitively.
        var used = AssemblyOf(project).GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n.StartsWith("Limber.", StringComparison.Ordinal))
            .Select(n => n["Limber.".Length..])
            .Except(AllowedReferences[project])
            .ToList();
        Assert.True(used.Count == 0, $"Limber.{project}.dll uses {Show(used)}, which src/{project} may not reference");
    }

    [Fact]
    public void RenderDependsOnNeitherCheckNorExtract()
    {
        var referenced = AssemblyOf("Render").GetReferencedAssemblies().Select(a => a.Name).ToList();
        Assert.DoesNotContain("Limber.Check", referenced);
        Assert.DoesNotContain("Limber.Extract", referenced);
    }

    [Fact]
    public void OnlyTheEdgesTouchTheFileSystem()
    {
        var found = PureAssemblies()
            .SelectMany(IlScan.Uses)
            .Where(u => TouchesFileSystem(u.Member))
            .Select(u => $"{u.UserName} → {u.MemberName}");
        AssertOnlyAllowed(found, FileSystemAllowed, "touches the file system outside Ingest, Write, Preview and Cli");
    }

    [Fact]
    public void PureCodeSetsNoProcessWideState()
    {
        var found = PureAssemblies()
            .SelectMany(IlScan.Uses)
            .Where(u => SetsProcessState(u.Member, u.OpCode))
            .Select(u => $"{u.UserName} → {u.MemberName}");
        AssertOnlyAllowed(found, ProcessStateAllowed, "sets process-wide state outside Cli (see Limber.Cli.ProcessSettings)");
    }

    [Fact]
    public void PureCodeKeepsNoStaticMutableState()
    {
        // A static field that is not read-only, or a read-only collection that methods other than the static constructor
        // add to, is state every build in the process shares (preview builds many times) and grows. Per-thread scratch
        // buffers ([ThreadStatic]) carry nothing a caller sees and are not counted; nor are lookup tables filled once.
        var reassignable = PureAssemblies()
            .SelectMany(a => a.GetTypes())
            .Where(t => !IlScan.IsCompilerGenerated(t) && t.Namespace?.StartsWith("Limber", StringComparison.Ordinal) == true)
            .SelectMany(t => t.GetFields(BindingFlags.DeclaredOnly | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            .Where(f => !f.IsLiteral && !f.IsInitOnly && !IlScan.IsCompilerGenerated(f) && !f.IsDefined(typeof(ThreadStaticAttribute)));
        var filledLater = PureAssemblies()
            .SelectMany(IlScan.Uses)
            .Where(u => u.Method is not ConstructorInfo { IsStatic: true })
            .GroupBy(u => u.Method)
            .SelectMany(method => method
                .Select(u => u.Member)
                .OfType<FieldInfo>()
                .Where(f => f.IsStatic && f.IsInitOnly && IsLimber(f.DeclaringType!) && IsMutableCollection(f.FieldType))
                .Where(f => method.Any(u => u.Member is MethodInfo m && m.DeclaringType == f.FieldType && Mutators.Contains(m.Name))));
        var found = reassignable.Concat(filledLater)
            .Select(f => $"{IlScan.SourceType(f.DeclaringType!).FullName!.Replace('+', '.')} → {f.Name}");
        AssertOnlyAllowed(found, StaticStateAllowed, "keeps static mutable state (shared by every build in the process)");
    }

    [Fact]
    public void NoSourceFileIsLongerThan400Lines()
    {
        // A file does one thing; past 400 lines it is doing several.
        var tooLong = Directory.GetFiles(Repo.PathTo("src"), "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Repo.Root, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .Select(f => (File: f, Lines: File.ReadAllLines(Repo.PathTo(f)).Length))
            .Where(f => f.Lines > 400 && !LongFilesAllowed.ContainsKey(f.File))
            .Select(f => $"{f.File}: {f.Lines} lines")
            .ToList();
        Assert.True(tooLong.Count == 0, "split these by responsibility:\n  " + string.Join("\n  ", tooLong));
    }

    [Fact]
    public void TheScannerSeesWhatItLooksFor()
    {
        // The rules above pass vacuously if the scan finds nothing: the edges do touch files and Cli does set state.
        var cli = IlScan.Uses(AssemblyOf("Cli")).ToList();
        Assert.Contains(cli, u => TouchesFileSystem(u.Member));
        Assert.Contains(cli, u => u.UserName == "Limber.Cli.ProcessSettings" && SetsProcessState(u.Member, u.OpCode));
        Assert.Contains(IlScan.Uses(AssemblyOf("Write")), u => u.Member.DeclaringType == typeof(File));
    }

    private static bool TouchesFileSystem(MemberInfo member) =>
        member.DeclaringType is { } type
        && (FileSystemTypes.Contains(type) || (type == typeof(Path) && FileSystemPathMembers.Contains(member.Name))
            || (member is ConstructorInfo ctor && (type == typeof(StreamReader) || type == typeof(StreamWriter))
                && ctor.GetParameters() is [{ ParameterType: var first }, ..] && first == typeof(string)));

    private static bool SetsProcessState(MemberInfo member, OpCode opCode) => member switch
    {
        MethodInfo { IsStatic: true } m when m.DeclaringType is { } type && !IsLimber(type) =>
            (m.IsSpecialName && m.Name.StartsWith("set_", StringComparison.Ordinal))
            || ProcessWideMethods.Any(p => p.Type == type && p.Name == m.Name),
        MethodInfo { IsStatic: false } m when m.DeclaringType == typeof(Thread) => m.Name is "set_CurrentCulture" or "set_CurrentUICulture",
        FieldInfo { IsStatic: true } f when !IsLimber(f.DeclaringType!) => opCode == OpCodes.Stsfld,
        _ => false,
    };

    private static bool IsMutableCollection(Type type) =>
        MutableCollections.Contains(type.IsGenericType ? type.GetGenericTypeDefinition() : type)
        || (type.IsNested && type.DeclaringType is { } outer && IsMutableCollection(outer));

    private static bool IsLimber(Type type) => type.Assembly.GetName().Name!.StartsWith("Limber", StringComparison.OrdinalIgnoreCase);

    private static void AssertOnlyAllowed(IEnumerable<string> found, Dictionary<string, string> allowed, string what)
    {
        var distinct = found.Distinct().Order(StringComparer.Ordinal).ToList();
        var violations = distinct.Where(f => !allowed.ContainsKey(f)).ToList();
        Assert.True(violations.Count == 0, $"pure code {what}:\n  " + string.Join("\n  ", violations));
        var stale = allowed.Keys.Except(distinct).ToList();
        Assert.True(stale.Count == 0, "allow-list entries that match nothing any more (remove them):\n  " + string.Join("\n  ", stale));
    }

    private static IEnumerable<Assembly> PureAssemblies() =>
        ProjectFolders().Except(Edges).Select(AssemblyOf);

    private static Assembly AssemblyOf(string project)
    {
        var csproj = XDocument.Load(Repo.PathTo("src", project, $"Limber.{project}.csproj"));
        var name = csproj.Descendants("AssemblyName").Select(e => e.Value).FirstOrDefault() ?? $"Limber.{project}";
        return Assembly.Load(new AssemblyName(name));
    }

    private static IEnumerable<string> ProjectFolders() =>
        Directory.GetDirectories(Repo.PathTo("src"))
            .Where(d => File.Exists(Path.Combine(d, $"Limber.{Path.GetFileName(d)}.csproj")))
            .Select(Path.GetFileName)
            .Select(n => n!);

    private static string Show(IEnumerable<string> names) => names.Any() ? string.Join(", ", names) : "nothing";
}
