namespace Limber.Preview;

/// <summary>Collapses a burst of signals (an editor saving several files) into one call after a quiet period.</summary>
public sealed class Debouncer(TimeSpan quiet, Action action) : IDisposable
{
    private readonly Lock _gate = new();
    private Timer? _timer;

    public void Signal()
    {
        lock (_gate)
        {
            _timer?.Dispose();
            _timer = new Timer(_ => action(), null, quiet, Timeout.InfiniteTimeSpan);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _timer?.Dispose();
            _timer = null;
        }
    }
}
