namespace Limber.Diagnostics;

public enum Severity
{
    Info,
    Warning,
    Error,
}

/// <summary>
/// One problem found in the input, reported the way a compiler reports one.
/// <see cref="File"/> is input-relative ('/' separators) or null for folder-level problems.
/// </summary>
public sealed record Diagnostic(string Code, Severity Severity, string Message, string? File = null, int Line = 0, int Column = 0)
{
    public static Diagnostic Error(string code, string message, string? file = null, int line = 0, int column = 0) =>
        new(code, Severity.Error, message, file, line, column);

    public static Diagnostic Warning(string code, string message, string? file = null, int line = 0, int column = 0) =>
        new(code, Severity.Warning, message, file, line, column);

    public static Diagnostic Info(string code, string message, string? file = null, int line = 0, int column = 0) =>
        new(code, Severity.Info, message, file, line, column);

    public static Diagnostic At(string code, Severity severity, string message, Pages.SourceRef where) =>
        new(code, severity, message, where.File, where.Line, where.Column);

    /// <summary>Compiler-style text: <c>path(line,col): error LMB1001: message</c>.</summary>
    public string Format(Func<string, string>? displayPath = null)
    {
        // One diagnostic, one line: a newline in a file name (or a message quoting one) is shown as an escape.
        var sev = Severity.ToString().ToLowerInvariant();
        var message = OneLine(Message);
        if (File is null)
        {
            return $"{sev} {Code}: {message}";
        }

        var path = OneLine(displayPath is null ? File : displayPath(File));
        var position = Line > 0 ? (Column > 0 ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"({Line},{Column})") : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"({Line})")) : "";
        return $"{path}{position}: {sev} {Code}: {message}";
    }

    public override string ToString() => Format();

    private static string OneLine(string text) => text.AsSpan().IndexOfAny('\n', '\r') < 0 ? text : text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
