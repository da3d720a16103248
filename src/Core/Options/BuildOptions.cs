namespace Limber.Options;

/// <summary>Options of one build run, from the command line.</summary>
public sealed record BuildOptions
{
    public string InputDirectory { get; init; } = "input";
    public string OutputDirectory { get; init; } = "output";

    /// <summary>Warnings fail the build.</summary>
    public bool Strict { get; init; }

    /// <summary>Remove files in the output folder that this build did not write (the output is always replaced as a whole).</summary>
    public bool Clean { get; init; }
}
