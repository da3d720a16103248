namespace Limber.Preview;

/// <summary>
/// Runs rebuilds one at a time. A request while a build runs cancels that build (its changed paths are carried over) and
/// queues one more; any number of requests during a build lead to exactly one next build. Builds never overlap. A build
/// that throws is reported to <c>failed</c> and the queue keeps going: the next change is built as usual.
/// </summary>
public sealed class RebuildQueue : IDisposable
{
    private readonly Func<IReadOnlyCollection<string>, CancellationToken, Task> _build;
    private readonly Action<Exception>? _failed;
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _signal = new(0);
    private readonly CancellationTokenSource _disposed = new();
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private readonly Task _worker;
    private CancellationTokenSource? _running;
    private bool _requested;

    /// <param name="build">One build of the given changed paths; throws <see cref="OperationCanceledException"/> when cancelled.</param>
    /// <param name="failed">Told about a build that threw anything else (the queue itself carries on).</param>
    public RebuildQueue(Func<IReadOnlyCollection<string>, CancellationToken, Task> build, Action<Exception>? failed = null)
    {
        _build = build;
        _failed = failed;
        _worker = Task.Run(LoopAsync);
    }

    /// <summary>Builds that ran to the end.</summary>
    public int Completed { get; private set; }

    /// <summary>Builds stopped by a newer request.</summary>
    public int Cancelled { get; private set; }

    /// <summary>Builds that threw (not cancelled).</summary>
    public int Faulted { get; private set; }

    public void Request(IEnumerable<string> changedPaths)
    {
        lock (_gate)
        {
            _pending.UnionWith(changedPaths);
            _running?.Cancel();
            if (_requested)
            {
                return;
            }

            _requested = true;
        }

        _signal.Release();
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _running?.Cancel();
        }

        _disposed.Cancel();
        try
        {
            _worker.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }

        _disposed.Dispose();
        _signal.Dispose();
    }

    private async Task LoopAsync()
    {
        while (!_disposed.IsCancellationRequested)
        {
            try
            {
                await _signal.WaitAsync(_disposed.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            string[] batch;
            CancellationTokenSource running;
            lock (_gate)
            {
                _requested = false;
                batch = [.. _pending.Order(StringComparer.Ordinal)];
                _pending.Clear();
                running = _running = CancellationTokenSource.CreateLinkedTokenSource(_disposed.Token);
            }

            try
            {
                await _build(batch, running.Token);
                Completed++;
            }
            catch (OperationCanceledException) when (running.IsCancellationRequested)
            {
                Cancelled++;
                lock (_gate)
                {
                    // A newer request cancelled this build: it has already queued the next one; carry these paths over.
                    _pending.UnionWith(batch);
                }
            }
            catch (Exception ex)
            {
                Faulted++;
                try
                {
                    _failed?.Invoke(ex);
                }
                catch (Exception)
                {
                    // Reporting must not stop the queue either.
                }
            }
            finally
            {
                lock (_gate)
                {
                    _running = null;
                }

                running.Dispose();
            }
        }
    }
}
