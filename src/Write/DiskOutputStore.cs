namespace Limber.Write;

/// <summary>
/// The output folder on disk. What may be written and deleted there is <see cref="OutputFolder"/>'s rule (marked as
/// Limber's, never the input, never through a link); each update is an <see cref="OutputUpdate"/>.
/// </summary>
/// <param name="outputDirectory">The output folder as the user typed it.</param>
public sealed class DiskOutputStore(string outputDirectory) : IOutputStore
{
    private readonly string _full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));

    public string Root => outputDirectory;

    public bool Exists => Directory.Exists(_full);

    public string? Refusal(string inputDirectory) => OutputFolder.Refusal(inputDirectory, outputDirectory);

    public IOutputUpdate Begin() => new OutputUpdate(_full);

    public IEnumerable<string> Files() => OutputFolder.Files(_full);

    public bool RemoveSite(string inputDirectory)
    {
        if (!Directory.Exists(_full) || !OutputFolder.IsMarked(_full) || Refusal(inputDirectory) is not null)
        {
            return false;
        }

        OutputFolder.Delete(_full);
        return true;
    }
}
