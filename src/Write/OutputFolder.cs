namespace Limber.Write;

/// <summary>
/// What Limber may do to an output folder. It writes only into a folder that is new, empty, or marked as its own by a
/// <see cref="MarkerName"/> file (written by the first build); never into the input folder, a folder holding it or a
/// folder inside it, the file system's root or the home folder. Listing and deleting never follow a symbolic link:
/// a link in the output folder is left alone, and nothing is written or deleted through one.
/// </summary>
public static class OutputFolder
{
    /// <summary>The file that marks a folder as Limber's output (and so as Limber's to replace and sweep).</summary>
    public const string MarkerName = ".limber-output";

    /// <summary>The marker's text: it tells whoever finds the folder what it is.</summary>
    public static readonly byte[] MarkerContent = "This folder is written by Limber (a static site generator). The next build replaces its files\nand deletes any file it did not write. Do not keep anything else here.\n"u8.ToArray();

    /// <summary>
    /// Why Limber must not write to <paramref name="output"/> when building <paramref name="input"/>, or null when it
    /// may. One line, for the command line (exit 2) and for the write stage (an error).
    /// </summary>
    public static string? Refusal(string input, string output)
    {
        var outputFull = RealPath(output);
        var inputFull = RealPath(input);
        var shown = output;
        if (outputFull == Path.GetPathRoot(outputFull))
        {
            return $"output folder '{shown}' is the file system's root; choose a folder of its own, such as 'output'";
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (home.Length > 0 && outputFull == RealPath(home))
        {
            return $"output folder '{shown}' is the home folder; choose a folder of its own, such as 'output'";
        }

        if (outputFull == inputFull)
        {
            return $"output folder '{shown}' is the input folder: building would replace the input; choose another folder, such as 'output'";
        }

        if (IsInside(inputFull, outputFull))
        {
            return $"output folder '{shown}' contains the input folder '{input}'; choose a folder beside it, such as 'output'";
        }

        if (IsInside(outputFull, inputFull))
        {
            return $"output folder '{shown}' is inside the input folder '{input}' (the next build would read it as input); choose a folder outside it";
        }

        if (File.Exists(outputFull))
        {
            return $"output folder '{shown}' is a file";
        }

        if (Directory.Exists(outputFull) && !IsMarked(outputFull) && Directory.EnumerateFileSystemEntries(outputFull).Any())
        {
            return $"output folder '{shown}' is not empty and was not written by Limber (it has no {MarkerName} file); " +
                   $"choose an empty or new folder. If an earlier Limber version built it, delete it, or mark it as Limber's: touch {Path.Combine(shown, MarkerName)}";
        }

        return null;
    }

    /// <summary>Why a report file (<c>--report</c>, <c>--sarif</c>) must not be written at <paramref name="file"/>, or null.</summary>
    public static string? ReportRefusal(string option, string input, string file)
    {
        var full = RealPath(file);
        var inputFull = RealPath(input);
        if (full == inputFull || IsInside(full, inputFull))
        {
            return $"{option} '{file}' is inside the input folder '{input}'; write it elsewhere (it would overwrite or add to the input)";
        }

        return Directory.Exists(full) ? $"{option} '{file}' is a folder; give a file name" : null;
    }

    /// <summary>True when <paramref name="directory"/> holds the marker (as a plain file, not a link).</summary>
    public static bool IsMarked(string directory)
    {
        var marker = new FileInfo(Path.Combine(directory, MarkerName));
        return marker.Exists && marker.LinkTarget is null;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or inside it (full paths).</summary>
    public static bool IsInside(string path, string folder)
    {
        var relative = Path.GetRelativePath(folder, path);
        return relative == "." || (relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !Path.IsPathRooted(relative));
    }

    /// <summary>
    /// The full path with every symbolic link among its existing parts resolved (like <c>realpath</c>), so that a link
    /// to the input folder is recognised as the input folder. Parts that do not exist yet are kept as written.
    /// </summary>
    public static string RealPath(string path)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        var root = Path.GetPathRoot(full)!;
        var resolved = root;
        var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            var next = Path.Combine(resolved, parts[i]);
            FileSystemInfo info = new DirectoryInfo(next);
            if (!info.Exists)
            {
                info = new FileInfo(next);
            }

            if (!info.Exists && info.LinkTarget is null)
            {
                return Path.Combine([next, .. parts[(i + 1)..]]);
            }

            var target = info.LinkTarget is null ? null : info.ResolveLinkTarget(returnFinalTarget: true);
            resolved = target is null ? next : RealPath(target.FullName);
        }

        return Path.TrimEndingDirectorySeparator(resolved) is { Length: > 0 } r ? r : root;
    }

