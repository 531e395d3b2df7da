using System.Globalization;
using System.Text.Json;
using SreBot.Shared.Estate.Azure.Http;
using SreBot.Shared.Scope;

namespace SreBot.Shared.Estate.Azure;

/// <summary><c>activity_log_list</c>: the subscription's management events filtered on time and on the resource group or the resource.</summary>
internal sealed class AzureActivityLogReader(AzureRestClients clients)
{
    private const string ApiVersion = "2015-04-01";
    private const int MaxEvents = 500;

    public async Task<IReadOnlyList<ActivityLogEvent>> ListAsync(ResourceId scope, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
    {
        var filter = string.Create(CultureInfo.InvariantCulture, $"eventTimestamp ge '{start.UtcDateTime:O}' and eventTimestamp le '{end.UtcDateTime:O}' and ")
            + (scope.Kind == ResourceIdKind.Resource
                ? $"resourceUri eq '{Literal(scope.Display)}'"
                : $"resourceGroupName eq '{Literal(scope.ResourceGroup ?? throw new ArgumentException("The activity log is read for a resource group or a resource.", nameof(scope)))}'");
        var items = await clients.ResourceManager.GetAllPagesAsync(
            $"subscriptions/{scope.Subscription}/providers/Microsoft.Insights/eventtypes/management/values?api-version={ApiVersion}&$filter={Uri.EscapeDataString(filter)}",
            new AzureCall("Microsoft.Insights/eventtypes/values/read", scope),
            MaxEvents,
            cancellationToken);
        var events = new List<ActivityLogEvent>();
        foreach (var item in items)
        {
            if (EventResource(item) is not { } id || !(id.Equals(scope) || id.IsWithin(scope.ResourceGroupId!)) || AzureJson.Time(item, "eventTimestamp") is not { } at)
            {
                continue;
            }

            events.Add(new ActivityLogEvent(
                at,
                id,
                AzureJson.String(item, "operationName", "value") ?? string.Empty,
                AzureJson.String(item, "status", "value") ?? string.Empty,
                AzureJson.String(item, "caller") ?? string.Empty,
                AzureJson.String(item, "description") is { Length: > 0 } d ? d : AzureJson.String(item, "operationName", "localizedValue") ?? string.Empty));
        }

        return [.. events.OrderByDescending(e => e.EventTimestamp)];
    }

    /// <summary>
    /// The resource an event is about: its <c>resourceId</c>; else the authorised scope, or the event id before
    /// <c>/events/</c> (the Activity Log example carries only those).
    /// </summary>
    private static ResourceId? EventResource(JsonElement item)
    {
        var eventId = AzureJson.String(item, "id");
        var beforeEvents = eventId?.IndexOf("/events/", StringComparison.OrdinalIgnoreCase) is > 0 and var at ? eventId[..at] : null;
        foreach (var candidate in new[] { AzureJson.String(item, "resourceId"), AzureJson.String(item, "authorization", "scope"), beforeEvents })
        {
            if (candidate is not null && ResourceId.TryParse(candidate, out var id, out _))
            {
                return id;
            }
        }

        return null;
    }

    private static string Literal(string value) => value.Replace("'", "''", StringComparison.Ordinal);
}
