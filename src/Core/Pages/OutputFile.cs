namespace Limber.Pages;

/// <summary>A file the write stage puts in the output folder. <see cref="Path"/> uses '/' separators.</summary>
public sealed record OutputFile(string Path, ReadOnlyMemory<byte> Content)
{
    public static OutputFile FromText(string path, string text) => new(path, System.Text.Encoding.UTF8.GetBytes(text));
}

/// <summary>An input file other than pages and sources, kept as text for the stage that needs it.</summary>
public sealed record InputFile(string Path, string Text);
