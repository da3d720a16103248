using Limber.Preview;

namespace Limber.Tests.Preview;

public class RebuildQueueTests
{
    [Fact]
    public async Task BuildsNeverOverlapAndTheLastRequestIsAlwaysBuiltWithEveryPathSinceTheLastCompletedBuild()
    {
        var running = 0;
        var overlapped = false;
        var built = new List<IReadOnlyCollection<string>>();
        var gate = new SemaphoreSlim(0);
        using var queue = new RebuildQueue(async (paths, token) =>
        {
            overlapped |= Interlocked.Increment(ref running) > 1;
            try
            {
                await gate.WaitAsync(TimeSpan.FromMilliseconds(1000), token);
                token.ThrowIfCancellationRequested();
                lock (built)
                {
                    built.Add(paths);
                }
            }
            finally
            {
                Interlocked.Decrement(ref running);
            }
        });

        queue.Request(["a"]);
        var started = DateTime.UtcNow.AddSeconds(10);
        while (Volatile.Read(ref running) == 0 && DateTime.UtcNow < started)
        {
            await Task.Delay(5); // wait until the build of "a" is under way, however busy the machine
        }

        queue.Request(["b"]); // cancels the build of "a"
        queue.Request(["c"]);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (queue.Completed == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        await Task.Delay(300);
        Assert.False(overlapped);
        Assert.Equal(1, queue.Completed);
        Assert.True(queue.Cancelled >= 1);
        Assert.Equal(["a", "b", "c"], built.Single());
    }

    [Fact]
    public async Task ABuildThatThrowsIsReportedAndTheNextRequestIsStillBuilt()
    {
        var reported = new List<Exception>();
        var built = new List<IReadOnlyCollection<string>>();
        using var queue = new RebuildQueue(
            (paths, _) =>
            {
                if (paths.Contains("bad"))
                {
                    throw new InvalidOperationException("boom");
                }

                lock (built)
                {
                    built.Add(paths);
                }

                return Task.CompletedTask;
            },
            ex =>
            {
                lock (reported)
                {
                    reported.Add(ex);
                }
            });

        queue.Request(["bad"]);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (queue.Faulted == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        queue.Request(["good"]);
        while (queue.Completed == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        Assert.Equal(1, queue.Faulted);
        Assert.Equal("boom", Assert.Single(reported).Message);
        Assert.Equal(["good"], Assert.Single(built));
    }
}
