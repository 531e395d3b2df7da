using System.Collections.Concurrent;
using System.Globalization;
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

    /// <summary>Resource Health availability state by resource id (default <c>Available</c>); <see cref="SetHealth"/> gives a whole status.</summary>
    public ConcurrentDictionary<string, string> Health { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whole Resource Health statuses by resource id; preferred over <see cref="Health"/>.</summary>
    public ConcurrentDictionary<string, FakeHealthStatus> HealthStatuses { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Metrics by resource id, then metric name (case as Azure Monitor spells it).</summary>
    public ConcurrentDictionary<string, Dictionary<string, FakeMetric>> Metrics { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Activity Log events (ARM JSON, as in <c>GetActivityLogsFiltered</c>); <see cref="AddActivityEvent"/> builds one.</summary>
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

    public void SetHealth(string resourceId, FakeHealthStatus status) => HealthStatuses[resourceId] = status;

    /// <summary>Adds a management event shaped after the Activity Log example (EndRequest of an ARM operation on the resource).</summary>
    public JsonObject AddActivityEvent(string resourceId, DateTimeOffset at, string operationName, string status = "Succeeded", string caller = "deployer@contoso.com", string description = "")
    {
        var segments = resourceId.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var group = segments.Length > 3 && segments[2].Equals("resourceGroups", StringComparison.OrdinalIgnoreCase) ? segments[3] : string.Empty;
        var provider = segments.Length > 5 && segments[4].Equals("providers", StringComparison.OrdinalIgnoreCase) ? segments[5] : string.Empty;
        var eventId = Guid.NewGuid().ToString();
        var body = new JsonObject
        {
            ["authorization"] = new JsonObject { ["action"] = operationName, ["scope"] = resourceId },
            ["caller"] = caller,
            ["correlationId"] = Guid.NewGuid().ToString(),
            ["description"] = description,
            ["eventDataId"] = eventId,
            ["eventName"] = new JsonObject { ["value"] = "EndRequest", ["localizedValue"] = "End request" },
            ["id"] = $"{resourceId}/events/{eventId}/ticks/{at.UtcTicks}",
            ["level"] = status == "Failed" ? "Error" : "Informational",
            ["resourceGroupName"] = group,
            ["resourceProviderName"] = new JsonObject { ["value"] = provider, ["localizedValue"] = provider },
            ["resourceId"] = resourceId,
            ["operationId"] = Guid.NewGuid().ToString(),
            ["operationName"] = new JsonObject { ["value"] = operationName, ["localizedValue"] = operationName },
            ["status"] = new JsonObject { ["value"] = status, ["localizedValue"] = status },
            ["eventTimestamp"] = at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            ["submissionTimestamp"] = at.AddSeconds(13).UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            ["subscriptionId"] = Subscription,
        };
        ActivityEvents.Enqueue(body);
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
