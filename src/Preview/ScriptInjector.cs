namespace Limber.Preview;

/// <summary>
/// Adds the live-reload script to an HTML page, just before &lt;/body&gt; (or at the end when there is none). The script is
/// an external file served by the preview, so it runs under a Content-Security-Policy that forbids inline script.
/// </summary>
public static class ScriptInjector
{
    /// <summary>Everything the preview itself serves lives under this path; the output folder's files never do.</summary>
    public const string Prefix = "/_limber/";

    public const string EventsPath = Prefix + "events";
    public const string ScriptPath = Prefix + "live.js";
    public const string StylePath = Prefix + "live.css";

    public const string Script = "<script src=\"" + ScriptPath + "\" defer></script>";

    public static string Inject(string html)
    {
        var at = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html + Script : html[..at] + Script + html[at..];
    }
}
