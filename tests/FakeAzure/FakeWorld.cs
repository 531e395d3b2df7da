using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace SreBot.FakeAzure;

/// <summary>One independent fake subscription: its resources (ARM JSON by id), provider registrations, scripted faults and the requests it saw.</summary>
public sealed class FakeWorld(string subscription)
{
    private readonly ConcurrentQueue<FakeFault> faults = new();
    private readonly ConcurrentQueue<FakeRequest> requests = new();
    private readonly ConcurrentQueue<FakeLogRow> logs = new();

    public string Subscription { get; } = subscription;

    /// <summary>ARM resource bodies by lower-case id.</summary>
    public ConcurrentDictionary<string, JsonObject> Resources { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Extra answers for sub-resources (instanceView, health, metrics…) by lower-case path.</summary>
    public ConcurrentDictionary<string, JsonNode> Answers { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>api-versions per provider namespace and resource type (without the namespace), newest first.</summary>
    public ConcurrentDictionary<string, Dictionary<string, string[]>> Providers { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Resource Health availability state by resource id (default <c>Available</c>).</summary>
    public ConcurrentDictionary<string, string> Health { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Metrics by resource id, then metric name (case as Azure Monitor spells it).</summary>
    public ConcurrentDictionary<string, Dictionary<string, FakeMetric>> Metrics { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Activity Log events (ARM JSON).</summary>
    public ConcurrentQueue<JsonObject> ActivityEvents { get; } = new();

    /// <summary>How many items one page of a list holds before a <c>nextLink</c>.</summary>
    public int PageSize { get; set; } = 100;

    public IReadOnlyList<FakeRequest> Requests => [.. requests];

    /// <summary>The Log Analytics rows of every resource, in the order added.</summary>
    public IReadOnlyList<FakeLogRow> Logs => [.. logs];

    public JsonObject AddResource(string id, JsonObject body)
    {
        body["id"] = id;
        Resources[id] = body;
        return body;
    }

    public FakeLogRow AddLog(string resourceId, string table, DateTimeOffset time, string level, string message)
    {
        var row = new FakeLogRow(resourceId, table, time, level, message);
        logs.Enqueue(row);
        return row;
    }

    public void Fail(FakeFault fault) => faults.Enqueue(fault);

    internal void Record(FakeRequest request) => requests.Enqueue(request);

    /// <summary>The next scripted fault for this path, taken once.</summary>
    internal FakeFault? TakeFault(string path)
    {
        lock (faults)
        {
            if (faults.TryPeek(out var next) && path.Contains(next.PathContains, StringComparison.OrdinalIgnoreCase))
            {
                faults.TryDequeue(out _);
                return next;
            }
        }

        return null;
    }
}