    /// <summary>
    /// Every file under <paramref name="root"/> (full paths), without entering or listing symbolic links: a link, to a
    /// file or a folder, is neither Limber's to delete nor a way out of the folder. The marker is not listed.
    /// </summary>
    public static List<string> Files(string root)
    {
        var files = new List<string>();
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            foreach (var entry in new DirectoryInfo(directory).EnumerateFileSystemInfos())
            {
                if (entry.Attributes.HasFlag(FileAttributes.ReparsePoint))
                {
                    continue;
                }

                if (entry is DirectoryInfo)
                {
                    pending.Push(entry.FullName);
                }
                else if (!(directory == root && entry.Name == MarkerName))
                {
                    files.Add(entry.FullName);
                }
            }
        }

        return files;
    }

    /// <summary>Every folder under <paramref name="root"/>, deepest first, without entering symbolic links.</summary>
    public static List<string> Folders(string root)
    {
        var folders = new List<string>();
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            foreach (var entry in new DirectoryInfo(pending.Pop()).EnumerateDirectories())
            {
                if (!entry.Attributes.HasFlag(FileAttributes.ReparsePoint))
                {
                    folders.Add(entry.FullName);
                    pending.Push(entry.FullName);
                }
            }
        }

        return [.. folders.OrderByDescending(f => f.Length)];
    }

    /// <summary>
    /// Deletes <paramref name="directory"/> and what it holds without following links (a link is removed, never what
    /// it points at). Quietly leaves what cannot be deleted.
    /// </summary>
    public static void Delete(string directory)
    {
        try
        {
            var info = new DirectoryInfo(directory);
            if (!info.Exists && info.LinkTarget is null)
            {
                return;
            }

            if (info.LinkTarget is not null)
            {
                info.Delete(); // the link itself
                return;
            }

            foreach (var entry in info.EnumerateFileSystemInfos())
            {
                if (entry is DirectoryInfo && entry.LinkTarget is null)
                {
                    Delete(entry.FullName);
                }
                else
                {
                    entry.Delete();
                }
            }

            info.Delete();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <summary>
    /// Removes what killed builds left beside <paramref name="output"/>: staging folders named
    /// <c>.&lt;name&gt;.tmp-&lt;pid&gt;</c> of processes no longer running, and only when they carry the marker (so
    /// only Limber's own). Temporary files inside the output folder go with the sweep of stale files.
    /// </summary>
    public static void RemoveLeftovers(string output)
    {
        var parent = Path.GetDirectoryName(output);
        if (parent is null || !Directory.Exists(parent))
        {
            return;
        }

        try
        {
            foreach (var staging in Directory.EnumerateDirectories(parent, $".{Path.GetFileName(output)}.tmp-*"))
            {
                if (int.TryParse(staging[(staging.LastIndexOf("-", StringComparison.Ordinal) + 1)..], out var pid) && !IsRunning(pid) && IsMarked(staging))
                {
                    Delete(staging);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <summary>The staging folder a new output folder is written into before it is renamed into place.</summary>
    public static string StagingFor(string output) =>
        Path.Combine(Path.GetDirectoryName(output) ?? ".", $".{Path.GetFileName(output)}.tmp-{Environment.ProcessId}");

    /// <summary>The scratch folder beside an existing output folder where a search indexer reads the new site before it replaces the old one.</summary>
    public static string SiteViewFor(string output) =>
        Path.Combine(Path.GetDirectoryName(output) ?? ".", $".{Path.GetFileName(output)}.tmp-site-{Environment.ProcessId}");

    /// <summary>The temporary name a file is written under beside its place before it replaces the old one.</summary>
    public static string TemporaryFor(string target) => target + TemporarySuffix;

    private static readonly string TemporarySuffix = $".tmp-{Environment.ProcessId}";

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            return true;
        }

        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
