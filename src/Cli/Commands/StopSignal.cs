namespace Limber.Cli.Commands;

/// <summary>Completes on Ctrl+C (SIGINT), SIGTERM, or when the token is cancelled (tests).</summary>
internal sealed class StopSignal : IDisposable
{
    private readonly TaskCompletionSource _stop = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly System.Runtime.InteropServices.PosixSignalRegistration _interrupt;
    private readonly System.Runtime.InteropServices.PosixSignalRegistration _terminate;
    private readonly CancellationTokenRegistration _cancelled;

    public StopSignal(CancellationToken cancellationToken)
    {
        _interrupt = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGINT, OnSignal);
        _terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, OnSignal);
        _cancelled = cancellationToken.Register(() => _stop.TrySetResult());
    }

    public Task Stopped => _stop.Task;

    public void Dispose()
    {
        _interrupt.Dispose();
        _terminate.Dispose();
        _cancelled.Dispose();
    }

    private void OnSignal(System.Runtime.InteropServices.PosixSignalContext context)
    {
        context.Cancel = true;
        _stop.TrySetResult();
    }
}
