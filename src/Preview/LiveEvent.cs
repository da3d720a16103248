using System.Text.Json;

namespace Limber.Preview;

/// <summary>One diagnostic as the overlay shows it: <c>input/content/a.md:3</c>, severity, code and message.</summary>
public sealed record OverlayDiagnostic(string Location, string Severity, string Code, string Message);

/// <summary>What the preview tells open pages after a build (sent as a Server-Sent Event).</summary>
public abstract record LiveEvent
{
    public abstract string Name { get; }

    public abstract string Data { get; }

    public string Format() => $"event: {Name}\ndata: {Data}\n\n";

    /// <summary>Reload the page: something other than stylesheets changed.</summary>
    public sealed record Reload : LiveEvent
    {
        public override string Name => "reload";

        public override string Data => "{}";
    }

    /// <summary>Only stylesheets changed: swap them in place, without reloading.</summary>
    public sealed record Css(IReadOnlyList<string> Stylesheets) : LiveEvent
    {
        public override string Name => "css";

        public override string Data => JsonSerializer.Serialize(new { stylesheets = Stylesheets });
    }

    /// <summary>The build failed: show the overlay; the server keeps serving the last good site.</summary>
    public sealed record Errors(IReadOnlyList<OverlayDiagnostic> Diagnostics) : LiveEvent
    {
        public override string Name => "errors";

        public override string Data => JsonSerializer.Serialize(
            new { diagnostics = Diagnostics.Select(d => new { location = d.Location, severity = d.Severity, code = d.Code, message = d.Message }) });
    }

    /// <summary>The build succeeded and nothing on disk changed: only take the overlay down.</summary>
    public sealed record Ok : LiveEvent
    {
        public override string Name => "ok";

        public override string Data => "{}";
    }
}
