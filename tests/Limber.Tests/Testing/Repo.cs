namespace Limber.Tests.Testing;

/// <summary>Locates the repository root from the test's working directory, so tests can read committed fixtures and input/.</summary>
public static class Repo
{
    public static string Root { get; } = Find();

    public static string PathTo(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Statiq.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Statiq.sln not found above " + AppContext.BaseDirectory);
    }
}
