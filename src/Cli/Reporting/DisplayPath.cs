namespace Limber.Cli.Reporting;

/// <summary>Shows input-relative paths the way the user named the input folder: <c>input/content/a.md</c>.</summary>
public static class DisplayPath
{
    public static Func<string, string> For(string inputDirectory)
    {
        var root = inputDirectory.Replace('\\', '/').TrimEnd('/');
        return file => root.Length == 0 || root == "." ? file : $"{root}/{file}";
    }
}
