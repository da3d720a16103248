using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Limber.Check.External;

namespace Limber.Cli.External;

/// <summary>
/// Checks external links over HTTP: in parallel but bounded, HEAD first (GET when HEAD is refused), with a
/// time-out per request and a persistent JSON cache whose entries are trusted for a TTL. Only definite answers
/// (reachable, or a 4xx/5xx other than 429) are cached; 429s and time-outs are reported as what they are and
/// checked again next time.
/// </summary>
public sealed class HttpExternalLinkChecker(HttpMessageHandler handler, string? cachePath, TimeSpan ttl, int concurrency, TimeSpan timeout, TimeProvider? clock = null) : IExternalLinkChecker
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public async Task<IReadOnlyDictionary<string, ExternalResult>> CheckAsync(IReadOnlyCollection<string> urls, CancellationToken cancellationToken)
    {
        var cache = Load();
        var now = _clock.GetUtcNow();
        var results = new ConcurrentDictionary<string, ExternalResult>(StringComparer.Ordinal);
        using var client = new HttpClient(handler, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("Limber-link-check/0.1");
        await Parallel.ForEachAsync(
            urls,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, concurrency), CancellationToken = cancellationToken },
            async (url, token) =>
            {
                if (cache.TryGetValue(url, out var cached) && now - cached.CheckedAt < ttl)
                {
                    results[url] = cached;
                    return;
                }

                results[url] = await CheckOne(client, url, token).ConfigureAwait(false);
            }).ConfigureAwait(false);

        foreach (var (url, r) in results)
        {
            if (r.Status is ExternalStatus.Ok or ExternalStatus.Broken)
            {
                cache[url] = r;
            }
        }

        Save(cache);
        return results;
    }

    private async Task<ExternalResult> CheckOne(HttpClient client, string url, CancellationToken token)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(token);
        limit.CancelAfter(timeout);
        try
        {
            using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url), HttpCompletionOption.ResponseHeadersRead, limit.Token).ConfigureAwait(false);
            var status = head.StatusCode;
            if (status is HttpStatusCode.MethodNotAllowed or HttpStatusCode.NotImplemented or HttpStatusCode.Forbidden)
            {
                using var get = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, url), HttpCompletionOption.ResponseHeadersRead, limit.Token).ConfigureAwait(false);
                status = get.StatusCode;
            }

            return Result(status);
        }
        catch (OperationCanceledException) when (!token.IsCancellationRequested)
        {
            return new ExternalResult(ExternalStatus.Timeout, $"no answer within {timeout.TotalSeconds:0} s", _clock.GetUtcNow());
        }
        catch (HttpRequestException ex)
        {
            return new ExternalResult(ExternalStatus.Broken, $"request failed: {ex.Message}", _clock.GetUtcNow());
        }
    }

    private ExternalResult Result(HttpStatusCode status)
    {
        var code = (int)status;
        var now = _clock.GetUtcNow();
        return code switch
        {
            429 => new ExternalResult(ExternalStatus.RateLimited, "HTTP 429 Too Many Requests", now),
            < 400 => new ExternalResult(ExternalStatus.Ok, $"HTTP {code}", now),
            _ => new ExternalResult(ExternalStatus.Broken, $"the server answered HTTP {code} {status}", now),
        };
    }

    private Dictionary<string, ExternalResult> Load()
    {
        try
        {
            if (cachePath is not null && File.Exists(cachePath))
            {
                return JsonSerializer.Deserialize<Dictionary<string, ExternalResult>>(File.ReadAllText(cachePath), Json) ?? [];
            }
        }
        catch (Exception ex) when (ex is IOException or JsonException or UnauthorizedAccessException)
        {
            // A damaged cache is only a slower build: start afresh.
        }

        return new Dictionary<string, ExternalResult>(StringComparer.Ordinal);
    }

    private void Save(Dictionary<string, ExternalResult> cache)
    {
        if (cachePath is null)
        {
            return;
        }

        try
        {
            if (Path.GetDirectoryName(Path.GetFullPath(cachePath)) is { } dir)
            {
                Directory.CreateDirectory(dir);
            }

            var tmp = cachePath + ".tmp";
            File.WriteAllText(tmp, JsonSerializer.Serialize(cache, Json));
            File.Move(tmp, cachePath, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The cache is an optimisation; failing to save it does not fail the build.
        }
    }
}
