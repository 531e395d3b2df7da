using Azure.Core;
using SreBot.Shared.Estate.Azure.Http;
using SreBot.Shared.Scope;

namespace SreBot.Shared.Estate.Azure.Logs;

/// <summary><c>logs_search</c> on Azure: a resource-centric Log Analytics query built by <see cref="LogAnalyticsQueryBuilder"/>.</summary>
internal sealed class AzureLogSearch(AzureRestClients clients)
{
    /// <summary>The action a resource-centric log query is authorised against (granted by Log Analytics Reader).</summary>
    public const string QueryAction = "Microsoft.Insights/logs/read";

    public async Task<LogSearchResult> SearchLogsAsync(ResourceId resourceId, LogSearchQuery query, CancellationToken cancellationToken)
    {
        var built = LogAnalyticsQueryBuilder.Build(resourceId, query);
        var client = clients.LogAnalytics;
        var body = BinaryData.FromObjectAsJson(new { query = built.Query, timespan = built.Timespan });
        using var answer = await client.SendAsync(RequestMethod.Post, new Uri(client.Endpoint, built.Path), body, new AzureCall(QueryAction, resourceId), cancellationToken);
        return LogAnalyticsResponseReader.Read(resourceId, answer.RootElement);
    }
}
