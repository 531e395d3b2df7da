using System.Collections.Concurrent;

namespace SreBot.FakeAzure;

/// <summary>
/// The writes a world carried out (so a test asserts "exactly once"), the long-running answers scripted for the next writes,
/// and the operations still being polled.
/// </summary>
public sealed class FakeOperations
{
    /// <summary>A restart POST (<c>{site}/restart</c>, <c>{vm}/restart</c>, <c>{app}/revisions/{rev}/restart</c>).</summary>
    public const string Restart = "restart";

    /// <summary>A PUT or PATCH of a resource (a plan's, a scale set's or a container app's count).</summary>
    public const string Update = "update";

    private readonly ConcurrentQueue<FakeExecution> executions = new();
    private readonly ConcurrentQueue<FakeLongRunning> scripts = new();
    private readonly ConcurrentDictionary<string, FakePendingOperation> pending = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every write carried out, in order.</summary>
    public IReadOnlyList<FakeExecution> Executions => [.. executions];

    /// <summary>How many times <paramref name="operation"/> was carried out on <paramref name="resourceId"/> (case-insensitive).</summary>
    public int Count(string resourceId, string operation)
        => executions.Count(e => string.Equals(e.ResourceId.TrimEnd('/'), resourceId.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)
                                 && string.Equals(e.Operation, operation, StringComparison.Ordinal));

    /// <summary>Answers the next write whose path contains the script's text as a long-running operation.</summary>
    public void AnswerLongRunning(FakeLongRunning script) => scripts.Enqueue(script);

    internal void Executed(string resourceId, string operation, string method) => executions.Enqueue(new FakeExecution(resourceId, operation, method));

    internal FakeLongRunning? TakeScript(string path) => FakeScripts.TakeFor(scripts, path, s => s.PathContains);

    internal FakePendingOperation Start(FakeLongRunning script, string target, Action? apply)
    {
        var operation = new FakePendingOperation(Guid.NewGuid().ToString(), script, target, apply);
        pending[operation.Id] = operation;
        return operation;
    }

    internal FakePendingOperation? Find(string id) => pending.GetValueOrDefault(id);
}
