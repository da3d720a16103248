namespace Limber.Cli.Commands;

/// <summary>How much the console shows (<c>--verbosity</c>).</summary>
public enum Verbosity
{
    Quiet,
    Minimal,
    Normal,
    Detailed,
}
