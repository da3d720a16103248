using System.Net;
using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Limber.Preview;

/// <summary>Where the preview listens and what it serves.</summary>
public sealed record PreviewServerOptions
{
    /// <summary>The folder served (the build's output folder).</summary>
    public required string Root { get; init; }

    /// <summary>Address to bind: an IP address or <c>localhost</c>. Loopback by default, so nothing outside this machine sees drafts.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>TCP port; 0 picks a free one (tests).</summary>
    public int Port { get; init; } = 5080;

    /// <summary>The path part of the site's base URL (<c>/docs/</c>): links carry it, so requests under it map to the folder's root.</summary>
    public string BasePath { get; init; } = "/";
}

/// <summary>The port (or address) cannot be bound: already in use, or not an address of this machine.</summary>
public sealed class PreviewPortException(string message, Exception inner) : Exception(message, inner);

/// <summary>
/// Serves the output folder with Kestrel for authors: clean URLs (<c>/about/</c> → <c>about/index.html</c>), no caching,
/// the live-reload script added to every HTML page, a Server-Sent Events stream (<c>/_limber/events</c>) that tells pages
/// to reload, swap stylesheets or show the error overlay, and the author report at <c>/_limber/</c>.
/// Never serves anything outside the folder (see <see cref="SafePath"/>).
/// </summary>
public sealed class PreviewServer : IAsyncDisposable, IDisposable
{
    private readonly WebApplication _app;
    private readonly PreviewServerOptions _options;
    private readonly string _root;
    private readonly CancellationTokenSource _closing = new();
    private readonly Lock _gate = new();
    private readonly List<Channel<LiveEvent>> _clients = [];
    private LiveEvent? _standing;

    private PreviewServer(WebApplication app, PreviewServerOptions options, string url)
    {
        _app = app;
        _options = options;
        _root = Path.GetFullPath(options.Root);
        Url = url;
    }

    public string Url { get; }

    /// <summary>Builds the author report page on request (<c>/_limber/</c>); null means no build has finished yet.</summary>
    public Func<string?> Report { get; set; } = () => null;

    public int ClientCount
    {
        get
        {
            lock (_gate)
            {
                return _clients.Count;
            }
        }
    }

