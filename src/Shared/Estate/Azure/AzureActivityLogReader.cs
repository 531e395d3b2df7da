using System.Globalization;
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
            if (AzureJson.String(item, "resourceId") is not { } idText || !ResourceId.TryParse(idText, out var id, out _) || !(id.Equals(scope) || id.IsWithin(scope.ResourceGroupId!))
                || AzureJson.Time(item, "eventTimestamp") is not { } at)
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

    private static string Literal(string value) => value.Replace("'", "''", StringComparison.Ordinal);
}
