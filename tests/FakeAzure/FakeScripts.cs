using System.Collections.Concurrent;

namespace SreBot.FakeAzure;

/// <summary>Scripted answers taken in order: the head of a queue, once, when the request's path contains its text.</summary>
internal static class FakeScripts
{
    public static T? TakeFor<T>(ConcurrentQueue<T> queue, string path, Func<T, string> pathContains)
        where T : class
    {
        lock (queue)
        {
            if (queue.TryPeek(out var next) && path.Contains(pathContains(next), StringComparison.OrdinalIgnoreCase))
            {
                queue.TryDequeue(out _);
                return next;
            }
        }

        return null;
    }
}
