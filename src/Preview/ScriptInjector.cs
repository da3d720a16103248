namespace Limber.Preview;

/// <summary>Adds the live-reload script to an HTML page, just before &lt;/body&gt; (or at the end when there is none).</summary>
public static class ScriptInjector
{
    public const string EventsPath = "/__limber/events";

    public const string Script =
        "<script>(()=>{const s=new EventSource(\"" + EventsPath + "\");s.addEventListener(\"reload\",()=>location.reload());})();</script>";

    public static string Inject(string html)
    {
        var at = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html + Script : html[..at] + Script + html[at..];
    }
}
