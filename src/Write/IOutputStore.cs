using Limber.Pages;

namespace Limber.Write;

/// <summary>
/// Where the site's files go: the output folder on disk (<see cref="DiskOutputStore"/>), or memory for tests and
/// benchmarks (<see cref="MemoryOutputStore"/>). The write stage is its only user, mirroring <c>IInputStore</c>, which
/// only ingest reads through. Every change is one all-or-nothing <see cref="IOutputUpdate"/>.
/// </summary>
public interface IOutputStore
{
    /// <summary>The output folder as the user typed it, for messages.</summary>
    string Root { get; }

    /// <summary>True when the store holds a site (the output folder exists).</summary>
    bool Exists { get; }

    /// <summary>Why the store must not be written when building <paramref name="inputDirectory"/>, or null when it may.</summary>
    string? Refusal(string inputDirectory);

    /// <summary>Starts one all-or-nothing update; throws IOException or UnauthorizedAccessException when it cannot.</summary>
    IOutputUpdate Begin();

    /// <summary>The keys (<see cref="IOutputUpdate.Target"/>) of every file the store holds now.</summary>
    IEnumerable<string> Files();

    /// <summary>
    /// After a failed build with <c>--clean</c>: removes the site when it is Limber's (marked) and may be written;
    /// returns false when it was left alone.
    /// </summary>
    bool RemoveSite(string inputDirectory);
}

/// <summary>
/// One all-or-nothing update of an <see cref="IOutputStore"/>: files are staged where no reader sees them, the whole
/// new site is checked, and only then does <see cref="Commit"/> replace the old one; <see cref="Discard"/> leaves the
/// old site byte for byte as it was.
/// </summary>
public interface IOutputUpdate
{
    /// <summary>True when the store held no site before this update.</summary>
    bool IsNew { get; }

    /// <summary>The key the file at site path <paramref name="path"/> is stored under (on disk, its full path).</summary>
    string Target(string path);

    /// <summary>
    /// Stages one file; returns whether it was written (an existing file with exactly these bytes is left alone).
    /// Throws <see cref="OutputPathException"/> for a destination outside the site or through a link.
    /// </summary>
    bool Stage(string path, ReadOnlySpan<byte> content);

    /// <summary>Checks the whole new site before anything is replaced; throws <see cref="OutputPathException"/>.</summary>
    void Check(IEnumerable<OutputFile> outputs);

    /// <summary>
    /// A folder that holds the new site's files at <paramref name="paths"/> as they will be once committed, for a tool
    /// that reads a whole site (search indexing) before it replaces the old one; files the tool writes there join the
    /// update through <see cref="Adopt"/>. Null when the store has no folder (memory).
    /// </summary>
    string? SiteFolder(IEnumerable<string> paths);

    /// <summary>Stages the files a tool wrote into <see cref="SiteFolder"/> (site paths, '/'-separated).</summary>
    void Adopt(IEnumerable<string> paths);

    /// <summary>
    /// Puts the staged files in place and removes the files the new site no longer has (except under
    /// <paramref name="keep"/>); returns the site paths written or deleted.
    /// </summary>
    /// <param name="existing">The keys the store held, when the caller knows them (preview); listed when null.</param>
    List<string> Commit(IEnumerable<OutputFile> outputs, HashSet<string>? existing, string? keep = null);

    /// <summary>Removes whatever was staged and not committed.</summary>
    void Discard();
}
