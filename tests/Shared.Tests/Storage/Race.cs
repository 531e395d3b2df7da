namespace SreBot.Shared.Tests.Storage;

/// <summary>
/// Starts calls together, for the store contracts' races between replicas: every racer runs on the thread pool and waits
/// at one gate until all are queued, then all are released at once (an async barrier: a blocking one would hold a pool
/// thread per racer).
/// </summary>
internal static class Race
{
    public static async Task<(T1 First, T2 Second)> RunAsync<T1, T2>(Func<Task<T1>> first, Func<Task<T2>> second)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var one = Task.Run(async () =>
        {
            await gate.Task;
            return await first();
        });
        var two = Task.Run(async () =>
        {
            await gate.Task;
            return await second();
        });
        gate.SetResult();
        return (await one, await two);
    }

    /// <summary>The results in the racers' order.</summary>
    public static async Task<T[]> RunAsync<T>(IEnumerable<Func<Task<T>>> racers)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = racers.Select(racer => Task.Run(async () =>
        {
            await gate.Task;
            return await racer();
        })).ToArray();
        gate.SetResult();
        return await Task.WhenAll(running);
    }
}
