using System.ComponentModel;
using Microsoft.Extensions.Options;
using ModelContextProtocol.Server;
using SreBot.Shared.AgentAccess;
using SreBot.Shared.Estate;
using SreBot.Shared.Policy;

namespace SreBot.McpServer.Tools.Monitoring;

[McpServerToolType]
public sealed class ActivityLogListTool(IEstateProvider estate, IOptions<AgentOptions> agentOptions, TimeProvider time)
{
    public const string Name = "activity_log_list";

    [ScopeTarget(TargetKind.ResourceGroup, "resourceGroup")]
    [McpServerTool(Name = Name, Title = "List recent changes",
        ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true)]
    [Description("Lists Azure Activity Log events (deployments, configuration changes, restarts, scaling) in a resource group, newest first. " +
                 "Use this to find a change that lines up with when a problem started.")]
    public async Task<ActivityLogListResult> ListAsync(
        [Description("Resource group name, e.g. 'rg-shop-prod', or its full ARM id.")] string resourceGroup,
        [Description("Subscription id (GUID). Optional; defaults to SreBot's configured subscription.")] string? subscription = null,
        [Description("Only events for the resource with this name, e.g. 'app-checkout-api'. Optional.")] string? resourceName = null,
        [Description("How far back to look, ISO 8601 duration (PT1H to P30D). Default P1D.")] string? timespan = null,
        CancellationToken cancellationToken = default)
    {
        var group = ToolArguments.ResourceGroup(resourceGroup, subscription, agentOptions.Value.Subscription);
        var window = ToolArguments.Duration(timespan, nameof(timespan), TimeSpan.FromDays(1), TimeSpan.FromHours(1), TimeSpan.FromDays(30));
        var end = time.GetUtcNow();
        var events = await estate.ListActivityLogAsync(group, end - window, end, cancellationToken);
        var name = string.IsNullOrWhiteSpace(resourceName) ? null : resourceName.Trim();

        return new ActivityLogListResult(
            SourceInfo.From(estate.Provenance),
            group.Display,
            end - window,
            end,
            [.. events
                .Where(e => name is null || string.Equals(e.ResourceId.Name, name, StringComparison.OrdinalIgnoreCase))
                .OrderByDescending(e => e.EventTimestamp)
                .Select(e => new ActivityLogEntry(e.EventTimestamp, e.ResourceId.Display, e.ResourceId.Name, e.OperationName, e.Status, e.Caller, e.Description))]);
    }
}
