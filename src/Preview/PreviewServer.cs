using System.Net;
using System.Text;

namespace Limber.Preview;

/// <summary>
/// Serves the output folder on 127.0.0.1 for authors: clean URLs (<c>/about/</c> → <c>about/index.html</c>), no caching,
/// the live-reload script injected into every HTML page, and a Server-Sent Events stream that tells pages to reload.
/// </summary>
public sealed class PreviewServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly List<HttpListenerResponse> _clients = [];
    private readonly Task _loop;

    public PreviewServer(string root, int port)
    {
        _root = Path.GetFullPath(root);
        Url = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public string Url { get; }

    public int ClientCount
    {
        get
        {
            lock (_clients)
            {
                return _clients.Count;
            }
        }
    }

    /// <summary>Tells every open page to reload.</summary>
    public void Reload()
    {
        var message = Encoding.UTF8.GetBytes("event: reload\ndata: {}\n\n");
        lock (_clients)
        {
            foreach (var client in _clients.ToList())
            {
                try
                {
                    client.OutputStream.Write(message);
                    client.OutputStream.Flush();
                }
                catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
                {
                    _clients.Remove(client);
                }
            }
        }
    }

    public void Dispose()
    {
        lock (_clients)
        {
            foreach (var client in _clients)
            {
                try
                {
                    client.Abort();
                }
                catch (ObjectDisposedException)
                {
                }
            }

            _clients.Clear();
        }

        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(2));
        }
        catch (AggregateException)
        {
        }
    }

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => Handle(context));
        }
    }

    private async Task Handle(HttpListenerContext context)
    {
        var response = context.Response;
        var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
        if (path == ScriptInjector.EventsPath)
        {
            response.ContentType = "text/event-stream";
            response.Headers["Cache-Control"] = "no-store";
            response.SendChunked = true;
            await response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes(": connected\n\n"));
            await response.OutputStream.FlushAsync();
            lock (_clients)
            {
                _clients.Add(response);
            }

            return;
        }

        try
        {
            var file = Resolve(path);
            response.Headers["Cache-Control"] = "no-store";
            if (file is null)
            {
                response.StatusCode = 404;
                var notFound = Path.Combine(_root, "404.html");
                var body = File.Exists(notFound) ? await File.ReadAllTextAsync(notFound) : "<!DOCTYPE html><title>Not found</title><h1>Not found</h1>";
                await WriteAsync(response, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(ScriptInjector.Inject(body)));
                return;
            }

            var type = ContentType(file);
            var bytes = await File.ReadAllBytesAsync(file);
            if (type.StartsWith("text/html", StringComparison.Ordinal))
            {
                bytes = Encoding.UTF8.GetBytes(ScriptInjector.Inject(Encoding.UTF8.GetString(bytes)));
            }

            await WriteAsync(response, type, bytes);
        }
        catch (Exception ex) when (ex is IOException or HttpListenerException or UnauthorizedAccessException)
        {
            response.Abort();
        }
    }

    private string? Resolve(string path)
    {
        var full = Path.GetFullPath(Path.Combine(_root, path.TrimStart('/')));
        if (!full.StartsWith(_root, StringComparison.Ordinal))
        {
            return null;
        }

        if (Directory.Exists(full))
        {
            full = Path.Combine(full, "index.html");
        }

        return File.Exists(full) ? full : null;
    }

    private static async Task WriteAsync(HttpListenerResponse response, string type, byte[] bytes)
    {
        response.ContentType = type;
        response.ContentLength64 = bytes.Length;
        await response.OutputStream.WriteAsync(bytes);
        response.Close();
    }

    private static string ContentType(string file) => Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json",
        ".xml" => "application/xml",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".webp" => "image/webp",
        ".txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    };
}
