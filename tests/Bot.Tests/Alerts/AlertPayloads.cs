using System.Text.Json.Nodes;

namespace SreBot.Bot.Tests.Alerts;

/// <summary>Alert payloads as the senders write them: Alertmanager's webhook (version 4) and Azure Monitor's common alert schema.</summary>
public static class AlertPayloads
{
    public const string Subscription = "11111111-1111-1111-1111-111111111111";
    public const string CheckoutApi = $"/subscriptions/{Subscription}/resourceGroups/rg-shop-prod/providers/Microsoft.Web/sites/app-checkout-api";
    public const string BatchVm = $"/subscriptions/{Subscription}/resourceGroups/rg-shop-prod/providers/Microsoft.Compute/virtualMachines/vm-batch-01";
    public const string LedgerApi = $"/subscriptions/{Subscription}/resourceGroups/rg-finance-prod/providers/Microsoft.Web/sites/app-ledger-api";

    /// <summary>One Alertmanager alert with the given labels (alertname and severity added), as in a webhook notification.</summary>
    public static JsonObject AlertmanagerAlert(string fingerprint, string status = "firing", string? resourceId = CheckoutApi, string alertname = "CheckoutHighMemory", string? summary = "Memory working set above 90%")
    {
        var labels = new JsonObject { ["alertname"] = alertname, ["severity"] = "critical" };
        if (resourceId is not null)
        {
            labels["azure_resource_id"] = resourceId;
        }

        return new JsonObject
        {
            ["status"] = status,
            ["labels"] = labels,
            ["annotations"] = summary is null ? new JsonObject() : new JsonObject { ["summary"] = summary },
            ["startsAt"] = "2026-12-07T09:00:00Z",
            ["endsAt"] = status == "resolved" ? "2026-12-07T09:30:00Z" : "0001-01-01T00:00:00Z",
            ["generatorURL"] = "http://prometheus.local/graph",
            ["fingerprint"] = fingerprint,
        };
    }

    public static JsonObject Alertmanager(params JsonObject[] alerts) => new()
    {
        ["version"] = "4",
        ["groupKey"] = "{}:{alertname=\"CheckoutHighMemory\"}",
        ["truncatedAlerts"] = 0,
        ["status"] = alerts.Any(a => (string?)a["status"] == "firing") ? "firing" : "resolved",
        ["receiver"] = "srebot",
        ["groupLabels"] = new JsonObject { ["alertname"] = "CheckoutHighMemory" },
        ["commonLabels"] = new JsonObject(),
        ["commonAnnotations"] = new JsonObject(),
        ["externalURL"] = "http://alertmanager.local",
        ["alerts"] = new JsonArray([.. alerts]),
    };

    /// <summary>
    /// The docs' sample of a metric alert in the common alert schema (essentials as published; the target moved into the Sandbox estate).
    /// </summary>
    public static JsonObject AzureMetricAlert(string condition, string target = CheckoutApi) => Azure(
        "/subscriptions/" + Subscription + "/providers/Microsoft.AlertsManagement/alerts/b9569717-bc32-442f-add5-83a997729330",
        "WCUS-R2-Gen2", "Sev3", "Metric", condition, "Platform", target,
        new JsonObject
        {
            ["properties"] = null,
            ["conditionType"] = "SingleResourceMultipleMetricCriteria",
            ["condition"] = new JsonObject
            {
                ["windowSize"] = "PT5M",
                ["allOf"] = new JsonArray(new JsonObject
                {
                    ["metricName"] = "Percentage CPU", ["metricNamespace"] = "Microsoft.Compute/virtualMachines", ["operator"] = "GreaterThan",
                    ["threshold"] = "25", ["timeAggregation"] = "Average", ["metricValue"] = 31.1105,
                }),
                ["windowStartTime"] = "2019-03-22T13:40:03.064Z",
                ["windowEndTime"] = "2019-03-22T13:45:03.064Z",
            },
        });

    /// <summary>The docs' sample of a log search alert (essentials as published; the target moved into the Sandbox estate).</summary>
    public static JsonObject AzureLogAlert(string condition, string target = CheckoutApi) => Azure(
        "/subscriptions/" + Subscription + "/providers/Microsoft.AlertsManagement/alerts/12345678-1234-1234-1234-1234567890ab",
        "Alert - Test - Log", "Sev1", "Log", condition, "Log Alerts V2", target,
        new JsonObject
        {
            ["properties"] = new JsonObject { ["customKey1"] = "value1" },
            ["conditionType"] = "LogQueryCriteria",
            ["condition"] = new JsonObject
            {
                ["windowSize"] = "PT10M",
                ["allOf"] = new JsonArray(new JsonObject
                {
                    ["searchQuery"] = "Heartbeat", ["metricMeasureColumn"] = null, ["targetResourceTypes"] = "['Microsoft.Web/sites']",
                    ["operator"] = "LowerThan", ["threshold"] = "1", ["timeAggregation"] = "Count", ["metricValue"] = 0.0,
                }),
            },
        });

    /// <summary>The docs' sample of an activity log alert (administrative; essentials as published; the target moved into the Sandbox estate).</summary>
    public static JsonObject AzureActivityLogAlert(string condition, string target = CheckoutApi) => Azure(
        "/subscriptions/" + Subscription + "/providers/Microsoft.AlertsManagement/alerts/1234abcd5678efgh1234abcd5678efgh1234abcd5678efgh1234abcd5678efgh",
        "AL-DeleteVM", "Sev4", "Activity Log", condition, "Activity Log - Administrative", target,
        new JsonObject
        {
            ["authorization"] = new JsonObject { ["action"] = "Microsoft.Compute/virtualMachines/delete", ["scope"] = target },
            ["channels"] = "Operation",
            ["claims"] = "{}",
            ["caller"] = "user-email@domain.com",
            ["eventSource"] = "Administrative",
            ["level"] = "Informational",
            ["operationName"] = "Microsoft.Compute/virtualMachines/delete",
            ["status"] = "Succeeded",
        });

    private static JsonObject Azure(string alertId, string rule, string severity, string signal, string condition, string service, string target, JsonObject context) => new()
    {
        ["schemaId"] = "azureMonitorCommonAlertSchema",
        ["data"] = new JsonObject
        {
            ["essentials"] = new JsonObject
            {
                ["alertId"] = alertId,
                ["alertRule"] = rule,
                ["severity"] = severity,
                ["signalType"] = signal,
                ["monitorCondition"] = condition,
                ["monitoringService"] = service,
                ["alertTargetIDs"] = new JsonArray(target),
                ["configurationItems"] = new JsonArray(target.Split('/')[^1]),
                ["originAlertId"] = "3f2d4487-b0fc-4125-8bd5-7ad17384221e_PipeLineAlertRG_microsoft.insights_metricAlerts_WCUS-R2-Gen2_-117781227",
                ["firedDateTime"] = "2019-03-22T13:58:24.3713213Z",
                ["resolvedDateTime"] = condition == "Resolved" ? "2019-03-22T14:03:16.2246313Z" : null,
                ["description"] = "",
                ["essentialsVersion"] = "1.0",
                ["alertContextVersion"] = "1.0",
            },
            ["alertContext"] = context,
        },
    };
}