    /// <summary>Starts listening. Throws <see cref="PreviewPortException"/> when the address cannot be bound.</summary>
    public static async Task<PreviewServer> StartAsync(PreviewServerOptions options)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = Path.GetFullPath(options.Root) });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            if (options.Host == "localhost")
            {
                kestrel.ListenLocalhost(options.Port);
            }
            else
            {
                kestrel.Listen(IPAddress.Parse(options.Host), options.Port);
            }
        });
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromMilliseconds(500));
        var app = builder.Build();
        PreviewServer? server = null;
        app.Run(context => server!.HandleAsync(context));
        try
        {
            await app.StartAsync();
        }
        catch (IOException ex)
        {
            await app.DisposeAsync();
            throw new PreviewPortException($"cannot listen on {options.Host}:{options.Port}: {Reason(ex)}", ex);
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var port = new Uri(address).Port;
        var host = options.Host.Contains(':') ? $"[{options.Host}]" : options.Host;
        server = new PreviewServer(app, options, $"http://{host}:{port}{options.BasePath}");
        return server;
    }

    /// <summary>Sends an event to every open page. Errors stay standing: a page opened later shows the overlay too.</summary>
    public void Notify(LiveEvent message)
    {
        lock (_gate)
        {
            _standing = message is LiveEvent.Errors ? message : null;
            foreach (var client in _clients)
            {
                client.Writer.TryWrite(message);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_closing.IsCancellationRequested)
        {
            return;
        }

        await _closing.CancelAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
        try
        {
            await _app.StopAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
        }

        await _app.DisposeAsync();
        _closing.Dispose();
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private static string Reason(IOException ex) =>
        ex.InnerException?.GetType().Name == "AddressInUseException" || ex.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase)
            ? "the port is already in use"
            : ex.Message;

    private async Task HandleAsync(HttpContext context)
    {
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        var path = context.Request.Path.Value ?? "/";
        switch (path)
        {
            case ScriptInjector.EventsPath:
                await EventsAsync(context);
                return;
            case ScriptInjector.ScriptPath:
                await WriteAsync(response, "text/javascript; charset=utf-8", ClientFile("live.js"));
                return;
            case ScriptInjector.StylePath:
                await WriteAsync(response, "text/css; charset=utf-8", ClientFile("live.css"));
                return;
            case ScriptInjector.Prefix:
                var report = Report();
                response.StatusCode = report is null ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
                await WriteAsync(response, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(ScriptInjector.Inject(report ?? "<!DOCTYPE html><title>Building</title><p>The first build has not finished.</p>")));
                return;
        }

        if (path.StartsWith(ScriptInjector.Prefix, StringComparison.Ordinal))
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        await FileAsync(context, path);
    }

    private async Task FileAsync(HttpContext context, string path)
    {
        var response = context.Response;
        var basePath = _options.BasePath;
        var sitePath = basePath.Length > 1 && path.StartsWith(basePath, StringComparison.Ordinal) ? "/" + path[basePath.Length..] : path;
        var file = SafePath.Resolve(_root, sitePath);
        if (file is not null && !sitePath.EndsWith('/') && file.EndsWith(Path.DirectorySeparatorChar + "index.html", StringComparison.Ordinal) &&
            !sitePath.EndsWith("/index.html", StringComparison.Ordinal))
        {
            // "/about" is the folder about/: redirect to "/about/" so the page's relative links resolve.
            response.StatusCode = StatusCodes.Status302Found;
            // Leading slashes collapsed: "//about" must not become "//about/", which a browser reads as another host.
            response.Headers.Location = "/" + path.TrimStart('/') + "/" + context.Request.QueryString;
            return;
        }

        try
        {
            if (file is null)
            {
                response.StatusCode = StatusCodes.Status404NotFound;
                var notFound = SafePath.Resolve(_root, "/404.html");
                var body = notFound is null ? "<!DOCTYPE html><title>Not found</title><h1>Not found</h1>" : await File.ReadAllTextAsync(notFound, context.RequestAborted);
                await WriteAsync(response, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(ScriptInjector.Inject(body)), context.Request);
                return;
            }

            var type = ContentType(file);
            var bytes = await File.ReadAllBytesAsync(file, context.RequestAborted);
            if (type.StartsWith("text/html", StringComparison.Ordinal))
            {
                bytes = Encoding.UTF8.GetBytes(ScriptInjector.Inject(Encoding.UTF8.GetString(bytes)));
            }

            await WriteAsync(response, type, bytes, context.Request);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Replaced or removed between the lookup and the read (a rebuild): the browser retries on the next reload.
            response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        }
    }

    private async Task EventsAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        var channel = Channel.CreateUnbounded<LiveEvent>(new UnboundedChannelOptions { SingleReader = true });
        lock (_gate)
        {
            _clients.Add(channel);
            if (_standing is not null)
            {
                channel.Writer.TryWrite(_standing);
            }
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _closing.Token);
        try
        {
            await response.WriteAsync(": connected\n\n", stop.Token);
            await response.Body.FlushAsync(stop.Token);
            await foreach (var message in channel.Reader.ReadAllAsync(stop.Token))
            {
                await response.WriteAsync(message.Format(), stop.Token);
                await response.Body.FlushAsync(stop.Token);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException)
        {
        }
        finally
        {
            lock (_gate)
            {
                _clients.Remove(channel);
            }
        }
    }

    private static async Task WriteAsync(HttpResponse response, string type, byte[] bytes, HttpRequest? request = null)
    {
        response.ContentType = type;
        response.ContentLength = bytes.Length;
        if (request is null || !HttpMethods.IsHead(request.Method))
        {
            await response.Body.WriteAsync(bytes);
        }
    }

    private static byte[] ClientFile(string name)
    {
        using var stream = typeof(PreviewServer).Assembly.GetManifestResourceStream("Limber.Preview.Client." + name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static string ContentType(string file) => Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" or ".mjs" => "text/javascript; charset=utf-8",
        ".json" => "application/json",
        ".xml" => "application/xml",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".gif" => "image/gif",
        ".webp" => "image/webp",
        ".avif" => "image/avif",
        ".ico" => "image/x-icon",
        ".woff2" => "font/woff2",
        ".wasm" => "application/wasm",
        ".pdf" => "application/pdf",
        ".txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    };
}
