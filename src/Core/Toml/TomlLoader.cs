using Tomlyn;
using Tomlyn.Model;

namespace Limber.Toml;

/// <summary>Where and why a TOML text could not be read. Line and column are 1-based and count from the top of the text.</summary>
public sealed record TomlError(string Message, int Line, int Column);

/// <summary>
/// The one way Limber reads TOML (front matter between <c>+++</c> lines, as Hugo and Zola write it): text in, a table or
/// a located error out, never an exception, like <see cref="Yaml.YamlLoader"/>. Nesting is limited by Tomlyn's own
/// depth limit (64), reported as an error like any other.
/// </summary>
public static class TomlLoader
{
    public static (TomlTable? Table, TomlError? Error) Load(string text)
    {
        try
        {
            return (TomlSerializer.Deserialize<TomlTable>(text) ?? [], null);
        }
        catch (TomlException ex)
        {
            var message = ex.Message.ReplaceLineEndings(" ").Trim();
            return (null, new TomlError(message, Math.Max(1, ex.Line ?? 1), Math.Max(1, ex.Column ?? 1)));
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or OverflowException or ArgumentException or InsufficientExecutionStackException)
        {
            return (null, new TomlError(ex.Message.ReplaceLineEndings(" ").Trim(), 1, 1));
        }
    }
}
