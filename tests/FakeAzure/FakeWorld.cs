using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace SreBot.FakeAzure;

/// <summary>One independent fake subscription: its resources (ARM JSON by id), provider registrations, scripted faults and the requests it saw.</summary>
public sealed class FakeWorld(string subscription)
{
    private readonly ConcurrentQueue<FakeFault> faults = new();
    private readonly ConcurrentQueue<FakeRequest> requests = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<JsonObject>> permissions = new(StringComparer.OrdinalIgnoreCase);

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

    public JsonObject AddResource(string id, JsonObject body)
    {
        body["id"] = id;
        Resources[id] = body;
        return body;
    }

    public void Fail(FakeFault fault) => faults.Enqueue(fault);

    internal void Record(FakeRequest request) => requests.Enqueue(request);

    /// <summary>The next scripted fault for this path, taken once.</summary>
    internal FakeFault? TakeFault(string path) => FakeScripts.TakeFor(faults, path, f => f.PathContains);

    /// <summary>The writes this world carried out and the long-running answers scripted for the next ones.</summary>
    public FakeOperations Operations { get; } = new();

    /// <summary>Grants SreBot's identity one <c>Microsoft.Authorization/permissions</c> entry on a resource group (by name).</summary>
    public void GrantPermissions(string resourceGroup, IEnumerable<string> actions, IEnumerable<string>? notActions = null)
        => permissions.GetOrAdd(resourceGroup, _ => new ConcurrentQueue<JsonObject>()).Enqueue(new JsonObject
        {
            ["actions"] = new JsonArray([.. actions.Select(a => (JsonNode)JsonValue.Create(a))]),
            ["notActions"] = new JsonArray([.. (notActions ?? []).Select(a => (JsonNode)JsonValue.Create(a))]),
            ["dataActions"] = new JsonArray(),
            ["notDataActions"] = new JsonArray(),
        });

    internal IReadOnlyList<JsonObject> PermissionsOf(string resourceGroup)
        => permissions.TryGetValue(resourceGroup, out var entries) ? [.. entries] : [];
}
