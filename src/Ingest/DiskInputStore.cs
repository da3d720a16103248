using System.Runtime.InteropServices;

namespace Limber.Ingest;

/// <summary>
/// Reads the input folder from disk. Symbolic links are followed only while they stay inside the input folder: a link
/// (to a file or a folder) that leads out of it is not read, and is listed in <see cref="RefusedLinks"/> for ingest to
/// report, so a link in <c>sources/</c> or <c>static/</c> cannot publish a file from elsewhere on the machine.
/// </summary>
public sealed class DiskInputStore(string root) : IInputStore
{
    private List<string> _refused = [];

    public string Root { get; } = root;

    public bool Exists => Directory.Exists(Root);

    /// <summary>Links found by the last <see cref="EnumerateFiles"/> that lead out of the input folder (relative paths).</summary>
    public IReadOnlyList<string> RefusedLinks => _refused;

    public IReadOnlyList<string> EnumerateFiles()
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(Root));
        var real = Canonical(full) ?? full;
        var files = new List<string>();
        var refused = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal) { real };
        var pending = new Stack<(string Directory, string Relative)>();
        pending.Push((full, ""));
        while (pending.Count > 0)
        {
            var (directory, relative) = pending.Pop();
            IEnumerable<FileSystemInfo> entries;
            try
            {
                entries = new DirectoryInfo(directory).EnumerateFileSystemInfos("*", new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System });
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            foreach (var entry in entries)
            {
                if (entry.Name.StartsWith('.'))
                {
                    continue;
                }

                var path = relative.Length == 0 ? entry.Name : relative + "/" + entry.Name;
                var isDirectory = entry is DirectoryInfo;
                if (entry.LinkTarget is not null)
                {
                    // Where the link really leads (null when it leads nowhere): inside the input folder, or refused.
                    var target = Canonical(entry.FullName);
                    if (target is null || !Inside(target, real))
                    {
                        refused.Add(path);
                        continue;
                    }

                    isDirectory = Directory.Exists(target);
                    if (isDirectory && !visited.Add(target))
                    {
                        continue; // a folder already read (a link to a parent would loop)
                    }
                }

                if (isDirectory)
                {
                    pending.Push((entry.FullName, path));
                }
                else
                {
                    files.Add(path);
                }
            }
        }

        refused.Sort(StringComparer.Ordinal);
        _refused = refused;
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    public long Length(string path) => new FileInfo(Path.Combine(Root, path)).Length;

    public byte[] ReadAllBytes(string path) => File.ReadAllBytes(Path.Combine(Root, path));

    public (long Length, DateTime Modified)? Stamp(string path)
    {
        var info = new FileInfo(Path.Combine(Root, path));
        return info.Exists ? (info.Length, info.LastWriteTimeUtc) : null;
    }

    private static bool Inside(string path, string folder) =>
        path == folder || path.StartsWith(folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The path with every link resolved (the C library's realpath), or null when it leads nowhere.</summary>
    private static string? Canonical(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            var info = new FileInfo(path);
            return info.LinkTarget is null ? Path.GetFullPath(path) : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
        }

        var resolved = RealPath(path, IntPtr.Zero);
        if (resolved == IntPtr.Zero)
        {
            return null;
        }

        try
        {
            return Marshal.PtrToStringUTF8(resolved);
        }
        finally
        {
            Marshal.FreeHGlobal(resolved);
        }
    }

    [DllImport("libc", EntryPoint = "realpath")]
#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code enabled for one call
    private static extern IntPtr RealPath(string path, IntPtr resolved);
#pragma warning restore SYSLIB1054
}
