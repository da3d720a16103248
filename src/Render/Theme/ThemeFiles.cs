using System.Collections.Immutable;
using System.Reflection;
using Limber.Pages;

namespace Limber.Render.Theme;

/// <summary>
/// The theme a build uses: the built-in theme embedded in this assembly (the repository's <c>theme/</c> folder),
/// with every file of <c>input/theme/</c> replacing the built-in file at the same path.
/// </summary>
public sealed class ThemeFiles
{
    private static readonly Lazy<ImmutableSortedDictionary<string, string>> BuiltIn = new(LoadBuiltIn);

    private ThemeFiles(ImmutableSortedDictionary<string, (string Text, string Origin)> files) => Files = files;

    /// <summary>Theme-relative path → (text, origin file shown in diagnostics).</summary>
    public ImmutableSortedDictionary<string, (string Text, string Origin)> Files { get; }

    public static ThemeFiles With(IReadOnlyDictionary<string, InputFile> overrides)
    {
        var files = BuiltIn.Value.ToImmutableSortedDictionary(kv => kv.Key, kv => (kv.Value, "theme/" + kv.Key), StringComparer.Ordinal).ToBuilder();
        foreach (var (path, file) in overrides)
        {
            files[path] = (file.Text, file.Path);
        }

        return new ThemeFiles(files.ToImmutable());
    }

    public bool TryGet(string path, out string text, out string origin)
    {
        if (Files.TryGetValue(path, out var f))
        {
            (text, origin) = f;
            return true;
        }

        (text, origin) = ("", "");
        return false;
    }

    private static ImmutableSortedDictionary<string, string> LoadBuiltIn()
    {
        var assembly = typeof(ThemeFiles).Assembly;
        var result = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("theme/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            result[name["theme/".Length..].Replace('\\', '/')] = reader.ReadToEnd();
        }

        return result.ToImmutable();
    }
}
